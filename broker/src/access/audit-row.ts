/** An audit entry as given, as stored (a row), and as read back. */
import type { HashScheme } from './audit-hash.js';

export interface AuditEntry {
  actorId: string | null;
  actorRole: string | null;
  actorName: string | null;
  /** What happened, dotted: 'auth.login', 'owner.read', 'device.register', … */
  action: string;
  subjectType?: string | null;
  subjectId?: string | null;
  /** Why: required for reads of personal data outside one's own. */
  reason?: string | null;
  detail?: Record<string, string | number | boolean | null>;
  ip?: string | null;
}

export interface AuditRow extends Required<Omit<AuditEntry, 'detail'>> {
  seq: number;
  at: Date;
  detail: Record<string, unknown>;
  prevHash: Buffer;
  hash: Buffer;
  hashScheme: HashScheme;
  /** The id of the audit key of a keyed entry (scheme 2); null before the chain was keyed. */
  keyId: string | null;
}

export interface AuditDbRow {
  seq: number;
  at: Date;
  actor_id: string | null;
  actor_role: string | null;
  actor_name: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  reason: string | null;
  detail: Record<string, unknown>;
  ip: string | null;
  prev_hash: Uint8Array;
  hash: Uint8Array;
  hash_scheme: number;
  key_id: string | null;
}

export const auditRowOf = (r: AuditDbRow): AuditRow => ({
  seq: r.seq,
  at: r.at,
  actorId: r.actor_id,
  actorRole: r.actor_role,
  actorName: r.actor_name,
  action: r.action,
  subjectType: r.subject_type,
  subjectId: r.subject_id,
  reason: r.reason,
  detail: r.detail,
  ip: r.ip,
  prevHash: Buffer.from(r.prev_hash),
  hash: Buffer.from(r.hash),
  // A database not migrated yet (a verify command run before the platform was updated): all unkeyed.
  hashScheme: (r.hash_scheme ?? 1) as HashScheme,
  keyId: r.key_id ?? null,
});
