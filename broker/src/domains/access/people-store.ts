/** SQL for users, their units and jurisdictions. */
import { randomBytes } from 'node:crypto';
import type { Queryable } from '@watchpost/ingest';
import { deleteOtherSessions } from './credentials-store.js';
import type { UserIdentity } from './policy/index.js';
import type { Role } from './policy/index.js';

export interface UserRow {
  id: string;
  username: string | null;
  display_name: string;
  role: Role;
  unit_id: string | null;
  phone: string | null;
  id_number: string | null;
  password_hash: string | null;
  is_demo: boolean;
  disabled_at: Date | null;
  created_at: Date;
  created_by: string | null;
  jurisdictions: string[];
  /** zh-CN or en; null: follow the browser (text messages: zh-CN). */
  locale: 'zh-CN' | 'en' | null;
}

const SELECT_USER = `
  SELECT u.*, coalesce(array_agg(j.jurisdiction_id ORDER BY j.jurisdiction_id) FILTER (WHERE j.jurisdiction_id IS NOT NULL), '{}') AS jurisdictions
    FROM users u LEFT JOIN user_jurisdictions j ON j.user_id = u.id`;

export function identityOf(u: UserRow): UserIdentity {
  return { id: u.id, username: u.username, displayName: u.display_name, role: u.role, unitId: u.unit_id, jurisdictions: u.jurisdictions, isDemo: u.is_demo };
}

export function newUserId(): string {
  return `u-${randomBytes(6).toString('hex')}`;
}

export async function userById(db: Queryable, id: string): Promise<UserRow | null> {
  return (await db.query<UserRow>(`${SELECT_USER} WHERE u.id = $1 GROUP BY u.id`, [id])).rows[0] ?? null;
}

export async function userByUsername(db: Queryable, username: string): Promise<UserRow | null> {
  return (await db.query<UserRow>(`${SELECT_USER} WHERE u.username = $1 GROUP BY u.id`, [username])).rows[0] ?? null;
}

export async function userByPhone(db: Queryable, phone: string): Promise<UserRow | null> {
  return (await db.query<UserRow>(`${SELECT_USER} WHERE u.phone = $1 GROUP BY u.id`, [phone])).rows[0] ?? null;
}

export async function listUsers(db: Queryable, filter: { role?: Role; roles?: readonly Role[]; limit: number; offset: number }): Promise<UserRow[]> {
  const params: unknown[] = [filter.limit, filter.offset];
  const where: string[] = [];
  if (filter.role) where.push(`u.role = $${params.push(filter.role)}`);
  if (filter.roles) where.push(`u.role = ANY($${params.push(filter.roles)}::text[])`);
  return (await db.query<UserRow>(`${SELECT_USER} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} GROUP BY u.id ORDER BY u.created_at, u.id LIMIT $1 OFFSET $2`, params)).rows;
}

export interface NewUser {
  username: string | null;
  displayName: string;
  role: Role;
  unitId?: string | null;
  phone?: string | null;
  idNumber?: string | null;
  passwordHash: string | null;
  isDemo?: boolean;
  createdBy: string | null;
  jurisdictions?: readonly string[];
}

export class UserConflictError extends Error {
  readonly code = 'USER_EXISTS';
}

export async function insertUser(db: Queryable, u: NewUser): Promise<string> {
  const id = newUserId();
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO users (id, username, display_name, role, unit_id, phone, id_number, password_hash, is_demo, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT DO NOTHING RETURNING id`,
    [id, u.username, u.displayName, u.role, u.unitId ?? null, u.phone ?? null, u.idNumber ?? null, u.passwordHash, u.isDemo ?? false, u.createdBy],
  );
  if (!rows[0]) throw new UserConflictError(u.username ? `user name '${u.username}' or its phone is taken` : `phone ${u.phone} is already registered`);
  for (const j of u.jurisdictions ?? []) await db.query('INSERT INTO user_jurisdictions (user_id, jurisdiction_id) VALUES ($1, $2)', [id, j]);
  return id;
}

/** A new password ends the user's sessions (but the one given, if any): whoever knew the old one is out. */
export async function setPassword(db: Queryable, userId: string, passwordHash: string, keepSession: Uint8Array | null = null): Promise<void> {
  await db.query('UPDATE users SET password_hash = $2 WHERE id = $1', [userId, passwordHash]);
  await deleteOtherSessions(db, userId, keepSession);
}

export async function setDisabled(db: Queryable, userId: string, disabled: boolean): Promise<void> {
  await db.query('UPDATE users SET disabled_at = CASE WHEN $2 THEN now() ELSE NULL END WHERE id = $1', [userId, disabled]);
  if (disabled) await db.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
}

export async function countAdmins(db: Queryable): Promise<number> {
  return (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM users WHERE role = 'admin' AND disabled_at IS NULL`)).rows[0]!.n;
}

/** A unit's member as the parties of alarm linkage reach them: by name on the live feed, by phone for text messages. */
export interface UnitMember {
  id: string;
  display_name: string;
  role: Role;
  unit_id: string;
  phone: string | null;
  locale: 'zh-CN' | 'en' | null;
}

/** The enabled users of these units. */
export async function unitMembers(db: Queryable, unitIds: readonly string[]): Promise<UnitMember[]> {
  if (unitIds.length === 0) return [];
  return (
    await db.query<UnitMember>('SELECT id, display_name, role, unit_id, phone, locale FROM users WHERE unit_id = ANY($1::text[]) AND disabled_at IS NULL ORDER BY unit_id, display_name, id', [unitIds])
  ).rows;
}
