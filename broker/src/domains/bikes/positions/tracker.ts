/**
 * From sightings to positions, per registered bike, after the sightings'
 * commit (fed by an after-commit step of the pipeline).
 *
 * Why after the commit and not inside it: a position is derived, and
 * rebuilt from the sightings, which are committed first; and it cannot be
 * decided inside one commit anyway, since the stations that hear a tag at
 * once report in their own frames, committed in other batches, a window or
 * two apart. So each bike keeps its open visits (a station's consecutive
 * sightings) in memory, a pass every half second turns them into positions
 * with collapseSightings (the strongest RSSI of stations heard at once, by
 * non-maximum suppression: prediction/positions.ts says why strongest and
 * not a blend: the predictor reasons in stations, and a blend is no
 * station), and a position settles once its last beacon is `settleMs` old:
 * then the station graph learns it. The latest position, where it came
 * from and where it heads are written to bike_positions in batches.
 * The hot path pays one Map lookup per sighting of a tag no bike has.
 */
import type { Database } from '@watchpost/ingest';
import { collapseSightings, type NextStationModel, type Position, type TagSighting, type TrackPoint } from '../prediction/index.js';
import type { BikeMemo } from '../registry/memory.js';
import { bearingDeg } from './geo.js';
import { loadPositions, upsertPositions, type PositionRow } from './store.js';

export interface TrackerOptions {
  /** A station's sightings of a tag this close together are one visit. */
  visitGapMs: number;
  /** A position settles (is learnt, can no longer change) this long after its last beacon. */
  settleMs: number;
  /** Settled positions kept per bike: the last stations passed. */
  keep: number;
}

export const DEFAULT_TRACKER_OPTIONS: TrackerOptions = { visitGapMs: 30_000, settleMs: 60_000, keep: 6 };

export interface StationPlace {
  id: string;
  lat: number | null;
  lon: number | null;
}

export interface LatestPosition extends Position {
  fromStation: string | null;
  bearingDeg: number | null;
  headingStation: string | null;
  headingProbability: number | null;
}

interface BikeTrack {
  /** Open visits (not settled), one station each. */
  visits: TagSighting[];
  /** The last positions settled, oldest first. */
  settled: Position[];
  latest: LatestPosition | null;
}

export class PositionTracker {
  private readonly tracks = new Map<string, BikeTrack>();
  private readonly touched = new Set<string>();
  private readonly unsaved = new Set<string>();
  /** The newest position the graph learnt (epoch ms). */
  learnedUntilMs = 0;
  learnedSinceSave = 0;

  constructor(
    private readonly db: Database,
    readonly model: NextStationModel,
    private readonly station: (id: string) => StationPlace | undefined,
    readonly options: TrackerOptions = DEFAULT_TRACKER_OPTIONS,
  ) {}

  async load(): Promise<void> {
    for (const row of await loadPositions(this.db)) {
      const settled = row.recent.map(([station, firstMs, lastMs]) => ({ station, firstMs, lastMs, rssiDbm: -100 }));
      this.tracks.set(row.bike_id, { visits: [], settled, latest: latestOf(row) });
    }
  }

  private trackOf(bikeId: string): BikeTrack {
    let t = this.tracks.get(bikeId);
    if (!t) this.tracks.set(bikeId, (t = { visits: [], settled: [], latest: null }));
    return t;
  }

  /** A sighting of a bike's plate tag, committed. */
  heard(bike: BikeMemo, s: TagSighting): void {
    addVisit(this.trackOf(bike.id).visits, s, this.options.visitGapMs);
    this.touched.add(bike.id);
  }

  /** Whether the bike was heard at the station within [fromMs, toMs] (its open visits and last positions). */
  heardAt(bikeId: string, station: string, fromMs: number, toMs: number): boolean {
    const t = this.tracks.get(bikeId);
    if (!t) return false;
    const overlaps = (v: { station: string; firstMs: number; lastMs: number }) => v.station === station && v.firstMs <= toMs && v.lastMs >= fromMs;
    return t.visits.some(overlaps) || t.settled.some(overlaps) || (t.latest !== null && overlaps(t.latest));
  }

  latest(bikeId: string): LatestPosition | null {
    return this.tracks.get(bikeId)?.latest ?? null;
  }

  /** The bike's positions (settled and open), oldest first, with sightings not yet fed in (the commit under way). */
  positions(bikeId: string, extra: readonly TagSighting[] = []): Position[] {
    const t = this.tracks.get(bikeId);
    const visits = (t?.visits ?? []).map((v) => ({ ...v }));
    for (const s of extra) addVisit(visits, s, this.options.visitGapMs);
    const open = collapseSightings(visits, { visitGapMs: this.options.visitGapMs });
    const settled = t?.settled ?? [];
    const lastSettled = settled.at(-1)?.lastMs ?? -Infinity;
    return [...settled, ...open.filter((p) => p.lastMs > lastSettled)];
  }

  /** The next stations after these positions, most likely first. */
  predict(positions: readonly Position[], limit = 3): ReturnType<NextStationModel['predict']> {
    return this.model.predict(positions.slice(-4).map(pointOf), limit);
  }

  /** Turns the bikes heard since the last pass into positions, settles the old ones; the bikes whose latest position changed. */
  process(nowMs: number): string[] {
    const changed: string[] = [];
    const cutoff = nowMs - this.options.settleMs;
    for (const [bikeId, t] of this.tracks) {
      if (!this.touched.has(bikeId) && !(t.visits.length > 0 && t.visits.some((v) => v.lastMs < cutoff))) continue;
      const open = collapseSightings(t.visits, { visitGapMs: this.options.visitGapMs });
      // Settle the positions that can no longer change, in order, and drop the visits they decided.
      let settledUpTo = -Infinity;
      for (const p of open) {
        if (p.lastMs >= cutoff) break;
        this.settle(bikeId, t, p);
        settledUpTo = p.lastMs;
      }
      if (settledUpTo > -Infinity) t.visits = t.visits.filter((v) => v.firstMs >= settledUpTo);
      const all = this.positions(bikeId);
      const newest = all.at(-1);
      if (newest && (!t.latest || newest.station !== t.latest.station || newest.lastMs !== t.latest.lastMs || newest.firstMs !== t.latest.firstMs)) {
        t.latest = this.describe(all);
        this.unsaved.add(bikeId);
        changed.push(bikeId);
      }
    }
    this.touched.clear();
    return changed;
  }

  private settle(bikeId: string, t: BikeTrack, p: Position): void {
    const last = t.settled.at(-1);
    if (last && last.station === p.station && p.firstMs - last.lastMs <= this.options.visitGapMs) last.lastMs = Math.max(last.lastMs, p.lastMs);
    else {
      t.settled.push({ ...p });
      if (t.settled.length > this.options.keep) t.settled.shift();
    }
    this.model.observe(bikeId, pointOf(p));
    this.learnedUntilMs = Math.max(this.learnedUntilMs, p.lastMs);
    this.learnedSinceSave++;
  }

  /** The newest position, where it came from (the station before, if in the same trip), the bearing from there, and where it heads. */
  describe(positions: readonly Position[]): LatestPosition {
    const p = positions.at(-1)!;
    const prev = positions.slice(0, -1).findLast((x) => x.station !== p.station);
    const from = prev && (p.firstMs - prev.lastMs) / 1000 <= this.model.options.maxGapS ? prev.station : null;
    const a = from ? this.station(from) : undefined;
    const b = this.station(p.station);
    const [heading] = this.predict(positions, 1);
    return {
      ...p,
      fromStation: from,
      bearingDeg: a && b && a.lat !== null && a.lon !== null && b.lat !== null && b.lon !== null ? bearingDeg({ lat: a.lat, lon: a.lon }, { lat: b.lat, lon: b.lon }) : null,
      headingStation: heading?.stationId ?? null,
      headingProbability: heading ? Math.round(heading.probability * 1000) / 1000 : null,
    };
  }

  /** Writes the latest positions that changed since the last flush, one statement. */
  async flush(): Promise<number> {
    if (this.unsaved.size === 0) return 0;
    const ids = [...this.unsaved];
    this.unsaved.clear();
    const rows = ids.flatMap((id) => {
      const t = this.tracks.get(id);
      return t?.latest ? [{ bikeId: id, latest: t.latest, recent: t.settled.map((s) => [s.station, s.firstMs, s.lastMs] as [string, number, number]) }] : [];
    });
    try {
      await upsertPositions(this.db, rows);
    } catch (err) {
      ids.forEach((id) => this.unsaved.add(id));
      throw err;
    }
    return rows.length;
  }

  /** A bike whose tag changed: what it was heard as is no longer what it will be heard as. */
  forget(bikeId: string): void {
    const t = this.tracks.get(bikeId);
    if (t) t.visits = [];
  }
}

const pointOf = (p: Position): TrackPoint => ({ stationId: p.station, firstMs: p.firstMs, lastMs: p.lastMs });

/** Adds a sighting to a bike's open visits: into the visit of its station it continues, else as a new one. */
function addVisit(visits: TagSighting[], s: TagSighting, gapMs: number): void {
  for (let i = visits.length - 1; i >= 0; i--) {
    const v = visits[i]!;
    if (v.station === s.station && s.firstMs - v.lastMs <= gapMs && v.firstMs - s.lastMs <= gapMs) {
      v.firstMs = Math.min(v.firstMs, s.firstMs);
      v.lastMs = Math.max(v.lastMs, s.lastMs);
      v.rssiDbm = Math.max(v.rssiDbm, s.rssiDbm);
      return;
    }
  }
  visits.push({ ...s });
}

function latestOf(row: PositionRow): LatestPosition {
  return {
    station: row.station_id,
    firstMs: row.first_heard.getTime(),
    lastMs: row.last_heard.getTime(),
    rssiDbm: row.rssi_dbm,
    fromStation: row.from_station_id,
    bearingDeg: row.bearing_deg,
    headingStation: row.heading_station_id,
    headingProbability: row.heading_probability,
  };
}
