/**
 * How an audit entry is hashed, and the one text form it is stored and hashed in.
 *
 * An entry is hashed over exactly what the database keeps: its strings are
 * made storable first (a lone UTF-16 surrogate, which UTF-8 cannot carry, and
 * NUL, which PostgreSQL text and jsonb refuse, become U+FFFD), and the hash is
 * over the UTF-8 of that canonical text. Reading the row back gives the same
 * text, so a later check finds the same hash.
 *
 * Schemes (audit_log.hash_scheme):
 *   1  SHA-256(previous hash ‖ canonical fields): entries from before the chain was keyed
 *   2  HMAC-SHA-256(audit key, previous hash ‖ "watchpost-audit-v2\n" ‖ canonical [scheme, key id, fields]):
 *      without the key (never in the database), nobody can recompute the chain.
 */
import { createHash, createHmac } from 'node:crypto';

export const GENESIS: Buffer = Buffer.alloc(32);
export type HashScheme = 1 | 2;
export const KEYED: HashScheme = 2;

/** The audit key: its secret and a public id stored with each entry it hashed. */
export interface AuditKey {
  id: string;
  secret: Buffer;
}

export function auditKeyOf(secret: Buffer): AuditKey {
  return { id: createHash('sha256').update('watchpost-audit-key-id\n').update(secret).digest('hex').slice(0, 16), secret };
}

/** The fields of an entry that its hash covers. */
export interface HashedFields {
  seq: number;
  at: Date;
  actorId: string | null;
  actorRole: string | null;
  actorName: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  reason: string | null;
  detail: Record<string, unknown>;
  ip: string | null;
}

const LONE_SURROGATE_OR_NUL = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\0/g;

/** Text as the database keeps it: lone surrogates and NUL become U+FFFD. */
export function storableText(text: string): string {
  return text.replace(LONE_SURROGATE_OR_NUL, '\uFFFD');
}

/** A value with every string in it (object keys too) storable. */
export function storable<T>(value: T): T {
  if (typeof value === 'string') return storableText(value) as T;
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  if (Array.isArray(value)) return value.map(storable) as T;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [storableText(k), storable(v)])) as T;
}

/** JSON with sorted keys: jsonb does not keep key order, the hash must not depend on it. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonical(obj[k])}`)
    .join(',')}}`;
}

const fieldList = (row: HashedFields) => [row.seq, row.at.toISOString(), row.actorId, row.actorRole, row.actorName, row.action, row.subjectType, row.subjectId, row.reason, row.detail, row.ip];

/** Scheme 1, as entries were hashed before the chain was keyed: kept to check those. */
export function legacyEntryHash(prevHash: Buffer, row: HashedFields): Buffer {
  return createHash('sha256')
    .update(prevHash)
    .update(canonical(fieldList(row)))
    .digest();
}

/** Scheme 2: keyed, over the UTF-8 of the canonical text of the (storable) fields. */
export function keyedEntryHash(key: AuditKey, prevHash: Buffer, row: HashedFields): Buffer {
  const text = canonical([KEYED, key.id, ...fieldList(row)]);
  return createHmac('sha256', key.secret).update(prevHash).update('watchpost-audit-v2\n').update(Buffer.from(text, 'utf8')).digest();
}
