/**
 * Cloned tags: one chip id heard at two stations farther apart than an
 * e-bike can ride in the time between (a generous `speedKmh`, plus each
 * station's reach on either side and a little clock slack), so two chips
 * answer to it. Checked after the commit against the bike's visits of the
 * last minutes; flagged once an hour per tag at most, to the police of both
 * stations' jurisdictions and to administrators (a record and a notification).
 */
import { inTransaction, type Database } from '@watchpost/ingest';
import type { Outbox } from '../../notifications/outbox.js';
import type { TagSighting } from '../prediction/index.js';
import type { BikeMemo } from '../registry/memory.js';
import type { StationInfo } from '../watchlist/hits.js';
import { distanceM, type LatLon } from './geo.js';

export interface CloneOptions {
  speedKmh: number;
  /** How far a station hears a tag, at most: two stations hearing it at once may be twice this apart. */
  reachM: number;
  slackS: number;
  quietMs: number;
}

export const DEFAULT_CLONE_OPTIONS: CloneOptions = { speedKmh: 60, reachM: 500, slackS: 10, quietMs: 3_600_000 };

export interface CloneSuspect {
  bike: BikeMemo;
  a: TagSighting;
  b: TagSighting;
  distanceM: number;
  seconds: number;
}

const KEEP_MS = 15 * 60_000;

export class CloneDetector {
  private readonly recent = new Map<string, TagSighting[]>();
  private readonly quietUntil = new Map<string, number>();

  constructor(
    readonly options: CloneOptions,
    private readonly station: (id: string) => StationInfo | undefined,
  ) {}

  /** The bike's plate tag heard: a suspect when an earlier (or later) visit elsewhere is out of reach in the time between. */
  check(bike: BikeMemo, s: TagSighting, nowMs: number): CloneSuspect | null {
    let list = this.recent.get(bike.id);
    if (!list) this.recent.set(bike.id, (list = []));
    let found: CloneSuspect | null = null;
    const here = this.place(s.station);
    if (here && (this.quietUntil.get(bike.id) ?? 0) <= nowMs) {
      const metresPerS = (this.options.speedKmh * 1000) / 3600;
      for (const r of list) {
        if (r.station === s.station) continue;
        const there = this.place(r.station);
        if (!there) continue;
        const seconds = Math.max(0, s.firstMs - r.lastMs, r.firstMs - s.lastMs) / 1000;
        const d = distanceM(here, there);
        if (d > metresPerS * (seconds + this.options.slackS) + 2 * this.options.reachM) {
          found = { bike, a: r.firstMs <= s.firstMs ? r : s, b: r.firstMs <= s.firstMs ? s : r, distanceM: Math.round(d), seconds };
          this.quietUntil.set(bike.id, nowMs + this.options.quietMs);
          break;
        }
      }
    }
    const last = list.findLast((r) => r.station === s.station);
    if (last && s.firstMs - last.lastMs <= 30_000 && last.firstMs - s.lastMs <= 30_000) {
      last.firstMs = Math.min(last.firstMs, s.firstMs);
      last.lastMs = Math.max(last.lastMs, s.lastMs);
    } else list.push({ ...s });
    const from = Math.max(...list.map((r) => r.lastMs)) - KEEP_MS;
    if (list.length > 16 || list[0]!.lastMs < from) this.recent.set(bike.id, list.filter((r) => r.lastMs >= from).slice(-16));
    return found;
  }

  private place(id: string): LatLon | null {
    const s = this.station(id);
    return s && s.lat !== null && s.lon !== null ? { lat: s.lat, lon: s.lon } : null;
  }
}

/** Writes the flags and tells police and administrators, one transaction. */
export async function raiseCloneFlags(db: Database, outbox: Outbox, station: (id: string) => StationInfo | undefined, suspects: readonly CloneSuspect[]): Promise<number> {
  if (suspects.length === 0) return 0;
  await inTransaction(db, async (work) => {
    for (const x of suspects) {
      const [sa, sb] = [station(x.a.station), station(x.b.station)];
      const jurisdictions = [...new Set([...(sa?.jurisdictions ?? []), ...(sb?.jurisdictions ?? [])])].sort();
      const { rows } = await work.query<{ id: number }>(
        `INSERT INTO bike_clone_flags (tag_id, bike_id, station_a, heard_a, station_b, heard_b, distance_m, seconds, jurisdictions)
         VALUES ($1, $2, $3, to_timestamp($4::float8 / 1000), $5, to_timestamp($6::float8 / 1000), $7, $8, $9) RETURNING id::float8 AS id`,
        [x.bike.tagId, x.bike.id, x.a.station, x.a.lastMs, x.b.station, x.b.firstMs, x.distanceM, x.seconds, jurisdictions],
      );
      const flagId = rows[0]!.id;
      await outbox.notify(work, [
        {
          kind: 'bike.clone',
          resource: 'bike.clone',
          jurisdictions,
          subjectId: x.bike.id,
          payload: {
            flagId,
            bikeId: x.bike.id,
            plate: x.bike.plate,
            tagId: x.bike.tagId,
            a: { stationId: x.a.station, name: sa?.name ?? x.a.station, heardAt: new Date(x.a.lastMs).toISOString() },
            b: { stationId: x.b.station, name: sb?.name ?? x.b.station, heardAt: new Date(x.b.firstMs).toISOString() },
            distanceM: x.distanceM,
            seconds: x.seconds,
          },
        },
      ]);
    }
  });
  return suspects.length;
}

export interface CloneFlagRow {
  id: number;
  tag_id: number;
  bike_id: string;
  station_a: string;
  heard_a: Date;
  station_b: string;
  heard_b: Date;
  distance_m: number;
  seconds: number;
  jurisdictions: string[];
  flagged_at: Date;
}

export async function cloneFlags(db: Database, jurisdictions: readonly string[] | null, limit: number): Promise<CloneFlagRow[]> {
  const { rows } = await db.query<CloneFlagRow>(
    `SELECT id::float8 AS id, tag_id::float8 AS tag_id, bike_id, station_a, heard_a, station_b, heard_b, distance_m, seconds, jurisdictions, flagged_at
       FROM bike_clone_flags ${jurisdictions ? 'WHERE jurisdictions && $2::text[]' : ''} ORDER BY flagged_at DESC, id DESC LIMIT $1`,
    jurisdictions ? [limit, jurisdictions] : [limit],
  );
  return rows;
}
