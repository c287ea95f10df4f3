/**
 * Receipts (`uplinks`) are idempotency keys: a retransmitted frame finds its
 * receipt and is answered without being stored twice. They are needed as
 * long as a device may retransmit, and no longer; this prunes the older ones
 * in bounded batches, oldest first (the uplinks_received_at index).
 *
 * A receipt is kept, however old, while it is within the replay window of
 * its device's newest one: the sequence check accepts such a seq again, so
 * only the receipt tells a copy from a new frame (a device that sends once an
 * hour has a window of weeks). The newest receipt of each device is therefore
 * always kept, and with it the device's sequence across restarts
 * (the registry reads it at start).
 */
import type { Queryable } from '../db/database.js';

export interface ReceiptPruneBatch {
  /** Receipts looked at (older than the limit, after the cursor). */
  scanned: number;
  deleted: number;
  /** Where the next batch starts; null when nothing was left to look at. */
  cursor: ReceiptCursor | null;
}

/** A position in (received_at, device_id, seq) order. */
export interface ReceiptCursor {
  receivedAt: Date;
  deviceId: string;
  seq: number;
}

const PRUNE_SQL = `
WITH candidates AS (
  SELECT ctid AS row, device_id, seq, received_at
    FROM uplinks
   WHERE received_at < $1 AND received_at >= $2::timestamptz
     AND (received_at, device_id, seq) > ($2::timestamptz, $3::text COLLATE "C", $4::int8)
   ORDER BY received_at, device_id, seq
   LIMIT $5
), newest AS (
  SELECT d.device_id, (SELECT max(n.seq) FROM uplinks n WHERE n.device_id = d.device_id) AS seq
    FROM (SELECT DISTINCT device_id FROM candidates) d
), gone AS (
  DELETE FROM uplinks u
   USING candidates c JOIN newest n ON n.device_id = c.device_id
   WHERE u.ctid = c.row AND c.seq + $6 <= n.seq
  RETURNING 1
), last AS (
  SELECT received_at, device_id, seq FROM candidates ORDER BY received_at DESC, device_id DESC, seq DESC LIMIT 1
)
SELECT (SELECT count(*) FROM candidates)::int AS scanned, (SELECT count(*) FROM gone)::int AS deleted,
       (SELECT received_at FROM last) AS received_at, (SELECT device_id FROM last) AS device_id, (SELECT seq FROM last) AS seq`;

/** One batch: up to `limit` receipts received before `before`, after `cursor`, deleted unless within their device's replay window. */
export async function pruneReceiptsBatch(db: Queryable, before: Date, replayWindow: number, limit: number, cursor: ReceiptCursor | null): Promise<ReceiptPruneBatch> {
  // received_at >= the cursor's time keeps the index scan starting there, not at the oldest receipt kept.
  const from = cursor ?? { receivedAt: '-infinity', deviceId: '', seq: 0 };
  const { rows } = await db.query<{ scanned: number; deleted: number; received_at: Date | null; device_id: string | null; seq: number | null }>(PRUNE_SQL, [
    before,
    from.receivedAt,
    from.deviceId,
    from.seq,
    limit,
    replayWindow,
  ]);
  const r = rows[0]!;
  return { scanned: r.scanned, deleted: r.deleted, cursor: r.received_at ? { receivedAt: r.received_at, deviceId: r.device_id!, seq: r.seq! } : null };
}
