/**
 * The audit trail: who did what, when and why. Append-only (the table refuses
 * UPDATE and DELETE) and hash-chained: each entry's hash covers its fields and
 * the previous entry's hash, keyed with the audit key (audit-hash.ts), so a
 * changed, removed or inserted row shows up in verify() (audit-chain.ts), and
 * nobody without the key can rewrite the chain whole. Appends are serialised
 * (an advisory lock), so several platform processes on one database keep one
 * chain (they need the same key).
 */
import { inTransaction, type Database, type Queryable } from '@watchpost/ingest';
import { verifyChain, type AuditVerification, type VerifyOptions } from './chain.js';
import { GENESIS, KEYED, keyedEntryHash, storable, type AuditKey } from './hash.js';
import { auditRowOf, type AuditDbRow, type AuditEntry, type AuditRow } from './row.js';

export type { Actor, AuditEntry, AuditRow } from './row.js';
export type { AuditProblem, AuditVerification } from './chain.js';

const AUDIT_LOCK = 7_470_002;

export class AuditKeyMissingError extends Error {
  readonly code = 'AUDIT_KEY_MISSING';
}

export class AuditLog {
  /** key: what appends are keyed with and verify() checks keyed entries with; null only to verify. */
  constructor(
    private readonly db: Database,
    readonly key: AuditKey | null,
  ) {}

  /**
   * Appends an entry inside the caller's unit of work: it commits with the
   * change it records, or neither does. Entries are serialised by an advisory
   * lock held until that commit, so the chain has one order.
   */
  async append(work: Queryable, entry: AuditEntry): Promise<AuditRow> {
    const key = this.key;
    if (!key) throw new AuditKeyMissingError('this audit log has no key: it can verify the trail, not add to it');
    await work.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK]);
    const last = (await work.query<{ seq: number; hash: Uint8Array }>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1')).rows[0];
    // What is hashed is what is stored: the storable form of every string.
    const row = storable({
      seq: (last?.seq ?? 0) + 1,
      at: new Date(),
      actorId: entry.actorId,
      actorRole: entry.actorRole,
      actorName: entry.actorName,
      action: entry.action,
      subjectType: entry.subjectType ?? null,
      subjectId: entry.subjectId ?? null,
      reason: entry.reason ?? null,
      detail: (entry.detail ?? {}) as Record<string, unknown>,
      ip: entry.ip ?? null,
    });
    const prevHash = last ? Buffer.from(last.hash) : GENESIS;
    const hash = keyedEntryHash(key, prevHash, row);
    await work.query(
      `INSERT INTO audit_log (seq, at, actor_id, actor_role, actor_name, action, subject_type, subject_id, reason, detail, ip, prev_hash, hash, hash_scheme, key_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
      [row.seq, row.at, row.actorId, row.actorRole, row.actorName, row.action, row.subjectType, row.subjectId, row.reason, JSON.stringify(row.detail), row.ip, prevHash, hash, KEYED, key.id],
    );
    return { ...row, prevHash, hash, hashScheme: KEYED, keyId: key.id };
  }

  /** An entry that records no change of its own (a sign-in, a refused attempt, a search): its own transaction. */
  record(entry: AuditEntry): Promise<AuditRow> {
    return inTransaction(this.db, (work) => this.append(work, entry));
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
    const { rows } = await this.db.query<AuditDbRow>(`SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC LIMIT $${params.length}`, params);
    return rows.map(auditRowOf);
  }

  /**
   * Called at start: a chain whose head is unkeyed (entries from before it was
   * keyed) gets a keyed entry now, whose HMAC seals them. The id of the key of
   * the head when it is another key than ours (a changed key), else null.
   */
  async sealUnkeyed(): Promise<{ sealed: boolean; headKeyId: string | null }> {
    const head = await this.head();
    if (head?.hashScheme === 1) {
      await this.record({ actorId: null, actorRole: 'system', actorName: 'platform', action: 'audit.keyed', detail: { keyId: this.key?.id ?? null, unkeyedEntries: head.seq } });
      return { sealed: true, headKeyId: null };
    }
    return { sealed: false, headKeyId: head && head.keyId !== this.key?.id ? head.keyId : null };
  }

  /** The last entry, or null for an empty trail: what a checkpoint records. */
  async head(db: Queryable = this.db): Promise<AuditRow | null> {
    const row = (await db.query<AuditDbRow>('SELECT * FROM audit_log ORDER BY seq DESC LIMIT 1')).rows[0];
    return row ? auditRowOf(row) : null;
  }

  /** Walks the whole chain: every entry that does not hold, and why (see audit-chain.ts). */
  verify(db: Queryable = this.db, options: VerifyOptions = {}): Promise<AuditVerification> {
    return verifyChain(db, this.key, options);
  }
}
