/**
 * A stand-in of the bikes home's watchlist rule, for benchmarks until the
 * real one is in the pipeline: what it will cost in the commit. `wants` looks
 * every sighting's tag up in a Set (in memory, O(1) a sighting); `apply`
 * writes one row per sighting of a watchlisted tag, all of a batch in one
 * INSERT, in the batch's transaction.
 */
import type { CommitRule, Queryable } from '@watchpost/ingest';

export const STANDIN_HITS_TABLE = `CREATE TABLE IF NOT EXISTS bench_hits (station_id text NOT NULL, tag_id bigint NOT NULL, heard_at timestamptz NOT NULL, rssi_dbm smallint NOT NULL)`;

export async function createStandInTable(db: Queryable): Promise<void> {
  await db.query(STANDIN_HITS_TABLE);
}

export function standInWatchlistRule(watchlist: ReadonlySet<number>): CommitRule {
  return {
    name: 'bench: watchlist stand-in (a Set lookup per sighting, a row per hit)',
    wants: (r) => r.body.type === 'sightingBatch' && r.body.sightings.some((s) => watchlist.has(s.tagId)),
    async apply(work, records) {
      const hits: unknown[][] = [];
      for (const r of records) {
        if (r.body.type !== 'sightingBatch') continue;
        for (const s of r.body.sightings) if (watchlist.has(s.tagId)) hits.push([r.deviceId, s.tagId, r.receivedAtMs, s.rssiDbm]);
      }
      await work.query(
        `INSERT INTO bench_hits (station_id, tag_id, heard_at, rssi_dbm)
         SELECT e->>0, (e->>1)::int8, to_timestamp((e->>2)::float8 / 1000), (e->>3)::int2 FROM jsonb_array_elements($1::jsonb) AS e`,
        [JSON.stringify(hits)],
      );
    },
  };
}
