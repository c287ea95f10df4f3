/**
 * A tag's track from its positions (prediction/positions.ts makes them from
 * sightings: one station per visit, the strongest where several heard the
 * tag at once): its stops, its trips between them with their statistics,
 * and, for long ranges, the positions folded into time buckets. Pure.
 *
 * Stops, two kinds:
 * - dwell: heard at one station for longer than `stopAfterMs` (parked within
 *   reach of it);
 * - unheard: not heard anywhere for longer than `stopAfterMs` (parked out of
 *   every station's reach, after the last station it passed).
 * A trip is what lies between two stops, if it passed two stations or more:
 * from its first station (or leaving a dwell) to its last (or arriving at
 * one), with the distance along its stations (straight lines between
 * consecutive stations: a lower bound of the road distance), its duration and
 * average speed.
 */
import type { Position } from '../prediction/positions.js';

export interface StationPoint {
  lat: number;
  lon: number;
}

/** Where a station stands; null when it is not placed. */
export type StationLocator = (stationId: string) => StationPoint | null;

export interface Stop {
  kind: 'dwell' | 'unheard';
  /** Where the bike was: the station it dwelt at, or the last one it passed before going unheard. */
  station: string;
  fromMs: number;
  toMs: number;
  /** The station it was heard at next, if any within the range. */
  nextStation: string | null;
}

export interface Trip {
  startMs: number;
  endMs: number;
  fromStation: string;
  toStation: string;
  /** Positions on the way, and how many different stations. */
  positions: number;
  stations: number;
  /** Along the stations passed, in metres (stations without a place are left out of the sum). */
  distanceM: number;
  durationS: number;
  /** null for a trip of no duration. */
  avgSpeedKmh: number | null;
}

export interface TripsAndStops {
  trips: Trip[];
  stops: Stop[];
}

/** Splits a track (positions in time order) into trips at its stops. */
export function tripsAndStops(positions: readonly Position[], locate: StationLocator, stopAfterMs: number): TripsAndStops {
  const trips: Trip[] = [];
  const stops: Stop[] = [];
  let leg: Position[] = [];
  let legStartMs = 0;
  const close = (endMs: number) => {
    const trip = tripOf(leg, legStartMs, endMs, locate);
    if (trip) trips.push(trip);
  };
  positions.forEach((p, i) => {
    const prev = leg.at(-1);
    if (prev && p.firstMs - prev.lastMs > stopAfterMs) {
      stops.push({ kind: 'unheard', station: prev.station, fromMs: prev.lastMs, toMs: p.firstMs, nextStation: p.station });
      close(prev.lastMs);
      leg = [];
    }
    if (leg.length === 0) legStartMs = p.firstMs;
    leg.push(p);
    if (p.lastMs - p.firstMs > stopAfterMs) {
      stops.push({ kind: 'dwell', station: p.station, fromMs: p.firstMs, toMs: p.lastMs, nextStation: positions[i + 1]?.station ?? null });
      // The trip ends on arriving here; the next one leaves from here.
      close(p.firstMs);
      leg = [p];
      legStartMs = p.lastMs;
    }
  });
  const last = leg.at(-1);
  if (last) close(last.lastMs);
  return { trips, stops };
}

function tripOf(leg: readonly Position[], startMs: number, endMs: number, locate: StationLocator): Trip | null {
  const stations = new Set(leg.map((p) => p.station));
  if (stations.size < 2) return null;
  let distanceM = 0;
  let from: StationPoint | null = null;
  let fromStation: string | null = null;
  for (const p of leg) {
    if (p.station === fromStation) continue;
    const here = locate(p.station);
    if (!here) continue;
    if (from) distanceM += metresBetween(from, here);
    from = here;
    fromStation = p.station;
  }
  const durationS = Math.max(0, (endMs - startMs) / 1000);
  return {
    startMs,
    endMs,
    fromStation: leg[0]!.station,
    toStation: leg.at(-1)!.station,
    positions: leg.length,
    stations: stations.size,
    distanceM: Math.round(distanceM),
    durationS: Math.round(durationS),
    avgSpeedKmh: durationS > 0 ? round1((distanceM / durationS) * 3.6) : null,
  };
}

const EARTH_RADIUS_M = 6_371_008.8;

/** Great-circle distance (haversine). */
export function metresBetween(a: StationPoint, b: StationPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export interface Bucket {
  startMs: number;
  /** First and last heard in the bucket. */
  firstMs: number;
  lastMs: number;
  /** Where the bike was at the bucket's end: the last station heard in it. */
  station: string;
  /** The stations passed, in order, each once. */
  stations: string[];
  positions: number;
}

const MINUTE = 60_000;
/** Bucket widths a long track is folded into: the narrowest that keeps it under the limit. */
const BUCKET_LADDER_MS = [1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440].map((m) => m * MINUTE);

export function bucketWidthMs(rangeMs: number, maxBuckets: number): number {
  return BUCKET_LADDER_MS.find((w) => rangeMs / w <= maxBuckets) ?? BUCKET_LADDER_MS.at(-1)!;
}

/** Positions folded into time buckets from `fromMs` (only buckets the bike was heard in). */
export function bucketsOf(positions: readonly Position[], fromMs: number, widthMs: number): Bucket[] {
  const buckets: Bucket[] = [];
  for (const p of positions) {
    const startMs = fromMs + Math.floor((p.firstMs - fromMs) / widthMs) * widthMs;
    let b = buckets.at(-1);
    if (!b || b.startMs !== startMs) buckets.push((b = { startMs, firstMs: p.firstMs, lastMs: p.lastMs, station: p.station, stations: [], positions: 0 }));
    b.lastMs = Math.max(b.lastMs, p.lastMs);
    b.station = p.station;
    if (!b.stations.includes(p.station)) b.stations.push(p.station);
    b.positions += 1;
  }
  return buckets;
}
