/**
 * Staff accounts and owners, as the routes ask for them: each method applies
 * the caller's reach, makes its change and writes its audit entry in one
 * transaction (a read of personal data is recorded before the data leaves).
 */
import { inTransaction, type Database, type Queryable } from '@watchpost/ingest';
import { HttpError } from '../../kernel/http-error.js';
import type { AuditLog } from '../audit/audit-log.js';
import type { Outbox } from '../notifications/outbox.js';
import { hashPassword } from './passwords.js';
import { countAdmins, insertUser, listUsers, setDisabled, setPassword, UserConflictError, userById, userByPhone, type UserRow } from './people-store.js';
import { actorOfCaller, reach, type Caller, type Reach, type Role } from './policy/index.js';
import { say } from './texts.js';

export interface NewStaffInput {
  username: string;
  displayName: string;
  role: Exclude<Role, 'owner'>;
  password: string;
  unitId?: string;
  phone?: string;
  jurisdictions?: string[];
}

export interface StaffChangeInput {
  displayName?: string;
  password?: string;
  disabled?: boolean;
}

export interface NewOwnerInput {
  displayName: string;
  phone: string;
  idNumber?: string;
  invite?: boolean;
}

const STAFF_ROLES = ['admin', 'operator', 'police', 'installer'] as const;

/** A unique violation or an unknown unit or jurisdiction, said as such. */
function refusal(err: unknown): unknown {
  if (err instanceof UserConflictError) return new HttpError(409, err.code, err.message);
  if ((err as { code?: string }).code === '23503') return new HttpError(400, 'UNKNOWN_REFERENCE', 'no such unit or jurisdiction: create it first (PUT /api/v1/units/{id}, /api/v1/jurisdictions/{id})');
  return err;
}

export class PeopleService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditLog,
    private readonly outbox: Outbox,
    /** Called with a user whose access changed (disabled, new password): cached credentials and live streams end. */
    private readonly accessChanged: (userId: string) => void,
  ) {}

  listStaff(paging: { limit: number; offset: number }): Promise<UserRow[]> {
    return listUsers(this.db, { roles: STAFF_ROLES, ...paging });
  }

  async createStaff(caller: Caller, b: NewStaffInput): Promise<UserRow> {
    const passwordHash = await hashPassword(b.password);
    try {
      return await inTransaction(this.db, async (work) => {
        const id = await insertUser(work, {
          username: b.username,
          displayName: b.displayName,
          role: b.role,
          unitId: b.unitId,
          phone: b.phone,
          passwordHash,
          createdBy: caller.principal.user.id,
          jurisdictions: b.jurisdictions,
        });
        await this.audit.append(work, { ...actorOfCaller(caller), action: 'user.create', subjectType: 'user', subjectId: id, detail: { role: b.role, username: b.username } });
        return (await userById(work, id))!;
      });
    } catch (err) {
      throw refusal(err);
    }
  }

  async updateStaff(caller: Caller, id: string, change: StaffChangeInput): Promise<UserRow> {
    const passwordHash = change.password ? await hashPassword(change.password) : null;
    const updated = await inTransaction(this.db, async (work) => {
      const user = await userById(work, id);
      if (!user || user.role === 'owner') throw new HttpError(404, 'USER_NOT_FOUND', `no staff account '${id}'`);
      if (change.disabled && user.id === caller.principal.user.id) throw new HttpError(409, 'SELF_DISABLE', 'you cannot disable your own account: ask another administrator');
      if (change.disabled && user.role === 'admin' && !user.disabled_at && (await countAdmins(work)) <= 1) throw new HttpError(409, 'LAST_ADMIN', 'the last administrator cannot be disabled');
      if (change.displayName) await work.query('UPDATE users SET display_name = $2 WHERE id = $1', [user.id, change.displayName]);
      if (passwordHash) await setPassword(work, user.id, passwordHash);
      if (change.disabled !== undefined) await setDisabled(work, user.id, change.disabled);
      await this.audit.append(work, {
        ...actorOfCaller(caller),
        action: 'user.update',
        subjectType: 'user',
        subjectId: user.id,
        detail: { displayName: change.displayName ?? null, passwordChanged: Boolean(passwordHash), disabled: change.disabled ?? null },
      });
      return (await userById(work, user.id))!;
    });
    this.accessChanged(updated.id);
    return updated;
  }

  /** At a registration point (police, administrators): the new owner, and an invitation by SMS if asked. */
  async registerOwner(caller: Caller, b: NewOwnerInput): Promise<UserRow> {
    try {
      return await inTransaction(this.db, async (work) => {
        const id = await insertUser(work, {
          username: null,
          displayName: b.displayName,
          role: 'owner',
          phone: b.phone,
          idNumber: b.idNumber ?? null,
          passwordHash: null,
          createdBy: caller.principal.user.id,
        });
        await this.audit.append(work, { ...actorOfCaller(caller), action: 'owner.create', subjectType: 'user', subjectId: id, detail: { invited: Boolean(b.invite) } });
        const owner = (await userById(work, id))!;
        if (b.invite) {
          await this.outbox.notify(work, [
            { kind: 'owner.invited', resource: 'person.owner', ownerId: id, subjectId: id, payload: { text: say(owner.locale, 'ownerInvited') }, to: [{ channel: 'sms', phone: b.phone }] },
          ]);
        }
        return owner;
      });
    } catch (err) {
      throw refusal(err);
    }
  }

  /** Owners as the caller may list them: only themselves (an owner), masked (administrators). */
  async listOwners(caller: Caller, paging: { limit: number; offset: number }): Promise<{ owners: UserRow[]; full: boolean }> {
    const r = reach(caller.principal.user.role, 'read', 'person.owner');
    if (r === 'own') return { owners: [(await userById(this.db, caller.principal.user.id))!], full: true };
    return inTransaction(this.db, async (work) => {
      const owners = await listUsers(work, { role: 'owner', ...paging });
      await this.audit.append(work, { ...actorOfCaller(caller), action: 'owner.list', detail: { count: owners.length, masked: r !== 'all' } });
      return { owners, full: r === 'all' };
    });
  }

  /** One owner: their own record, in full for a stated reason (police), masked otherwise. */
  async readOwner(caller: Caller, id: string, reason: string | undefined): Promise<{ owner: UserRow; full: boolean }> {
    const p = caller.principal;
    const r = reach(p.user.role, 'read', 'person.owner');
    return inTransaction(this.db, async (work) => {
      const owner = await userById(work, id);
      if (!owner || owner.role !== 'owner' || (r === 'own' && owner.id !== p.user.id)) throw new HttpError(404, 'OWNER_NOT_FOUND', `no owner '${id}'`);
      if (r === 'case' && !reason) throw new HttpError(403, 'REASON_REQUIRED', "state why you need this owner's data (?reason=…); it is written to the audit trail");
      const full = fullRead(r);
      if (owner.id !== p.user.id) {
        await this.audit.append(work, { ...actorOfCaller(caller), action: 'owner.read', subjectType: 'user', subjectId: owner.id, reason: reason ?? null, detail: { masked: !full } });
      }
      return { owner, full };
    });
  }

  /** An owner found by phone, with the reason; the lookup is recorded whether it finds one or not. */
  async lookupOwner(caller: Caller, phone: string, reason: string): Promise<{ owner: UserRow; full: boolean }> {
    const r = reach(caller.principal.user.role, 'read', 'person.owner');
    const found = await inTransaction(this.db, async (work: Queryable) => {
      const owner = await userByPhone(work, phone);
      const isOwner = Boolean(owner && owner.role === 'owner');
      await this.audit.append(work, { ...actorOfCaller(caller), action: 'owner.lookup', subjectType: 'user', subjectId: isOwner ? owner!.id : null, reason, detail: { found: isOwner } });
      return isOwner ? owner : null;
    });
    if (!found) throw new HttpError(404, 'OWNER_NOT_FOUND', 'no owner with that phone number');
    return { owner: found, full: fullRead(r) };
  }
}

const fullRead = (r: Reach) => r === 'own' || r === 'all' || r === 'case';
