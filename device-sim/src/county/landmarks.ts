/**
 * Each town's landmarks (government, markets, schools, squares, …) at street
 * crossings: places on the map, pillars' sites, riders' workplaces and errands.
 */
import { dist, type Pt } from './geo.js';
import { LANDMARKS, landmarkKindsFor, type LandmarkKind } from './names.js';
import type { RoadGraph } from './road-graph.js';
import type { Town } from './towns.js';

export interface Landmark {
  kind: LandmarkKind;
  node: number;
  town: number;
  zh: string;
  en: string;
}

const ORDINAL_ZH = ['', '第二', '第三', '第四', '第五'];
const ORDINAL_EN = ['', 'No. 2 ', 'No. 3 ', 'No. 4 ', 'No. 5 '];

/** Where in town each kind stands, as a share of the town radius from the centre. */
const BAND: Record<LandmarkKind, [number, number]> = {
  government: [0, 0.3],
  market: [0, 0.45],
  square: [0, 0.35],
  bank: [0, 0.4],
  supermarket: [0.1, 0.6],
  school: [0.25, 0.75],
  hospital: [0.2, 0.6],
  park: [0.3, 0.8],
  bus_station: [0.5, 1],
  industrial_park: [0.7, 1.4],
};

export function placeLandmarks(graph: RoadGraph, towns: readonly Town[], rand: () => number): Landmark[] {
  const out: Landmark[] = [];
  for (const town of towns) {
    const taken = new Set<number>();
    const count = new Map<LandmarkKind, number>();
    for (const kind of landmarkKindsFor(town.spec.size)) {
      const [lo, hi] = BAND[kind];
      const within = (n: number) => {
        const d = dist(graph.nodes[n]!, town.center) / town.radius;
        return d >= lo && d <= hi && !taken.has(n);
      };
      let pool = town.nodes.filter(within);
      if (pool.length === 0) pool = town.nodes.filter((n) => !taken.has(n));
      if (pool.length === 0) continue;
      const node = pool[Math.floor(rand() * pool.length)]!;
      taken.add(node);
      const k = count.get(kind) ?? 0;
      count.set(kind, k + 1);
      const names = LANDMARKS[kind];
      const zh = kind === 'school' ? `${town.spec.shortZh}${k === 0 ? '第一' : ORDINAL_ZH[k]}中学` : `${town.spec.shortZh}${ORDINAL_ZH[k] ?? ''}${names.zh}`;
      out.push({ kind, node, town: town.index, zh, en: `${town.spec.en} ${ORDINAL_EN[k] ?? ''}${names.en}` });
    }
  }
  return out;
}

export const landmarkPoint = (graph: RoadGraph, l: Landmark): Pt => graph.nodes[l.node]!;
