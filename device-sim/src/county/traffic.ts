/**
 * The riders' traffic and what the stations hear of it, in fast mode: a
 * whole day of every rider is computed at once (trips, station passes,
 * sighting records), for scoring and benchmark data; the real-time feed
 * plays the same records against the clock. Every (rider, day) draws from
 * its own seeded stream, so a day is the same whichever riders are
 * computed, and in whatever order.
 *
 * What the simulator knows and the platform does not: each trip (route,
 * times, stolen or not) and each pass of a tag by a station (closest
 * approach, beacons heard, including passes heard by no beacon at all).
 */
import { seededRandom } from '@watchpost/firmware-protocol/testing';
import type { County } from './county.js';
import { planDay } from './day-plan.js';
import { Coverage, DEFAULT_RADIO, hearBeacon, type Contact, type RadioParams } from './radio.js';
import type { Rider } from './riders.js';
import { route, timeRoute, type Leg, type Trip } from './trip.js';
import type { Pt } from './geo.js';

export const DAY_S = 86_400;
/** Day 0 of the simulation: Monday 5 January 2026, 00:00 China time (UTC+8). */
const OUTAGE_RATE = 0.02;
const LAST_ERRAND_S = 23.5 * 3600;
export const DEFAULT_EPOCH_MS = Date.UTC(2026, 0, 4, 16);

/** What a station reports for one tag in one batch window (a `Sighting` of a `SightingBatch`). */
export interface SightingRecord {
  station: number;
  tag: number;
  windowStartMs: number;
  rssiDbm: number;
  firstOffsetMs: number;
  lastOffsetMs: number;
  count: number;
}

/** The truth of one tag going by one station. */
export interface Pass {
  tag: number;
  rider: number;
  trip: number;
  station: number;
  /** Seconds since the epoch at the closest approach. */
  closestS: number;
  closestM: number;
  /** Beacons the station heard (0: it missed the tag altogether). */
  heard: number;
  rssiMaxDbm: number;
}

export interface TrafficSink {
  trip?(trip: Trip): void;
  pass?(pass: Pass): void;
  sighting?(record: SightingRecord): void;
}

export interface TrafficOptions {
  seed?: number;
  /** The stations' batch window, ms of simulated time. */
  windowMs?: number;
  epochMs?: number;
  radio?: Partial<RadioParams>;
}

export interface Theft {
  rider: number;
  /** Seconds since the epoch: the thief takes the bike at this time, or when it is next parked. */
  atS: number;
  /** Where the thief rides it; the bike's tag is heard on the way, the owner's fob is not. */
  to: number;
}

export class Traffic {
  readonly coverage: Coverage;
  readonly windowMs: number;
  readonly epochMs: number;
  readonly seed: number;
  private readonly phaseMs: Float64Array;
  private readonly thefts = new Map<number, Theft>();
  private tripIds = 0;
  private readonly outages = new Map<number, Map<number, [number, number]>>();
  private down = new Map<number, [number, number]>();
  private readonly villagesOf: number[][];

  constructor(
    readonly county: County,
    readonly riders: readonly Rider[],
    options: TrafficOptions = {},
  ) {
    this.seed = options.seed ?? county.seed;
    this.windowMs = options.windowMs ?? 10_000;
    this.epochMs = options.epochMs ?? DEFAULT_EPOCH_MS;
    this.villagesOf = county.towns.map((t) => county.villages.filter((v) => v.town === t.index).map((v) => v.node));
    this.coverage = new Coverage(county.graph, county.stations, { ...DEFAULT_RADIO, ...options.radio });
    // Stations are not in step: each closes its windows at its own phase.
    this.phaseMs = Float64Array.from(county.stations, (_, i) => (i * 7_919) % this.windowMs);
  }

  get radio(): RadioParams {
    return this.coverage.params;
  }

  /** Schedules a theft; from then on the owner's bike rides only with the thief. */
  addTheft(theft: Theft): void {
    this.thefts.set(theft.rider, theft);
  }

  simulateDay(day: number, sink: TrafficSink, riders: Iterable<Rider> = this.riders): void {
    for (const r of riders) this.simulateRiderDay(r, day, sink);
  }

  /** The trips a rider's bike makes on a day (with a theft, the thief's ride ends the list). */
  tripsOf(rider: Rider, day: number): Trip[] {
    const rand = seededRandom((this.seed * 73_856_093) ^ (rider.index * 19_349_663) ^ (day * 83_492_791));
    const theft = this.thefts.get(rider.index);
    const dayStart = day * DAY_S;
    if (theft && theft.atS < dayStart) return [];
    const graph = this.county.graph;
    // Relatives mostly live in a village of the rider's own town, sometimes anywhere in the county.
    const near = this.villagesOf[rider.town]!;
    const home = graph.nodes[rider.home]!;
    const visit = () => {
      if (rand() < 0.7 && near.length) return near[Math.floor(rand() * near.length)]!;
      for (let k = 0; k < 20; k++) {
        const n = Math.floor(rand() * graph.nodes.length);
        if (Math.hypot(graph.nodes[n]![0] - home[0], graph.nodes[n]![1] - home[1]) < 12_000) return n;
      }
      return rider.errands[0]!;
    };
    const trips: Trip[] = [];
    let at = rider.home;
    let free = dayStart;
    for (const plan of planDay(rider, day, rand, visit)) {
      const depart = Math.max(dayStart + plan.departS, free + plan.minDwellS);
      if (theft && depart >= theft.atS) break;
      // A day that ran late ends with the ride home: no more errands after 23:30.
      if (depart > dayStart + LAST_ERRAND_S && plan.to !== rider.home) continue;
      const edges = route(graph, at, plan.to, rand, undefined, seededRandom((this.seed * 40_503) ^ (rider.index * 9_176_953) ^ (at * 65_537) ^ plan.to));
      if (!edges) {
        // Already there (the school next door): the stop still takes its time.
        free = Math.max(free, depart);
        continue;
      }
      const legs = timeRoute(graph, at, edges, depart, { speedKmh: rider.speedKmh }, rand);
      trips.push(this.trip(rider, plan.purpose, at, plan.to, legs, false));
      at = plan.to;
      free = legs[legs.length - 1]!.t1;
    }
    if (theft && theft.atS < dayStart + DAY_S) {
      const edges = route(graph, at, theft.to, rand, 0.3);
      if (edges) trips.push(this.trip(rider, 'stolen', at, theft.to, timeRoute(graph, at, edges, Math.max(theft.atS, free), { speedKmh: 24, waits: false }, rand), true));
    }
    return trips;
  }

  /**
   * Stations are not always up: each, each day, is down with a 2 % chance
   * for 1–8 hours (power cut, backhaul, maintenance). Seconds since the
   * epoch; the tags going by are not heard meanwhile.
   */
  outagesOn(day: number): Map<number, [number, number]> {
    let cached = this.outages.get(day);
    if (cached) return cached;
    cached = new Map();
    const rand = seededRandom((this.seed * 1_597_334_677) ^ (day * 2_891_336_453));
    for (let s = 0; s < this.county.stations.length; s++) {
      if (rand() >= OUTAGE_RATE) continue;
      const from = day * DAY_S + rand() * DAY_S;
      cached.set(s, [from, from + 3600 * (1 + rand() * 7)]);
    }
    if (this.outages.size > 8) this.outages.delete(this.outages.keys().next().value!);
    this.outages.set(day, cached);
    return cached;
  }

  simulateRiderDay(rider: Rider, day: number, sink: TrafficSink): void {
    const trips = this.tripsOf(rider, day);
    if (trips.length === 0) return;
    this.down = this.outagesOn(day);
    const rand = seededRandom((this.seed * 2_246_822_519) ^ (rider.index * 3_266_489_917) ^ (day * 668_265_263));
    for (const trip of trips) {
      sink.trip?.(trip);
      this.hear(trip, rider.bikeTag, this.radio.bikeTxDbm + rider.bikeTxOffsetDb, rider.beaconPhaseMs, sink, rand);
      if (rider.fobTag != null && !trip.stolen) this.hear(trip, rider.fobTag, this.radio.fobTxDbm + rider.fobTxOffsetDb, (rider.beaconPhaseMs + 977) % this.radio.beaconPeriodMs, sink, rand);
    }
  }

  private trip(rider: Rider, purpose: string, from: number, to: number, legs: Leg[], stolen: boolean): Trip {
    return { id: ++this.tripIds, rider: rider.index, purpose, from, to, legs, startS: legs[0]!.t0, endS: legs[legs.length - 1]!.t1, stolen };
  }

  /** Every beacon of one tag along a trip near a station: passes (truth) and per-window sightings (what stations report). */
  private hear(trip: Trip, tag: number, txDbm: number, phaseMs: number, sink: TrafficSink, rand: () => number): void {
    const open: OpenPass[] = [];
    const { graph, stations } = this.county;
    const period = this.radio.beaconPeriodMs;
    for (let li = 0; li < trip.legs.length; li++) {
      const leg = trip.legs[li]!;
      const edge = leg.edge >= 0 ? graph.edges[leg.edge]! : null;
      const contacts = edge ? this.coverage.byEdge[leg.edge]! : this.coverage.byNode[leg.node]!;
      // Arc length from node a at time t: s = s0 + v·(t - t0).
      const v = edge ? ((leg.forward ? 1 : -1) * edge.length) / (leg.t1 - leg.t0) : 0;
      const s0 = edge && !leg.forward ? edge.length : 0;
      for (const c of contacts) {
        let p: OpenPass | undefined;
        for (const o of open) if (o.station === c.station) p = o;
        if (!p) {
          p = { station: c.station, closestS: 0, closestM: Infinity, heard: 0, rssiMax: -150, window: Number.NaN, agg: null, leg: li };
          open.push(p);
        }
        p.leg = li;
        let ta = leg.t0;
        let tb = leg.t1;
        if (edge) {
          const ec = c as Contact;
          const [t1, t2] = [leg.t0 + (ec.sFrom - s0) / v, leg.t0 + (ec.sTo - s0) / v];
          [ta, tb] = t1 < t2 ? [t1, t2] : [t2, t1];
          if (ec.dMin < p.closestM) [p.closestM, p.closestS] = [ec.dMin, leg.t0 + (ec.sClosest - s0) / v];
        } else {
          const nc = c as { d: number };
          if (nc.d < p.closestM) [p.closestM, p.closestS] = [nc.d, (leg.t0 + leg.t1) / 2];
        }
        const outage = this.down.get(c.station);
        if (outage && tb > outage[0] && ta < outage[1]) continue;
        const [sx, sy] = stations[c.station]!.at;
        const sensitivity = this.coverage.sensitivity[c.station]!;
        const waitD2 = edge ? 0 : (c as { d: number }).d ** 2;
        for (let k = Math.ceil((ta * 1000 - phaseMs) / period); k * period + phaseMs <= tb * 1000; k++) {
          const tMs = k * period + phaseMs;
          const d2 = edge ? distance2Along(edge.line, edge.cum, s0 + v * (tMs / 1000 - leg.t0), sx, sy) : waitD2;
          const rssi = hearBeacon(this.radio, txDbm, sensitivity, d2, rand);
          if (rssi === rssi) this.record(p, tag, tMs, rssi, sink);
        }
      }
      for (let i = open.length - 1; i >= 0; i--) {
        if (open[i]!.leg === li) continue;
        this.close(open[i]!, tag, trip, sink);
        open.splice(i, 1);
      }
    }
    for (const p of open) this.close(p, tag, trip, sink);
  }

  private close(p: OpenPass, tag: number, trip: Trip, sink: TrafficSink): void {
    this.flush(p, sink);
    sink.pass?.({ tag, rider: trip.rider, trip: trip.id, station: p.station, closestS: p.closestS, closestM: p.closestM, heard: p.heard, rssiMaxDbm: p.rssiMax });
  }

  private record(p: OpenPass, tag: number, tSimMs: number, rssi: number, sink: TrafficSink): void {
    p.heard++;
    p.rssiMax = Math.max(p.rssiMax, rssi);
    const phase = this.phaseMs[p.station]!;
    const window = Math.floor((tSimMs - phase) / this.windowMs);
    if (window !== p.window || !p.agg) {
      this.flush(p, sink);
      p.window = window;
      const windowStartMs = this.epochMs + window * this.windowMs + phase;
      p.agg = { station: p.station, tag, windowStartMs, rssiDbm: rssi, firstOffsetMs: 0, lastOffsetMs: 0, count: 0 };
      p.agg.firstOffsetMs = this.epochMs + tSimMs - windowStartMs;
    }
    const agg = p.agg!;
    agg.rssiDbm = Math.max(agg.rssiDbm, rssi);
    agg.lastOffsetMs = this.epochMs + tSimMs - agg.windowStartMs;
    agg.count++;
  }

  private flush(p: OpenPass, sink: TrafficSink): void {
    if (p.agg) sink.sighting?.(p.agg);
    p.agg = null;
  }
}

interface OpenPass {
  station: number;
  closestS: number;
  closestM: number;
  heard: number;
  rssiMax: number;
  window: number;
  agg: SightingRecord | null;
  /** The last leg that came within reach; a pass ends at the first leg that does not. */
  leg: number;
}

/** Squared distance from (sx, sy) to the point at arc length s along a line (no allocation: called per beacon). */
function distance2Along(line: readonly Pt[], cum: Float64Array, s: number, sx: number, sy: number): number {
  let lo = 0;
  let hi = line.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (cum[mid]! <= s) lo = mid;
    else hi = mid;
  }
  const seg = cum[hi]! - cum[lo]!;
  const f = seg > 0 ? (s - cum[lo]!) / seg : 0;
  const a = line[lo]!;
  const b = line[hi]!;
  const dx = a[0] + (b[0] - a[0]) * f - sx;
  const dy = a[1] + (b[1] - a[1]) * f - sy;
  return dx * dx + dy * dy;
}
