/**
 * From what stations report to where a tag was: one tag's sightings (each a
 * station, a batch window's first and last time heard, its strongest RSSI)
 * become a sequence of positions, one station each, in time order.
 *
 * 1. Visits: a station's sightings of the tag in consecutive windows (gaps
 *    under `visitGapMs`) are one visit, from the first to the last beacon.
 * 2. Stations heard at once: where visits of different stations overlap in
 *    time, the tag was within reach of both; the position is the station
 *    with the strongest RSSI, and overlapping weaker visits are dropped
 *    (non-maximum suppression: strongest first, each accepted visit
 *    suppresses the weaker ones overlapping it, not a transitive cluster,
 *    so two strong stations passed one after the other both stay even when
 *    a weak third one between them overlaps both).
 *
 * Why the strongest and not an RSSI-weighted blend: the predictor reasons in
 * stations (nodes of the station graph), not coordinates; a weighted point
 * between two stations is no station, and would have to be snapped back to
 * one anyway. The strongest RSSI is, on average, the nearest station: the
 * one the bike actually rode by. With shadowing of ~4 dB, two stations at
 * nearly equal distance can swap, and the choice is then as good as a coin,
 * which is also what a weighted choice would give.
 */
export interface TagSighting {
  station: string;
  rssiDbm: number;
  /** Epoch ms of the first and last beacon heard in the window. */
  firstMs: number;
  lastMs: number;
}

export interface Position {
  station: string;
  /** First and last heard at this station on this visit, epoch ms. */
  firstMs: number;
  lastMs: number;
  rssiDbm: number;
}

export interface CollapseOptions {
  /** Sightings of one station this close together (ms) are one visit. */
  visitGapMs?: number;
  /** Visits overlapping by less than this (ms) do not count as heard at once. */
  overlapSlackMs?: number;
}

export function collapseSightings(sightings: readonly TagSighting[], options: CollapseOptions = {}): Position[] {
  const visitGapMs = options.visitGapMs ?? 30_000;
  const slack = options.overlapSlackMs ?? 0;
  const sorted = [...sightings].sort((a, b) => a.firstMs - b.firstMs);
  const visits: Position[] = [];
  const openByStation = new Map<string, Position>();
  for (const s of sorted) {
    const v = openByStation.get(s.station);
    if (v && s.firstMs - v.lastMs <= visitGapMs) {
      v.lastMs = Math.max(v.lastMs, s.lastMs);
      v.rssiDbm = Math.max(v.rssiDbm, s.rssiDbm);
      continue;
    }
    const visit = { station: s.station, firstMs: s.firstMs, lastMs: s.lastMs, rssiDbm: s.rssiDbm };
    openByStation.set(s.station, visit);
    visits.push(visit);
  }
  const byStrength = [...visits].sort((a, b) => b.rssiDbm - a.rssiDbm || a.firstMs - b.firstMs);
  const kept: Position[] = [];
  for (const v of byStrength) {
    const overlaps = kept.some((k) => v.firstMs < k.lastMs - slack && k.firstMs < v.lastMs - slack);
    if (!overlaps) kept.push(v);
  }
  return kept.sort((a, b) => a.firstMs - b.firstMs);
}
