/**
 * Sessions (browser), API tokens (integrations) and one-time sign-in codes
 * (owners by SMS). Each is a random secret the holder keeps; the database
 * keeps only its SHA-256 (a random 256-bit secret needs no slow hash).
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { Queryable } from '@watchpost/ingest';
import type { Role, Scope } from './policy/index.js';

const sha256 = (value: string | Buffer) => createHash('sha256').update(value).digest();
const token = (bytes = 32) => randomBytes(bytes).toString('base64url');

export interface SessionRow {
  token_hash: Uint8Array;
  user_id: string;
  csrf_token: string;
  expires_at: Date;
}

/** Opens a session; the token goes in the cookie and nowhere else. */
export async function createSession(db: Queryable, userId: string, ttlMs: number, ip: string | null): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const value = token();
  const csrfToken = token(24);
  const expiresAt = new Date(Date.now() + ttlMs);
  await db.query('INSERT INTO sessions (token_hash, user_id, csrf_token, expires_at, ip) VALUES ($1, $2, $3, $4, $5)', [sha256(value), userId, csrfToken, expiresAt, ip]);
  return { token: value, csrfToken, expiresAt };
}

/** The live session whose cookie value hashes to this (hashOf(cookie)). */
export async function findSession(db: Queryable, tokenHash: Uint8Array): Promise<SessionRow | null> {
  const row = (await db.query<SessionRow>('SELECT token_hash, user_id, csrf_token, expires_at FROM sessions WHERE token_hash = $1', [tokenHash])).rows[0];
  return row && row.expires_at > new Date() ? row : null;
}

export async function deleteSession(db: Queryable, tokenHash: Uint8Array): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1 OR expires_at < now()', [tokenHash]);
}

/** Ends every session of a user but one (the one changing its password keeps going). */
export async function deleteOtherSessions(db: Queryable, userId: string, keepTokenHash: Uint8Array | null): Promise<void> {
  await db.query('DELETE FROM sessions WHERE user_id = $1 AND ($2::bytea IS NULL OR token_hash <> $2)', [userId, keepTokenHash]);
}

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** API tokens read wpt_<id>_<secret>: the id finds the row, the secret proves it. */
export const TOKEN_PATTERN = /^wpt_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

export interface TokenRow {
  id: string;
  /** Who created it: the user a personal token acts for, the owner of a service account. */
  created_by: string;
  /** personal: acts for created_by; service: a service account of its own, with service_role. */
  kind: 'personal' | 'service';
  service_role: Role | null;
  name: string;
  scopes: string[];
  secret_hash: Uint8Array;
  created_at: Date;
  expires_at: Date | null;
  revoked_at: Date | null;
  last_used_at: Date | null;
}

/** A token as listed: with its creator's name and role. */
export interface ListedTokenRow extends TokenRow {
  creator_name: string;
  creator_role: Role;
}

/** The identity a service token acts as: its own, never a person's. */
export const serviceAccountId = (tokenId: string) => `svc-${tokenId}`;

/**
 * A new token of its creator: the value to hand over (once) and its stored row.
 * Personal (serviceRole null): it acts for the creator. Service: a service
 * account of its own with that role; the caller checks the role reaches no
 * further than the creator's (policy.reachBeyond).
 */
export async function createApiToken(
  db: Queryable,
  createdBy: string,
  name: string,
  scopes: readonly (Scope | '*')[],
  expiresAt: Date | null,
  serviceRole: Role | null = null,
): Promise<{ id: string; token: string; row: TokenRow }> {
  const id = randomBytes(9)
    .toString('base64url')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '0')
    .slice(0, 12)
    .padEnd(12, '0');
  const secret = token();
  const { rows } = await db.query<TokenRow>('INSERT INTO api_tokens (id, created_by, kind, service_role, name, scopes, secret_hash, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *', [
    id,
    createdBy,
    serviceRole ? 'service' : 'personal',
    serviceRole,
    name,
    scopes,
    sha256(secret),
    expiresAt,
  ]);
  return { id, token: `wpt_${id}_${secret}`, row: rows[0]! };
}

/** The live token behind a bearer value, or null (unknown, wrong secret, revoked, expired). */
export async function findApiToken(db: Queryable, value: string): Promise<TokenRow | null> {
  const m = TOKEN_PATTERN.exec(value);
  if (!m) return null;
  const row = (await db.query<TokenRow>('SELECT * FROM api_tokens WHERE id = $1', [m[1]])).rows[0];
  if (!row || row.revoked_at || (row.expires_at && row.expires_at <= new Date())) return null;
  const given = sha256(m[2]!);
  return timingSafeEqual(given, Buffer.from(row.secret_hash)) ? row : null;
}

export async function touchApiToken(db: Queryable, id: string): Promise<void> {
  // At most once a minute: a busy integration must not turn every request into a write.
  await db.query(`UPDATE api_tokens SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`, [id]);
}

/** The revoked token when it was live; null when there was no live token. */
export async function revokeApiToken(db: Queryable, id: string): Promise<TokenRow | null> {
  return (await db.query<TokenRow>('UPDATE api_tokens SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING *', [id])).rows[0] ?? null;
}

export async function listApiTokens(db: Queryable): Promise<ListedTokenRow[]> {
  return (await db.query<ListedTokenRow>('SELECT t.*, u.display_name AS creator_name, u.role AS creator_role FROM api_tokens t JOIN users u ON u.id = t.created_by ORDER BY t.created_at DESC, t.id'))
    .rows;
}

/** One-time sign-in codes: 6 digits, 5 minutes, 5 attempts. */
export const CODE_TTL_MS = 5 * 60_000;
export const CODE_ATTEMPTS = 5;

export async function issueSignInCode(db: Queryable, phone: string): Promise<string> {
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await db.query(
    `INSERT INTO sign_in_codes (phone, code_hash, expires_at, attempts) VALUES ($1, $2, $3, 0)
     ON CONFLICT (phone) DO UPDATE SET code_hash = EXCLUDED.code_hash, expires_at = EXCLUDED.expires_at, attempts = 0`,
    [phone, sha256(`${phone}:${code}`), new Date(Date.now() + CODE_TTL_MS)],
  );
  return code;
}

/** True once for the right code within its time and attempts; the code is then spent. */
export async function redeemSignInCode(db: Queryable, phone: string, code: string): Promise<boolean> {
  const { rows } = await db.query<{ code_hash: Uint8Array; expires_at: Date; attempts: number }>(
    'UPDATE sign_in_codes SET attempts = attempts + 1 WHERE phone = $1 RETURNING code_hash, expires_at, attempts',
    [phone],
  );
  const row = rows[0];
  if (!row || row.expires_at <= new Date() || row.attempts > CODE_ATTEMPTS) return false;
  if (!timingSafeEqual(Buffer.from(row.code_hash), sha256(`${phone}:${code}`))) return false;
  await db.query('DELETE FROM sign_in_codes WHERE phone = $1', [phone]);
  return true;
}

export const hashOf = sha256;
