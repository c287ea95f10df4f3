/**
 * Inside the commit of a sighting batch: a sighting of a watchlisted tag
 * raises a hit, so when the station gets its PUBACK the hit row exists and
 * the police's notification is committed (the outbox delivers it at once).
 * `wants` is a Set lookup per sighting: a batch of tags nobody watches costs
 * nothing more. The rule takes the watch's lock in shared mode before it
 * reads the watchlist: a report under way holds it exclusively, and this is
 * what keeps a sighting from falling between the report's look back and the
 * live rule (case-service.ts explains the race and why nothing is missed or
 * raised twice).
 */
import { platformTime, type CommitRule, type UplinkRecord } from '@watchpost/ingest';
import { activeWatches } from './case-store.js';
import type { HitSighting, Hits } from './hits.js';
import type { Watchlist } from './memory.js';

/** The advisory lock of a watched tag (one key per tag, in a namespace of its own). */
export const WATCH_LOCK_SQL = (param: string) => `(7471::bigint * 4294967296 + ${param})`;

export function hitRule(watchlist: Watchlist, hits: Hits): CommitRule {
  return {
    name: 'bikes: a sighting of a watchlisted tag raises a hit',
    wants: (record) => record.body.type === 'sightingBatch' && record.body.sightings.some((s) => watchlist.wants(s.tagId)),
    async apply(work, records: readonly UplinkRecord[]) {
      const byTag = new Map<number, HitSighting[]>();
      for (const r of records) {
        if (r.body.type !== 'sightingBatch') continue;
        const start = platformTime(r, r.body.windowStartMs);
        for (const s of r.body.sightings) {
          if (!watchlist.wants(s.tagId)) continue;
          let list = byTag.get(s.tagId);
          if (!list) byTag.set(s.tagId, (list = []));
          list.push({ stationId: r.deviceId, seq: r.seq, tagId: s.tagId, firstMs: start + s.firstOffsetMs, lastMs: start + s.lastOffsetMs, rssiDbm: s.rssiDbm });
        }
      }
      const tags = [...byTag.keys()].sort((a, b) => a - b);
      if (tags.length === 0) return;
      await work.query(`SELECT pg_advisory_xact_lock_shared(${WATCH_LOCK_SQL('t')}) FROM unnest($1::bigint[]) AS t`, [tags]);
      for (const watch of await activeWatches(work, tags)) await hits.raise(work, watch, byTag.get(watch.tag_id)!, false);
    },
  };
}
