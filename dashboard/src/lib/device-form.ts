/** The device registration form: which kinds a role may register, and the request it sends. */
import { DEVICE_ID, fail, optionalNumber, type Checked } from './patterns.js';
import type { DeviceKind, NewDevice, Role } from './types.js';

/**
 * Installers mount base stations and pillars; tags go on residents' bikes and
 * only administrators register them (broker/src/access/policy.ts). Stations
 * first: what an installer in the field registers most.
 */
export function registrableKinds(role: Role): DeviceKind[] {
  if (role === 'admin') return ['station', 'pillar', 'tag'];
  if (role === 'installer') return ['station', 'pillar'];
  return [];
}

export interface DeviceForm {
  kind: DeviceKind;
  id: string;
  name: string;
  /** As typed (a number input binds numbers, or null when empty). */
  lat: string | number | null;
  lon: string | number | null;
}

export const emptyDeviceForm = (kind: DeviceKind): DeviceForm => ({ kind, id: '', name: '', lat: null, lon: null });

export function deviceRequest(form: DeviceForm): Checked<NewDevice> {
  const body: NewDevice = { kind: form.kind };
  // Serials are printed in capitals as often as not; the platform's ids are lower case.
  const id = form.id.trim().toLowerCase();
  if (id) {
    if (!DEVICE_ID.test(id)) return fail('form.device.idInvalid');
    body.id = id;
  }
  const name = form.name.trim();
  if (name.length > 200) return fail('form.nameTooLong', { max: 200 });
  if (name) body.name = name;

  const lat = optionalNumber(form.lat);
  const lon = optionalNumber(form.lon);
  if ((lat === null) !== (lon === null)) return fail('form.device.positionHalf');
  if (lat !== null && lon !== null) {
    if (!Number.isFinite(lat) || lat < -90 || lat > 90) return fail('form.device.latInvalid');
    if (!Number.isFinite(lon) || lon < -180 || lon > 180) return fail('form.device.lonInvalid');
    body.lat = lat;
    body.lon = lon;
  }
  return { ok: true, body };
}
