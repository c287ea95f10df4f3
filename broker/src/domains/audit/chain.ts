/**
 * Checks the audit chain, entry by entry, and reports every entry that does
 * not hold (not only the first: one damaged entry must not hide tampering
 * after it). After a problem the walk goes on from the stored hash, so one
 * changed entry is one problem, and each further one is reported on its own.
 */
import type { Queryable } from '@watchpost/ingest';
import { auditRowOf, type AuditDbRow } from './row.js';
import { checkpointSignatureProblem, type AuditCheckpoint } from './checkpoint.js';
import { GENESIS, keyedEntryHash, legacyEntryHash, type AuditKey } from './hash.js';

export type AuditProblemCode =
  /** Entries were removed: a gap in seq. */
  | 'ENTRY_MISSING'
  /** An entry's previous hash is not the hash of the entry before it (one inserted, or its link edited). */
  | 'ENTRY_UNLINKED'
  /** An entry's fields no longer give its hash. */
  | 'ENTRY_CHANGED'
  /** An unkeyed entry after keyed ones: the platform no longer writes those, someone without the key did. */
  | 'ENTRY_UNKEYED'
  /** Unkeyed entries with no keyed entry after them: nothing seals them (the platform writes one, audit.keyed, when it starts with its key). */
  | 'ENTRY_UNSEALED'
  /** A keyed entry whose key is not configured here: it cannot be checked. */
  | 'KEY_UNKNOWN'
  /** The checkpoint's signature does not hold with the configured key. */
  | 'CHECKPOINT_SIGNATURE'
  /** The entry the checkpoint saw is now another one. */
  | 'CHECKPOINT_MISMATCH'
  /** The chain ends before the entry the checkpoint saw: entries were cut from the end. */
  | 'CHAIN_TRUNCATED';

export interface AuditProblem {
  seq: number;
  code: AuditProblemCode;
  message: string;
}

export interface AuditVerification {
  intact: boolean;
  /** Entries read. */
  checked: number;
  lastSeq: number;
  lastHash: string | null;
  /** Entries from before the chain was keyed (hash scheme 1): an attacker with database access could have rewritten these, up to the first keyed entry. */
  unkeyed: number;
  /** The configured audit key's id, null without one. */
  keyId: string | null;
  /** Every problem found, up to maxProblems; problemCount has them all. */
  problems: AuditProblem[];
  problemCount: number;
  /** The first problem, as older readers of this answer expect. */
  brokenAt?: number;
  problem?: string;
  /** With a checkpoint: whether the chain still reaches its head unchanged. */
  checkpoint?: { seq: number; signedAt: string; holds: boolean };
}

export interface VerifyOptions {
  checkpoint?: AuditCheckpoint;
  /** How many problems to list (all are counted); 1000 by default. */
  maxProblems?: number;
  pageSize?: number;
}

export async function verifyChain(db: Queryable, key: AuditKey | null, options: VerifyOptions = {}): Promise<AuditVerification> {
  const { checkpoint, maxProblems = 1000, pageSize = 1000 } = options;
  const problems: AuditProblem[] = [];
  let problemCount = 0;
  const report = (seq: number, code: AuditProblemCode, message: string) => {
    problemCount++;
    if (problems.length < maxProblems) problems.push({ seq, code, message });
  };
  let prevHash: Buffer = GENESIS;
  let lastSeq = 0;
  let checked = 0;
  let unkeyed = 0;
  let keyedSeen = false;
  let hashAtCheckpoint: string | null = null;

  for (;;) {
    const { rows } = await db.query<AuditDbRow>('SELECT * FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2', [lastSeq, pageSize]);
    for (const r of rows.map(auditRowOf)) {
      const expected = lastSeq + 1;
      const gap = r.seq !== expected;
      if (gap) report(expected, 'ENTRY_MISSING', r.seq === expected + 1 ? `entry ${expected} is missing (next is ${r.seq})` : `entries ${expected} to ${r.seq - 1} are missing (next is ${r.seq})`);
      // After a gap the link is broken by the gap itself: not a second problem.
      if (!gap && !r.prevHash.equals(prevHash)) report(r.seq, 'ENTRY_UNLINKED', `entry ${r.seq} does not follow entry ${r.seq - 1} (previous hash differs)`);
      if (r.hashScheme === 1) {
        if (keyedSeen) report(r.seq, 'ENTRY_UNKEYED', `entry ${r.seq} is unkeyed but follows keyed entries: the platform did not write it`);
        else unkeyed++;
        if (!legacyEntryHash(r.prevHash, r).equals(r.hash)) report(r.seq, 'ENTRY_CHANGED', `entry ${r.seq} was changed after it was written (its hash no longer matches)`);
      } else {
        keyedSeen = true;
        if (!key || r.keyId !== key.id)
          report(r.seq, 'KEY_UNKNOWN', `entry ${r.seq} was hashed with audit key ${r.keyId}, which is not configured here${key ? ` (the configured one is ${key.id})` : ''}: it cannot be checked`);
        else if (!keyedEntryHash(key, r.prevHash, r).equals(r.hash)) report(r.seq, 'ENTRY_CHANGED', `entry ${r.seq} was changed after it was written (its hash no longer matches)`);
      }
      if (checkpoint && r.seq === checkpoint.seq) hashAtCheckpoint = r.hash.toString('hex');
      prevHash = r.hash;
      lastSeq = r.seq;
      checked++;
    }
    if (rows.length < pageSize) break;
  }

  // Unkeyed entries are trusted only as far as the first keyed entry's HMAC covers them (its previous hash);
  // without one, anybody could have rewritten them, or the whole chain as unkeyed.
  if (unkeyed > 0 && !keyedSeen) {
    report(
      lastSeq,
      'ENTRY_UNSEALED',
      `the chain's ${unkeyed} entries are all unkeyed: no keyed entry seals them, so they could have been rewritten whole (a platform started with its audit key writes one)`,
    );
  }
  const result: AuditVerification = { intact: false, checked, lastSeq, lastHash: checked ? prevHash.toString('hex') : null, unkeyed, keyId: key?.id ?? null, problems, problemCount };
  if (checkpoint) {
    const before = problemCount;
    const signatureProblem = checkpointSignatureProblem(key, checkpoint);
    if (signatureProblem) report(checkpoint.seq, 'CHECKPOINT_SIGNATURE', signatureProblem);
    else if (checkpoint.seq > lastSeq)
      report(checkpoint.seq, 'CHAIN_TRUNCATED', `the chain ends at entry ${lastSeq}, but the checkpoint of ${checkpoint.signedAt} saw entry ${checkpoint.seq}: entries were cut from the end`);
    else if (checkpoint.seq > 0 && hashAtCheckpoint === null)
      report(checkpoint.seq, 'CHECKPOINT_MISMATCH', `entry ${checkpoint.seq}, the head at the checkpoint of ${checkpoint.signedAt}, is missing`);
    else if (checkpoint.seq > 0 && hashAtCheckpoint !== checkpoint.hash)
      report(checkpoint.seq, 'CHECKPOINT_MISMATCH', `entry ${checkpoint.seq} is not the one the checkpoint of ${checkpoint.signedAt} saw (another hash): the chain was rewritten`);
    result.checkpoint = { seq: checkpoint.seq, signedAt: checkpoint.signedAt, holds: problemCount === before };
  }
  result.problemCount = problemCount;
  result.intact = problemCount === 0;
  if (problems[0]) {
    result.brokenAt = problems[0].seq;
    result.problem = problems[0].message;
  }
  return result;
}
