/** People as the API shows them: full to themselves, masked in lists, full for a stated reason. */
import { maskIdNumber, maskPhone } from '../access/mask.js';
import type { UserRow } from './people-store.js';
import type { Role } from './policy/index.js';
import type { MeJson, OwnerJson, StaffJson } from './schemas/people.js';

/** The dashboard view each role starts on. */
export const LANDING: Record<Role, string> = {
  admin: '#/map',
  operator: '#/map',
  police: '#/map',
  installer: '#/map',
  owner: '#/my-bikes',
};

export function meJson(u: UserRow, timeZone: string): MeJson {
  return {
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    role: u.role,
    unitId: u.unit_id,
    jurisdictions: u.jurisdictions,
    phone: u.phone,
    isDemo: u.is_demo,
    landing: LANDING[u.role],
    locale: u.locale,
    timeZone,
  };
}

export function staffJson(u: UserRow): StaffJson {
  return {
    id: u.id,
    username: u.username ?? '',
    displayName: u.display_name,
    role: u.role as StaffJson['role'],
    unitId: u.unit_id,
    jurisdictions: u.jurisdictions,
    phone: maskPhone(u.phone),
    isDemo: u.is_demo,
    disabled: u.disabled_at !== null,
    createdAt: u.created_at.toISOString(),
  };
}

export function ownerJson(u: UserRow, full: boolean): OwnerJson {
  return {
    id: u.id,
    displayName: u.display_name,
    phone: (full ? u.phone : maskPhone(u.phone)) ?? '',
    idNumber: full ? u.id_number : maskIdNumber(u.id_number),
    createdAt: u.created_at.toISOString(),
    masked: !full,
  };
}
