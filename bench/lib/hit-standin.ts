/**
 * A stand-in of the bikes home's hit rule, for bench:hit-latency until the
 * real one is in the pipeline: a sighting of a watchlisted tag writes a
 * 'bike.hit' notification through the outbox inside the commit of the
 * sighting, for the police of the station's jurisdictions (resource 'case')
 * and the webhooks subscribed to the kind; the live feed and the dispatcher
 * get it once the commit is done, as they will get the real rule's.
 */
import type { CommitRule } from '@watchpost/ingest';
import type { DeviceRegistry } from '../../broker/src/domains/devices/index.js';
import type { Notify, Outbox } from '../../broker/src/domains/notifications/outbox.js';

export function standInHitRule(watchlist: ReadonlySet<number>, outbox: Outbox, registry: DeviceRegistry): CommitRule {
  return {
    name: 'bench: hit stand-in (a watchlisted tag heard: a notification through the outbox)',
    wants: (r) => r.body.type === 'sightingBatch' && r.body.sightings.some((s) => watchlist.has(s.tagId)),
    async apply(work, records) {
      const hits: Notify[] = [];
      for (const r of records) {
        if (r.body.type !== 'sightingBatch') continue;
        const jurisdictions = registry.get(r.deviceId)?.jurisdictions ?? [];
        for (const s of r.body.sightings)
          if (watchlist.has(s.tagId))
            hits.push({ kind: 'bike.hit', resource: 'case', jurisdictions, subjectId: String(s.tagId), payload: { tagId: s.tagId, stationId: r.deviceId, seq: r.seq, rssiDbm: s.rssiDbm } });
      }
      await outbox.notify(work, hits);
    },
  };
}
