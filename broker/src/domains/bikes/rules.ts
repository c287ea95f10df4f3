/**
 * What a committed sighting batch tells the bikes home, after the commit
 * (in memory, no query): each sighting of a registered bike's plate tag goes
 * to its positions, the guard and the clone check; of its key fob, to the
 * guard. A sighting of a chip no bike has costs one Map lookup. What comes
 * due (guard alerts, cloned tags) is raised a moment later in its own
 * transaction (index.ts). The hit rule, inside the commit, is in
 * watchlist/hit-rule.ts.
 */
import { platformTime, type AfterCommitStep } from '@watchpost/ingest';
import type { GuardWatch, Suspicion } from './guard/guard.js';
import type { CloneDetector, CloneSuspect } from './positions/clones.js';
import type { PositionTracker } from './positions/tracker.js';
import type { BikeIndex } from './registry/memory.js';

export interface SightingSink {
  alerts(due: Suspicion[]): void;
  clones(suspect: CloneSuspect): void;
}

export function sightingsStep(index: BikeIndex, tracker: PositionTracker, guard: GuardWatch, clones: CloneDetector, sink: SightingSink): AfterCommitStep {
  return [
    'bikes: positions, the owner’s guard, cloned tags',
    ({ record }) => {
      if (record.body.type !== 'sightingBatch') return;
      const start = platformTime(record, record.body.windowStartMs);
      const now = Date.now();
      for (const s of record.body.sightings) {
        const bound = index.tag(s.tagId);
        if (!bound) continue;
        const sighting = { station: record.deviceId, rssiDbm: s.rssiDbm, firstMs: start + s.firstOffsetMs, lastMs: start + s.lastOffsetMs };
        if (bound.role === 'fob') {
          guard.heardFob(bound.bike, sighting);
          continue;
        }
        const before = tracker.latest(bound.bike.id)?.station ?? null;
        tracker.heard(bound.bike, sighting);
        guard.heardBike(bound.bike, sighting, before, now);
        const clone = clones.check(bound.bike, sighting, now);
        if (clone) sink.clones(clone);
      }
      if (guard.pending > 0) {
        const due = guard.stationReported(record.deviceId, start, now);
        if (due.length) sink.alerts(due);
      }
    },
  ];
}
