/**
 * The audit trail: who did what, when and why. Append-only (the table refuses
 * UPDATE and DELETE) and hash-chained: each entry's hash covers its fields and
 * the previous entry's hash, so a changed, removed or inserted row shows up in
 * verify(). Appends are serialised (an advisory lock), so several platform
 * processes on one database keep one chain.
 */
import { createHash } from 'node:crypto';
import type { Database, Queryable } from '@watchpost/ingest';

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
}

const GENESIS: Buffer = Buffer.alloc(32);
const AUDIT_LOCK = 7_470_002;

/** JSON with sorted keys: jsonb does not keep key order, the hash must not depend on it. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const obj = value as Record<string, unknown>;
  return `{${Object.keys(obj).sort().map((k) => `${JSON.stringify(k)}:${canonical(obj[k])}`).join(',')}}`;
}

export function entryHash(prevHash: Buffer, row: Omit<AuditRow, 'prevHash' | 'hash'>): Buffer {
  const fields = [row.seq, row.at.toISOString(), row.actorId, row.actorRole, row.actorName, row.action, row.subjectType, row.subjectId, row.reason, row.detail, row.ip];
  return createHash('sha256').update(prevHash).update(canonical(fields)).digest();
}

interface DbRow {
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
}

const fromDb = (r: DbRow): AuditRow => ({
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
});

export class AuditLog {
  constructor(private readonly db: Database) {}

  /** Appends an entry; resolves once it is committed (an unrecorded access must not happen). */
  async append(entry: AuditEntry): Promise<AuditRow> {
    return this.db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK]);
      const last = (await tx.query<{ seq: number; hash: Uint8Array }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1')).rows[0];
      const row = {
        seq: (last?.seq ?? 0) + 1,
        at: new Date(),
        actorId: entry.actorId,
        actorRole: entry.actorRole,
        actorName: entry.actorName,
        action: entry.action,
        subjectType: entry.subjectType ?? null,
        subjectId: entry.subjectId ?? null,
        reason: entry.reason ?? null,
        detail: entry.detail ?? {},
        ip: entry.ip ?? null,
      };
      const prevHash = last ? Buffer.from(last.hash) : GENESIS;
      const hash = entryHash(prevHash, row);
      await tx.query(
        `INSERT INTO audit_log (seq, at, actor_id, actor_role, actor_name, action, subject_type, subject_id, reason, detail, ip, prev_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [row.seq, row.at, row.actorId, row.actorRole, row.actorName, row.action, row.subjectType, row.subjectId, row.reason, JSON.stringify(row.detail), row.ip, prevHash, hash],
      );
      return { ...row, prevHash, hash };
    });
  }

  async search(filter: { actorId?: string; action?: string; subjectType?: string; subjectId?: string; from?: Date; to?: Date; beforeSeq?: number; limit: number }): Promise<AuditRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.actorId) add('actor_id = ?', filter.actorId);
    if (filter.action) add('action LIKE ?', `${filter.action.replace(/[%_]/g, '')}%`);
    if (filter.subjectType) add('subject_type = ?', filter.subjectType);
    if (filter.subjectId) add('subject_id = ?', filter.subjectId);
    if (filter.from) add('at >= ?', filter.from);
    if (filter.to) add('at < ?', filter.to);
    if (filter.beforeSeq) add('seq < ?', filter.beforeSeq);
    params.push(filter.limit);
    const { rows } = await this.db.query<DbRow>(
      `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC LIMIT $${params.length}`,
      params,
    );
    return rows.map(fromDb);
  }

  /** Walks the whole chain; the first entry that does not hold, if any. */
  async verify(db: Queryable = this.db, pageSize = 1000): Promise<AuditVerification> {
    let prevHash: Buffer = GENESIS;
    let expectedSeq = 1;
    let checked = 0;
    for (;;) {
      const { rows } = await db.query<DbRow>('SELECT * FROM audit_log WHERE seq >= $1 ORDER BY seq LIMIT $2', [expectedSeq, pageSize]);
      for (const r of rows.map(fromDb)) {
        if (r.seq !== expectedSeq) return { intact: false, checked, brokenAt: expectedSeq, problem: `entry ${expectedSeq} is missing (next is ${r.seq})` };
        if (!r.prevHash.equals(prevHash)) return { intact: false, checked, brokenAt: r.seq, problem: `entry ${r.seq} does not follow entry ${r.seq - 1} (previous hash differs)` };
        const { prevHash: _p, hash: _h, ...fields } = r;
        if (!entryHash(prevHash, fields).equals(r.hash)) return { intact: false, checked, brokenAt: r.seq, problem: `entry ${r.seq} was changed after it was written (its hash no longer matches)` };
        prevHash = r.hash;
        expectedSeq++;
        checked++;
      }
      if (rows.length < pageSize) return { intact: true, checked, lastHash: prevHash.toString('hex') };
    }
  }
}

export type AuditVerification =
  | { intact: true; checked: number; lastHash: string }
  | { intact: false; checked: number; brokenAt: number; problem: string };

/** The actor fields of an audit entry, from whoever is calling. */
export function actorOf(principal: { user: { id: string; role: string; displayName: string }; via: string; tokenId?: string } | null) {
  if (!principal) return { actorId: null, actorRole: null, actorName: null };
  const via = principal.via === 'token' ? ` (token ${principal.tokenId})` : '';
  return { actorId: principal.user.id, actorRole: principal.user.role, actorName: `${principal.user.displayName}${via}` };
}
