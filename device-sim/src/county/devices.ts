/**
 * Where the county's devices stand. Base stations: at every town entrance
 * and county-road junction first, then at town crossings (central ones and
 * main streets first, at least two per town), and along the county roads
 * every km or two; never closer than 150 m to another. Alarm pillars: at the
 * landmarks, then along main streets. Registration points: one per town
 * government, and at the seat's market and bus station.
 */
import { dist, pointAlong, type Pt } from './geo.js';
import type { CountyRoads } from './county-roads.js';
import type { Landmark } from './landmarks.js';
import type { RoadGraph } from './road-graph.js';
import type { Town } from './towns.js';

export const FULL_STATIONS = 559;
export const FULL_PILLARS = 300;
const MIN_STATION_SPACING_M = 150;
const MIN_PILLAR_SPACING_M = 120;
/** Share of the stations along county roads (between towns). */
const COUNTY_ROAD_SHARE = 0.3;

export interface SimStation {
  key: string;
  name: string;
  at: Pt;
  /** Nominal reading range, metres: where a tag's mean RSSI meets the reader's sensitivity. */
  rangeM: number;
  town: number;
  site: 'entrance' | 'junction' | 'crossing' | 'county_road';
}

export interface SimPillar {
  key: string;
  name: string;
  at: Pt;
  town: number;
}

export interface RegistrationPoint {
  key: string;
  name: string;
  at: Pt;
  town: number;
}

export function placeStations(graph: RoadGraph, towns: readonly Town[], roads: CountyRoads, scale: number, rand: () => number): SimStation[] {
  const total = Math.max(1, Math.round(FULL_STATIONS * scale));
  const chosen: SimStation[] = [];
  const free = (p: Pt) => chosen.every((s) => dist(s.at, p) >= MIN_STATION_SPACING_M);
  const add = (at: Pt, town: number, site: SimStation['site'], name: string) => {
    if (chosen.length >= total || !free(at)) return false;
    chosen.push({ key: `st-${String(chosen.length + 1).padStart(4, '0')}`, name, at, rangeM: 30 + rand() * 50, town, site });
    return true;
  };
  const townName = (t: number) => (t >= 0 ? towns[t]!.spec.shortZh : '');
  const crossingName = (n: number) => {
    const names = [...new Set(graph.edgesAt(n).map((e) => graph.edges[e]!.nameZh))];
    return names.length >= 2 ? `${names[0]}与${names[1]}交叉口` : `${names[0] ?? ''}`;
  };

  const fixedCap = Math.round(total * 0.15);
  for (const [node, town] of shuffle([...new Map(roads.entrances.map(([n, t]) => [n, t] as const))], rand)) {
    if (chosen.length >= fixedCap) break;
    add(graph.nodes[node]!, town, 'entrance', `${townName(town)}${graph.edges[graph.edgesAt(node).find((e) => graph.edges[e]!.kind === 'county_road') ?? graph.edgesAt(node)[0]!]!.nameZh}入口基站`);
  }
  for (const node of shuffle(roads.junctions.slice(), rand)) {
    if (chosen.length >= fixedCap) break;
    add(graph.nodes[node]!, -1, 'junction', `${crossingName(node)}基站`);
  }

  const roadQuota = Math.round(total * COUNTY_ROAD_SHARE);
  const crossingQuota = total - chosen.length - roadQuota;
  const crossings = towns.flatMap((t) =>
    t.nodes
      .filter((n) => graph.degree(n) >= 3)
      .map((n) => {
        const central = 1 - Math.min(1, dist(graph.nodes[n]!, t.center) / t.radius);
        const main = t.mainNodes.includes(n) ? 0.5 : 0;
        return { n, town: t.index, score: 2 * central + main + rand() };
      }),
  );
  crossings.sort((a, b) => b.score - a.score);
  const limit = chosen.length + crossingQuota;
  const placeCrossing = (c: { n: number; town: number }) => chosen.length < limit && add(graph.nodes[c.n]!, c.town, 'crossing', `${townName(c.town)}${crossingName(c.n)}基站`);
  // Every town its two most central crossings first, then the county's best.
  for (const t of towns)
    crossings
      .filter((c) => c.town === t.index)
      .slice(0, 2)
      .forEach(placeCrossing);
  crossings.forEach(placeCrossing);

  // The rest along the county roads, evenly by length; K-markers count from each road's start.
  const roadLength = roads.edges.reduce((s, e) => s + graph.edges[e]!.length, 0);
  const spacing = roadLength / Math.max(1, total - chosen.length);
  const offsetOf = new Map<string, number>();
  for (const e of roads.edges) {
    const edge = graph.edges[e]!;
    const start = offsetOf.get(edge.nameZh) ?? 0;
    offsetOf.set(edge.nameZh, start + edge.length);
    const k = Math.round(edge.length / spacing);
    for (let i = 0; i < k; i++) {
      const s = ((i + 0.5) * edge.length) / k;
      const [x, y] = pointAlong(edge.line, edge.cum, s);
      const km = (start + s) / 1000;
      add([x + 6, y + 6], -1, 'county_road', kMarkerName(edge.nameZh, km));
    }
  }
  // Rounding and spacing can leave a few short: fill them in at random spots of the county roads.
  for (let tries = 0; chosen.length < total && tries < 10_000; tries++) {
    const e = roads.edges[Math.floor(rand() * roads.edges.length)]!;
    const edge = graph.edges[e]!;
    const [x, y] = pointAlong(edge.line, edge.cum, rand() * edge.length);
    add([x + 6, y + 6], -1, 'county_road', kMarkerName(edge.nameZh, ((offsetOf.get(edge.nameZh) ?? 0) / 1000) * rand()));
  }
  return chosen;
}

export function placePillars(graph: RoadGraph, towns: readonly Town[], landmarks: readonly Landmark[], scale: number, rand: () => number): SimPillar[] {
  const total = Math.max(0, Math.round(FULL_PILLARS * scale));
  const out: SimPillar[] = [];
  const add = (at: Pt, town: number, name: string) => {
    if (out.length >= total || out.some((p) => dist(p.at, at) < MIN_PILLAR_SPACING_M)) return;
    out.push({ key: `pl-${String(out.length + 1).padStart(4, '0')}`, name, at, town });
  };
  // A pillar stands a few metres off its crossing, on the pavement.
  const beside = (p: Pt): Pt => [p[0] + 8 + rand() * 10, p[1] - 8 - rand() * 10];
  const order: Record<string, number> = { square: 0, school: 1, market: 2, bus_station: 3, hospital: 4, government: 5, park: 6 };
  for (const l of [...landmarks].sort((a, b) => (order[a.kind] ?? 9) - (order[b.kind] ?? 9))) add(beside(graph.nodes[l.node]!), l.town, `${l.zh}报警柱`);
  const streets = towns.flatMap((t) => t.mainNodes.map((n) => ({ n, t, score: 1 - dist(graph.nodes[n]!, t.center) / t.radius + rand() })));
  streets.sort((a, b) => b.score - a.score);
  const counter = new Map<string, number>();
  for (const { n, t } of streets) {
    const road = graph.edges[graph.edgesAt(n)[0]!]!.nameZh;
    const k = (counter.get(road) ?? 0) + 1;
    counter.set(road, k);
    add(beside(graph.nodes[n]!), t.index, `${t.spec.shortZh}${road}${k}号报警柱`);
  }
  // Then side streets, central ones first, until the count is reached.
  const rest = towns.flatMap((t) => t.nodes.filter((n) => !t.mainNodes.includes(n)).map((n) => ({ n, t, score: 1 - dist(graph.nodes[n]!, t.center) / t.radius + rand() })));
  rest.sort((a, b) => b.score - a.score);
  for (const { n, t } of rest) {
    const road = graph.edges[graph.edgesAt(n)[0]!]!.nameZh;
    const k = (counter.get(road) ?? 0) + 1;
    counter.set(road, k);
    add(beside(graph.nodes[n]!), t.index, `${t.spec.shortZh}${road}${k}号报警柱`);
  }
  return out;
}

export function placeRegistrationPoints(graph: RoadGraph, towns: readonly Town[], landmarks: readonly Landmark[]): RegistrationPoint[] {
  const sites = landmarks.filter((l) => l.kind === 'government' || (towns[l.town]!.spec.size >= 8 && (l.kind === 'bus_station' || (l.kind === 'market' && l.zh.endsWith('城农贸市场')))));
  return sites.map((l, i) => ({
    key: `rp-${String(i + 1).padStart(3, '0')}`,
    name: `${towns[l.town]!.spec.shortZh}电动车登记点${l.kind === 'government' ? '' : `（${l.zh}）`}`,
    at: graph.nodes[l.node]!,
    town: l.town,
  }));
}

const kMarkerName = (road: string, km: number) => `${road}K${Math.floor(km)}+${String(Math.round((km % 1) * 1000) % 1000).padStart(3, '0')}基站`;

function shuffle<T>(a: T[], rand: () => number): T[] {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}
