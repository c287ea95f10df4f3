/**
 * Signed checkpoints of the audit chain's head: seq, hash and time, signed
 * (HMAC) with the audit key. Kept away from the database (a file, a ticket,
 * syslog), a checkpoint shows later whether the chain still reaches that head
 * unchanged: entries cut from the end, or a chain rewritten by someone holding
 * the key, no longer do. `npm run audit:checkpoint` writes one;
 * `npm run audit:verify -- --checkpoint <file>` checks the chain against it.
 * (Sending checkpoints out on a schedule, e.g. by webhook through the
 * notification outbox, would call signCheckpoint() where the outbox is drained.)
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AuditKey } from './hash.js';

export const CHECKPOINT_FORMAT = 'watchpost-audit-checkpoint/1';

export interface AuditCheckpoint {
  format: typeof CHECKPOINT_FORMAT;
  /** The head entry's seq; 0 for an empty trail. */
  seq: number;
  /** The head entry's hash, hex. */
  hash: string;
  /** When the head entry was written; null for an empty trail. */
  at: string | null;
  signedAt: string;
  keyId: string;
  /** HMAC-SHA-256 with the audit key over the fields above, hex. */
  signature: string;
}

export class CheckpointError extends Error {
  readonly code = 'CHECKPOINT_INVALID';
}

function signature(key: AuditKey, c: Omit<AuditCheckpoint, 'signature'>): Buffer {
  return createHmac('sha256', key.secret)
    .update(JSON.stringify([c.format, c.seq, c.hash, c.at, c.signedAt, c.keyId]))
    .digest();
}

export function signCheckpoint(key: AuditKey, head: { seq: number; hash: Buffer; at: Date } | null, now = new Date()): AuditCheckpoint {
  const unsigned = {
    format: CHECKPOINT_FORMAT,
    seq: head?.seq ?? 0,
    hash: (head?.hash ?? Buffer.alloc(32)).toString('hex'),
    at: head?.at.toISOString() ?? null,
    signedAt: now.toISOString(),
    keyId: key.id,
  } as const;
  return { ...unsigned, signature: signature(key, unsigned).toString('hex') };
}

/** Why the checkpoint cannot be trusted with this key, or null when its signature holds. */
export function checkpointSignatureProblem(key: AuditKey | null, c: AuditCheckpoint): string | null {
  if (!key) return `the checkpoint is signed with audit key ${c.keyId}, and no audit key is configured here`;
  if (c.keyId !== key.id) return `the checkpoint is signed with audit key ${c.keyId}, not with the configured key ${key.id}`;
  const given = Buffer.from(c.signature, 'hex');
  const expected = signature(key, c);
  return given.length === expected.length && timingSafeEqual(given, expected) ? null : 'the checkpoint’s signature does not hold: it was changed or not made with this key';
}

/** A checkpoint read from a file; a CheckpointError naming the field that is wrong. */
export function parseCheckpoint(text: string): AuditCheckpoint {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new CheckpointError('the checkpoint is not JSON');
  }
  const c = value as Record<string, unknown>;
  if (!c || typeof c !== 'object') throw new CheckpointError('the checkpoint is not a JSON object');
  if (c.format !== CHECKPOINT_FORMAT) throw new CheckpointError(`format must be '${CHECKPOINT_FORMAT}'`);
  if (!Number.isInteger(c.seq) || (c.seq as number) < 0) throw new CheckpointError('seq must be a whole number from 0');
  for (const field of ['hash', 'signature'] as const) {
    if (typeof c[field] !== 'string' || !/^[0-9a-f]{64}$/.test(c[field])) throw new CheckpointError(`${field} must be 64 hex digits`);
  }
  if (c.at !== null && (typeof c.at !== 'string' || Number.isNaN(Date.parse(c.at)))) throw new CheckpointError('at must be a time or null');
  if (typeof c.signedAt !== 'string' || Number.isNaN(Date.parse(c.signedAt))) throw new CheckpointError('signedAt must be a time');
  if (typeof c.keyId !== 'string' || !/^[0-9a-f]{16}$/.test(c.keyId)) throw new CheckpointError('keyId must be 16 hex digits');
  return c as unknown as AuditCheckpoint;
}
