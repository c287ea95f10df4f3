/**
 * The radio between a tag and a base station. An active 2.4 GHz tag beacons
 * every ~2 s; a station hears a beacon when its RSSI, by log-distance path
 * loss plus log-normal shadowing, reaches the reader's sensitivity, and even
 * then misses some (collisions, interference). Each station's sensitivity
 * is set by its nominal range: the distance at which a plate tag's mean
 * RSSI equals it (30–80 m: antennas, mounting, surroundings differ). A key
 * fob in a pocket radiates less, so it is heard over a shorter distance.
 *
 * Coverage is precomputed: for every road edge, the stretches within reach
 * of each station, so a ride only evaluates beacons near stations.
 */
import { dist, pointAlong, segmentDistance, type Pt } from './geo.js';
import type { RoadGraph } from './road-graph.js';

export interface RadioParams {
  /** Mean RSSI at 1 m of a plate tag and of a fob, dBm. */
  bikeTxDbm: number;
  fobTxDbm: number;
  pathLossExponent: number;
  shadowingSigmaDb: number;
  /** Share of beacons lost even above sensitivity. */
  missRate: number;
  beaconPeriodMs: number;
  /** Antenna height above the rider, metres (the distance never drops below it). */
  antennaHeightM: number;
}

export const DEFAULT_RADIO: RadioParams = { bikeTxDbm: -45, fobTxDbm: -53, pathLossExponent: 2.5, shadowingSigmaDb: 4, missRate: 0.2, beaconPeriodMs: 2000, antennaHeightM: 4 };

/** Beyond this multiple of its nominal range a station hears nothing worth computing (mean RSSI 5 dB, 1.3σ, below sensitivity: such a beacon is heard one time in ten at most). */
export const REACH_FACTOR = 1.6;

export function meanRssi(params: RadioParams, txDbm: number, distanceM: number): number {
  return txDbm - 10 * params.pathLossExponent * Math.log10(Math.max(1, distanceM));
}

export function sensitivityDbm(params: RadioParams, rangeM: number): number {
  return meanRssi(params, params.bikeTxDbm, rangeM);
}

/**
 * Standard normal deviates at 4,096 evenly spaced quantiles: one table
 * look-up per beacon instead of a Box–Muller draw (the fast mode hears tens
 * of millions of beacons a day), as random and as seeded as the stream.
 */
const NORMAL = (() => {
  const seeded = Array.from({ length: 4096 }, (_, i) => inverseNormal((i + 0.5) / 4096));
  return Float64Array.from(seeded);
})();

/** Acklam's rational approximation of the normal quantile function (|error| < 1.2e-9). */
function inverseNormal(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628274631];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const lo = 0.02425;
  if (p < lo || p > 1 - lo) {
    const q = Math.sqrt(-2 * Math.log(p < lo ? p : 1 - p));
    const v = (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
    return p < lo ? v : -v;
  }
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
}

/**
 * One beacon at horizontal distance² `d2` (m²): its RSSI as heard (whole
 * dBm), or NaN when the station missed it.
 */
export function hearBeacon(params: RadioParams, txDbm: number, sensitivity: number, d2: number, rand: () => number): number {
  if (rand() < params.missRate) return NaN;
  const h2 = params.antennaHeightM * params.antennaHeightM;
  // 10·n·log10(d) = 5·n·log10(d²): no square root.
  const rssi = txDbm - 5 * params.pathLossExponent * Math.log10(Math.max(1, d2 + h2)) + NORMAL[(rand() * 4096) | 0]! * params.shadowingSigmaDb;
  if (rssi < sensitivity) return NaN;
  return Math.max(-120, Math.min(-20, Math.round(rssi)));
}

/** A stretch of an edge within reach of a station, in arc length from the edge's node a. */
export interface Contact {
  station: number;
  sFrom: number;
  sTo: number;
  /** Where along the edge the road passes closest, and how close. */
  sClosest: number;
  dMin: number;
}

export interface StationSite {
  at: Pt;
  rangeM: number;
}

export class Coverage {
  readonly byEdge: Contact[][];
  /** Stations within reach of each node (for waits), with the distance. */
  readonly byNode: { station: number; d: number }[][];
  readonly sensitivity: Float64Array;

  constructor(
    readonly graph: RoadGraph,
    readonly stations: readonly StationSite[],
    readonly params: RadioParams = DEFAULT_RADIO,
  ) {
    this.sensitivity = Float64Array.from(stations, (s) => sensitivityDbm(params, s.rangeM));
    this.byEdge = graph.edges.map((e) => this.edgeContacts(e.line, e.cum));
    this.byNode = graph.nodes.map((p) =>
      stations.flatMap((s, station) => {
        const d = dist(p, s.at);
        return d <= s.rangeM * REACH_FACTOR ? [{ station, d }] : [];
      }),
    );
  }

  private edgeContacts(line: Pt[], cum: Float64Array): Contact[] {
    const out: Contact[] = [];
    const xs = line.map((p) => p[0]);
    const ys = line.map((p) => p[1]);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const length = cum[cum.length - 1]!;
    this.stations.forEach((s, station) => {
      const reach = s.rangeM * REACH_FACTOR;
      if (s.at[0] < x0 - reach || s.at[0] > x1 + reach || s.at[1] < y0 - reach || s.at[1] > y1 + reach) return;
      let near = false;
      for (let i = 1; i < line.length && !near; i++) near = segmentDistance(s.at, line[i - 1]!, line[i]!).d <= reach;
      if (!near) return;
      // Sampled every 2 m: contiguous runs within reach (a bending road may pass a station twice).
      let run: Contact | null = null;
      const step = 2;
      for (let sArc = 0; sArc <= length + step; sArc += step) {
        const at = Math.min(sArc, length);
        const d = dist(pointAlong(line, cum, at), s.at);
        if (d <= reach) {
          run ??= { station, sFrom: at, sTo: at, sClosest: at, dMin: d };
          run.sTo = at;
          if (d < run.dMin) {
            run.dMin = d;
            run.sClosest = at;
          }
        } else if (run) {
          out.push(run);
          run = null;
        }
        if (at === length) break;
      }
      if (run) out.push(run);
    });
    return out;
  }
}
