/**
 * The commit of a batch of frames, with the rules that derive rows from them:
 * the frames are stored (receipts and payload rows, one statement), then each
 * rule that wants some of the new frames runs in the same transaction ("a
 * button press opens an alarm", "a watchlisted tag's sighting raises a
 * hit"), so when a frame is acknowledged, everything it implies exists.
 *
 * A rule says in memory, for nothing, which frames it wants: a batch no rule
 * wants is stored by its one statement alone, as fast as without rules. A
 * rule that throws rolls its batch back; the writer then splits the batch
 * until the frame that breaks the rule is alone, and refuses only that frame
 * (INGEST_RULE_FAILED, counted and logged): never the whole batch.
 * What a rule registers with afterCommit runs once the batch has committed,
 * before any of its frames is acknowledged.
 */
import { isConnectionError, type Database } from '../db/database.js';
import { AfterCommit, workOf, type Work } from '../db/work.js';
import { IngestError } from '../errors.js';
import { writeUplinks, type UplinkRecord } from '../store/uplinks.js';

export interface CommitRule {
  /** As the pipeline's list names it: 'alarms: a button press opens an alarm'. */
  readonly name: string;
  /** In memory and cheap: whether the rule must see this frame (if it is new). */
  wants(record: UplinkRecord): boolean;
  /** In the batch's transaction, with the new frames it wanted; throw to refuse them. */
  apply(work: Work, records: readonly UplinkRecord[]): Promise<void>;
}

/** A frame whose rule failed: the writer refuses it alone with this code. */
export class RuleFailedError extends IngestError {
  constructor(rule: string, cause: unknown) {
    super('INGEST_RULE_FAILED', `rule '${rule}' failed: ${(cause as Error)?.message ?? String(cause)}`, { rule });
    this.cause = cause;
  }
}

/** Stores a batch and runs the rules on its new frames, in one transaction; true for each frame stored now. */
export async function commitBatch(db: Database, records: UplinkRecord[], rules: readonly CommitRule[], onAfterCommitError?: (err: unknown) => void): Promise<boolean[]> {
  const wanted = rules.filter((rule) => records.some((r) => rule.wants(r)));
  if (wanted.length === 0) return writeUplinks(db, records);
  const after = new AfterCommit();
  const fresh = await db.transaction(async (tx) => {
    const work = workOf(tx, after);
    const stored = await writeUplinks(work, records);
    const news = records.filter((_, i) => stored[i]);
    for (const rule of wanted) {
      const mine = news.filter((r) => rule.wants(r));
      if (mine.length === 0) continue;
      try {
        await rule.apply(work, mine);
      } catch (err) {
        // The database going away is the writer's to wait out, not the frame's fault.
        throw isConnectionError(err) ? err : new RuleFailedError(rule.name, err);
      }
    }
    return stored;
  });
  after.run(onAfterCommitError);
  return fresh;
}
