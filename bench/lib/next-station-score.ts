/**
 * Scoring the next-station predictor against the simulator: a rider-day's
 * sightings become each tag's positions as the platform would see them;
 * on training days they teach the model, on test days every position that
 * has a next one in the same trip (the simulator knows trips; the platform
 * does not) is a question: which station next, and when.
 */
import type { Pass, SightingRecord, Trip } from '../../device-sim/src/county/index.js';
import { collapseSightings, type NextStationModel, type Position, type TagSighting } from '../../broker/src/domains/bikes/prediction/index.js';

export interface Score {
  questions: number;
  top1: number;
  top3: number;
  /** The true next station was among the predictions and arrived inside its window. */
  inWindow: number;
  /** … among the questions whose true station was in the top 3. */
  windowAsked: number;
  windowWidthS: number[];
  /** Positions that match a pass the simulator says was heard (same station, time within the visit ± 60 s). */
  positions: number;
  positionsTrue: number;
  /** Questions and top-1 hits by where the current station stands, and for a trip's first position (no direction known yet). */
  bySite: Map<string, [number, number]>;
}

export const emptyScore = (): Score => ({ questions: 0, top1: 0, top3: 0, inWindow: 0, windowAsked: 0, windowWidthS: [], positions: 0, positionsTrue: 0, bySite: new Map() });

/** Collects one rider-day's records, trips and passes, keyed by tag. */
export class RiderDay {
  readonly sightings = new Map<number, TagSighting[]>();
  readonly passes = new Map<number, Pass[]>();
  readonly trips: Trip[] = [];
  constructor(private readonly stationIds: readonly string[]) {}
  sink = {
    trip: (t: Trip) => this.trips.push(t),
    pass: (p: Pass) => {
      if (p.heard > 0) push(this.passes, p.tag, p);
    },
    sighting: (r: SightingRecord) =>
      push(this.sightings, r.tag, { station: this.stationIds[r.station]!, rssiDbm: r.rssiDbm, firstMs: r.windowStartMs + r.firstOffsetMs, lastMs: r.windowStartMs + r.lastOffsetMs }),
  };
  positions(tag: number): Position[] {
    return collapseSightings(this.sightings.get(tag) ?? []);
  }
  clear(): void {
    this.sightings.clear();
    this.passes.clear();
    this.trips.length = 0;
  }
}

export function train(model: NextStationModel, day: RiderDay): void {
  for (const tag of day.sightings.keys()) for (const p of day.positions(tag)) model.observe(tag, { stationId: p.station, firstMs: p.firstMs, lastMs: p.lastMs });
}

export function test(model: NextStationModel, day: RiderDay, epochMs: number, score: Score, onlyStolen: boolean, siteOf: (station: string) => string): void {
  const trips = day.trips.filter((t) => t.stolen === onlyStolen).sort((a, b) => a.startS - b.startS);
  for (const tag of day.sightings.keys()) {
    const positions = day.positions(tag);
    if (!onlyStolen) checkAgainstPasses(positions, day.passes.get(tag) ?? [], epochMs, score);
    // Positions into trips: both are in time order.
    let p = 0;
    for (const trip of trips) {
      const [t0, t1] = [epochMs + trip.startS * 1000 - 5_000, epochMs + trip.endS * 1000 + 5_000];
      while (p < positions.length && positions[p]!.firstMs < t0) p++;
      const inTrip: Position[] = [];
      for (let q = p; q < positions.length && positions[q]!.firstMs <= t1; q++) if (positions[q]!.lastMs <= t1) inTrip.push(positions[q]!);
      for (let i = 0; i + 1 < inTrip.length; i++) ask(model, inTrip, i, score, i === 0 ? 'first position of a trip' : siteOf(inTrip[i]!.station));
    }
  }
}

function ask(model: NextStationModel, inTrip: Position[], i: number, score: Score, site: string): void {
  const next = inTrip[i + 1]!;
  const history = inTrip.slice(Math.max(0, i - 3), i + 1).map((p) => ({ stationId: p.station, firstMs: p.firstMs, lastMs: p.lastMs }));
  const predictions = model.predict(history, 3);
  score.questions++;
  const rank = predictions.findIndex((x) => x.stationId === next.station);
  if (rank === 0) score.top1++;
  const tally = score.bySite.get(site) ?? [0, 0];
  score.bySite.set(site, [tally[0] + 1, tally[1] + (rank === 0 ? 1 : 0)]);
  if (rank < 0) return;
  score.top3++;
  score.windowAsked++;
  const [from, to] = predictions[rank]!.arrivalWindow;
  const took = (next.firstMs - inTrip[i]!.lastMs) / 1000;
  if (took >= from && took <= to) score.inWindow++;
  score.windowWidthS.push(to - from);
}

/** Does each position match a pass the simulator says was heard: same station, closest approach within the visit ± 60 s? */
function checkAgainstPasses(positions: Position[], passes: Pass[], epochMs: number, score: Score): void {
  const byStation = new Map<number, number[]>();
  for (const x of passes) push(byStation, x.station, epochMs + x.closestS * 1000);
  for (const p of positions) {
    score.positions++;
    const times = byStation.get(Number(p.station.slice(3)) - 1) ?? [];
    if (times.some((t) => t >= p.firstMs - 60_000 && t <= p.lastMs + 60_000)) score.positionsTrue++;
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}
