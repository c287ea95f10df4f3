/**
 * Which station a tag will be heard at next, and when: a Markov model of the
 * station graph learnt from tags' positions (see positions.ts).
 *
 * - Transitions: first order (station a → b), second order (previous
 *   station p, then a → b) and third (q, p, then a → b), counted from
 *   consecutive distinct positions of one tag less than `maxGapS` apart (a
 *   longer gap is a parked bike: a new trip, not a move). Second order knows
 *   the direction of travel, which first order does not; third order a bit
 *   of the route behind, which tells apart riders heading different ways.
 *   Each backs off to the one below by Witten–Bell interpolation:
 *   λ = n / (n + t·k) for a context seen n times with t distinct
 *   successors, so a context seen often with few successors is trusted, a
 *   rare or scattered one leans on the shorter context.
 * - Travel times: per station pair, a log-binned histogram of the time from
 *   the last beacon at a to the first at b; the arrival window is a pair of
 *   its quantiles (10 % and 90 % by default), scaled by the tag's own pace.
 *
 * Pure and incremental: `observe` one position at a time as sightings come
 * in, `predict` at any time, `toJSON`/`fromJSON` to persist.
 */
import { TravelHistogram } from './travel-histogram.js';

export interface ModelOptions {
  /** Positions further apart than this (s) are different trips. */
  maxGapS: number;
  /** Witten–Bell k: higher trusts second-order contexts less. */
  backoffK: number;
  /** Quantiles of the travel time that bound the arrival window. */
  window: [number, number];
  /**
   * How far the window follows the tag's own pace on its last hop (0: not
   * at all, 1: fully): a bike that took 0.7 × the usual time from p to a is
   * expected to be quick from a to b too (a thief does not stop at lights).
   */
  paceWeight: number;
}

export const DEFAULT_MODEL_OPTIONS: ModelOptions = { maxGapS: 600, backoffK: 1, window: [0.1, 0.9], paceWeight: 0.5 };

/** A position in a track: where a tag was heard, first and last time on that visit (epoch ms). */
export interface TrackPoint {
  stationId: string;
  firstMs: number;
  lastMs?: number;
}

export interface Prediction {
  stationId: string;
  probability: number;
  /** Seconds after the last position's last beacon within which the tag should be heard at the station. */
  arrivalWindow: [number, number];
}

interface TagState {
  /** The two stations before the current one (-1: none in this trip). */
  prev2: number;
  prev: number;
  cur: number;
  lastMs: number;
}

type Counts = Map<number, number>;

/** The serialized form (v1): station ids interned, counts as flat arrays. */
export interface ModelJson {
  version: 1;
  options: ModelOptions;
  stations: string[];
  /** [a, b, n, b, n, …] per origin station. */
  first: number[][];
  /** [p, a, b, n, b, n, …] per context. */
  second: number[][];
  /** [q, p, a, b, n, b, n, …] per context (the two stations before a). */
  third: number[][];
  /** [a, b, bin, count, bin, count, …] per edge. */
  travel: number[][];
}

/** Station indices below 2^17 (131,072: a county has hundreds) pack three to a number key (< 2^51). */
const K = 1 << 17;

export class NextStationModel {
  readonly options: ModelOptions;
  private readonly ids: string[] = [];
  private readonly index = new Map<string, number>();
  private readonly first = new Map<number, Counts>();
  private readonly second = new Map<number, Counts>();
  private readonly third = new Map<number, Counts>();
  private readonly travel = new Map<number, TravelHistogram>();
  private readonly tags = new Map<string | number, TagState>();
  /** Transitions learnt. */
  transitions = 0;

  constructor(options: Partial<ModelOptions> = {}) {
    this.options = { ...DEFAULT_MODEL_OPTIONS, ...options };
  }

  get stationCount(): number {
    return this.ids.length;
  }

  /** Learns from the next position of a tag (positions of one tag must come in time order). */
  observe(tag: string | number, point: TrackPoint): void {
    const cur = this.intern(point.stationId);
    const lastMs = point.lastMs ?? point.firstMs;
    const state = this.tags.get(tag);
    if (!state || (point.firstMs - state.lastMs) / 1000 > this.options.maxGapS) {
      this.tags.set(tag, { prev2: -1, prev: -1, cur, lastMs });
      return;
    }
    if (state.cur === cur) {
      state.lastMs = Math.max(state.lastMs, lastMs);
      return;
    }
    this.learn(state.prev2, state.prev, state.cur, cur, Math.max(0, (point.firstMs - state.lastMs) / 1000));
    [state.prev2, state.prev, state.cur, state.lastMs] = [state.prev, state.cur, cur, lastMs];
  }

  /** Forgets the tags' current trips (not what was learnt): for a model restored in another process. */
  resetTracks(): void {
    this.tags.clear();
  }

  private learn(q: number, p: number, a: number, b: number, seconds: number): void {
    this.transitions++;
    bump(this.first, a, b);
    if (p >= 0) bump(this.second, p * K + a, b);
    if (q >= 0) bump(this.third, (q * K + p) * K + a, b);
    let h = this.travel.get(a * K + b);
    if (!h) this.travel.set(a * K + b, (h = new TravelHistogram()));
    h.add(seconds);
  }

  /**
   * The likely next stations after a track (oldest first; repeats of a
   * station are one position), most likely first, at most `limit`.
   * Empty when the last station was never seen followed by another.
   */
  predict(recent: readonly TrackPoint[], limit = 5): Prediction[] {
    const track = distinct(recent);
    const last = track[track.length - 1];
    if (!last) return [];
    const a = this.index.get(last.stationId);
    if (a === undefined) return [];
    const firstOrder = this.first.get(a);
    if (!firstOrder) return [];
    const before = this.chained(track, track.length - 1);
    const p = before === undefined ? undefined : this.index.get(before.stationId);
    const earlier = p === undefined ? undefined : this.chained(track, track.length - 2);
    const q = earlier === undefined ? undefined : this.index.get(earlier.stationId);
    const pace = p === undefined ? 1 : this.pace(p, a, (last.firstMs - (before!.lastMs ?? before!.firstMs)) / 1000);
    const probs = new Map<number, number>();
    const n1 = total(firstOrder);
    for (const [b, n] of firstOrder) probs.set(b, n / n1);
    // Each longer context, where seen, is mixed over the estimate of the shorter one.
    if (p !== undefined) this.interpolate(probs, this.second.get(p * K + a));
    if (p !== undefined && q !== undefined) this.interpolate(probs, this.third.get((q * K + p) * K + a));
    return [...probs]
      .sort((x, y) => y[1] - x[1])
      .slice(0, limit)
      .map(([b, probability]) => {
        const h = this.travel.get(a * K + b)!;
        return { stationId: this.ids[b]!, probability, arrivalWindow: [round1(h.quantile(this.options.window[0]) * pace), round1(h.quantile(this.options.window[1]) * pace)] };
      });
  }

  /** The position before track[i] if it belongs to the same trip (within maxGapS), else undefined. */
  private chained(track: readonly TrackPoint[], i: number): TrackPoint | undefined {
    const [before, at] = [track[i - 1], track[i]];
    if (!before || !at) return undefined;
    return (at.firstMs - (before.lastMs ?? before.firstMs)) / 1000 <= this.options.maxGapS ? before : undefined;
  }

  /** Witten–Bell: probs ← λ·(context's frequencies) + (1 − λ)·probs. */
  private interpolate(probs: Map<number, number>, context: Counts | undefined): void {
    if (!context) return;
    const n = total(context);
    const lambda = n / (n + context.size * this.options.backoffK);
    for (const [b, v] of probs) probs.set(b, (1 - lambda) * v);
    for (const [b, c] of context) probs.set(b, (probs.get(b) ?? 0) + lambda * (c / n));
  }

  /** The tag's pace on its last hop against that hop's median, damped by `paceWeight` and kept within [0.5, 2]. */
  private pace(p: number, a: number, tookS: number): number {
    const h = this.travel.get(p * K + a);
    const median = h?.quantile(0.5);
    if (!median || !(tookS > 0) || this.options.paceWeight === 0) return 1;
    return Math.min(2, Math.max(0.5, (tookS / median) ** this.options.paceWeight));
  }

  toJSON(): ModelJson {
    const flat = (m: Map<number, Counts>, split: (key: number) => number[]) => [...m].map(([key, counts]) => [...split(key), ...[...counts].flat()]);
    return {
      version: 1,
      options: this.options,
      stations: this.ids.slice(),
      first: flat(this.first, (a) => [a]),
      second: flat(this.second, (key) => [Math.floor(key / K), key % K]),
      third: flat(this.third, (key) => [Math.floor(key / (K * K)), Math.floor(key / K) % K, key % K]),
      travel: [...this.travel].map(([key, h]) => [Math.floor(key / K), key % K, ...h.toJSON()]),
    };
  }

  static fromJSON(json: ModelJson): NextStationModel {
    if (json?.version !== 1) throw new Error(`next-station model: unsupported version ${String(json?.version)}`);
    const m = new NextStationModel(json.options);
    json.stations.forEach((s) => m.intern(s));
    const station = (i: number | undefined) => {
      if (i === undefined || !Number.isInteger(i) || i < 0 || i >= m.ids.length) throw new Error(`next-station model: station index ${i} out of range`);
      return i;
    };
    const counts = (row: number[], from: number) => {
      const c: Counts = new Map();
      for (let i = from; i + 1 < row.length; i += 2) c.set(station(row[i]), row[i + 1]!);
      return c;
    };
    for (const row of json.first) m.first.set(station(row[0]), counts(row, 1));
    for (const row of json.second) m.second.set(station(row[0]) * K + station(row[1]), counts(row, 2));
    for (const row of json.third ?? []) m.third.set((station(row[0]) * K + station(row[1])) * K + station(row[2]), counts(row, 3));
    for (const row of json.travel) m.travel.set(station(row[0]) * K + station(row[1]), TravelHistogram.fromJSON(row.slice(2)));
    m.transitions = [...m.first.values()].reduce((s, c) => s + total(c), 0);
    return m;
  }

  private intern(id: string): number {
    let i = this.index.get(id);
    if (i === undefined) {
      if (this.ids.length >= K) throw new Error(`next-station model: more than ${K} stations`);
      i = this.ids.length;
      this.ids.push(id);
      this.index.set(id, i);
    }
    return i;
  }
}

function bump(m: Map<number, Counts>, key: number, b: number): void {
  let c = m.get(key);
  if (!c) m.set(key, (c = new Map()));
  c.set(b, (c.get(b) ?? 0) + 1);
}

function total(c: Counts): number {
  let n = 0;
  for (const v of c.values()) n += v;
  return n;
}

/** Consecutive repeats of one station merged into one position. */
function distinct(track: readonly TrackPoint[]): TrackPoint[] {
  const out: TrackPoint[] = [];
  for (const t of track) {
    const last = out[out.length - 1];
    if (last && last.stationId === t.stationId) out[out.length - 1] = { stationId: t.stationId, firstMs: last.firstMs, lastMs: Math.max(last.lastMs ?? last.firstMs, t.lastMs ?? t.firstMs) };
    else out.push(t);
  }
  return out;
}

const round1 = (s: number) => Math.round(s * 10) / 10;
