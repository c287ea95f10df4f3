/**
 * Each town's own street network, added to the road graph: the county seat
 * and larger towns as rotated grids of uneven blocks with jittered
 * crossings, missing links and an irregular edge; small towns as a main
 * street with side streets and back lanes ("fishbone"), as many Jiangsu
 * market towns grew along one road.
 */
import { gaussian, type Pt } from './geo.js';
import { STREETS, type TownSpec } from './names.js';
import type { RoadGraph, RoadKind } from './road-graph.js';

export interface Town {
  index: number;
  spec: TownSpec;
  center: Pt;
  /** Rough radius of the built-up area, metres. */
  radius: number;
  nodes: number[];
  /** Crossings of the town's main streets, for pillars and workplaces. */
  mainNodes: number[];
}

export function townRadius(size: number): number {
  return 900 * Math.sqrt(size) - 100;
}

export function buildTown(graph: RoadGraph, spec: TownSpec, index: number, rand: () => number): Town {
  const center: Pt = [spec.at[0] * 1000 + (rand() - 0.5) * 400, spec.at[1] * 1000 + (rand() - 0.5) * 400];
  const radius = townRadius(spec.size);
  const town: Town = { index, spec, center, radius, nodes: [], mainNodes: [] };
  const streetName = (k: number): [string, string] => STREETS[(k + index * 7) % STREETS.length]!;
  if (spec.size >= 3) gridTown(graph, town, rand, streetName);
  else fishboneTown(graph, town, rand, streetName);
  joinIslands(graph, town);
  return town;
}

/**
 * Crossings cut off by missing links get a lane to the nearest connected
 * one, so that the town is one network of its own, before county roads
 * arrive (else two halves of a town would be joined only round the county).
 */
function joinIslands(graph: RoadGraph, town: Town): void {
  const start = town.mainNodes[0] ?? town.nodes[0]!;
  const main = graph.component(start);
  for (const n of town.nodes) {
    if (main.has(n)) continue;
    const island = graph.component(n);
    const target = graph.nearestNode(graph.nodes[n]!, (k) => main.has(k));
    graph.addEdge(n, target, 'street', ['小巷', 'Lane']);
    for (const k of island) main.add(k);
  }
}

/** A jittered, rotated grid of uneven blocks inside a wobbly ellipse, with a few links missing. */
function gridTown(graph: RoadGraph, town: Town, rand: () => number, streetName: (k: number) => [string, string]): void {
  const { center, radius, index } = town;
  const theta = (rand() - 0.5) * 0.7;
  const [cos, sin] = [Math.cos(theta), Math.sin(theta)];
  const aspect = 0.75 + rand() * 0.25;
  const block = 300 + rand() * 60;
  const axis = (): number[] => {
    // Uneven spacing: blocks of 0.65–1.35 times the mean, symmetric around 0.
    const half: number[] = [0];
    while (half[half.length - 1]! < radius * 1.1) half.push(half[half.length - 1]! + block * (0.65 + rand() * 0.7));
    return [
      ...half
        .slice(1)
        .reverse()
        .map((v) => -v),
      ...half,
    ];
  };
  const us = axis();
  const vs = axis();
  const wobble = Array.from({ length: 6 }, () => (rand() - 0.5) * 0.25);
  const inside = (u: number, v: number) => {
    const a = Math.atan2(v, u);
    const r = 1 + wobble.reduce((s, w, k) => s + w * Math.sin((k + 2) * a + k), 0);
    return (u / radius) ** 2 + (v / (radius * aspect)) ** 2 <= r * r;
  };
  const grid: number[][] = us.map(() => vs.map(() => -1));
  const mid = (a: number[]) => a.indexOf(0);
  const [iu0, iv0] = [mid(us), mid(vs)];
  us.forEach((u, i) =>
    vs.forEach((v, j) => {
      if (!inside(u, v)) return;
      const [ju, jv] = [u + gaussian(rand) * 18, v + gaussian(rand) * 18];
      const n = graph.addNode([center[0] + ju * cos - jv * sin, center[1] + ju * sin + jv * cos], index);
      grid[i]![j] = n;
      town.nodes.push(n);
      if (i === iu0 || j === iv0 || (town.spec.size >= 8 && ((i - iu0) % 4 === 0 || (j - iv0) % 4 === 0))) town.mainNodes.push(n);
    }),
  );
  const isMain = (line: number, zero: number) => line === zero || (town.spec.size >= 8 && (line - zero) % 4 === 0);
  for (let i = 0; i < us.length; i++) {
    for (let j = 0; j < vs.length; j++) {
      const n = grid[i]![j]!;
      if (n < 0) continue;
      const right = grid[i + 1]?.[j] ?? -1;
      const up = grid[i]![j + 1] ?? -1;
      // A street along v (constant j) is named for its row; along u for its column.
      if (right >= 0) link(graph, n, right, isMain(j, iv0) ? 'main' : 'street', streetName(j), rand, !isMain(j, iv0));
      if (up >= 0) link(graph, n, up, isMain(i, iu0) ? 'main' : 'street', streetName(100 + i), rand, !isMain(i, iu0));
    }
  }
}

/** A main street with side streets, some joined by back lanes into blocks. */
function fishboneTown(graph: RoadGraph, town: Town, rand: () => number, streetName: (k: number) => [string, string]): void {
  const { center, radius, index } = town;
  const theta = rand() * Math.PI;
  const dir: Pt = [Math.cos(theta), Math.sin(theta)];
  const normal: Pt = [-dir[1], dir[0]];
  const at = (s: number, t: number): Pt => [center[0] + dir[0] * s + normal[0] * t + gaussian(rand) * 12, center[1] + dir[1] * s + normal[1] * t + gaussian(rand) * 12];
  const spine: number[] = [];
  for (let s = -radius; s <= radius; s += 170 + rand() * 110) spine.push(graph.addNode(at(s, 0), index));
  town.nodes.push(...spine);
  town.mainNodes.push(...spine);
  for (let k = 1; k < spine.length; k++) link(graph, spine[k - 1]!, spine[k]!, 'main', streetName(0), rand, false);
  // Side streets: each spine node may grow a street on either side; neighbours' ends join as back lanes.
  const ends: Record<number, (number | null)[]> = { 1: [], [-1]: [] };
  spine.forEach((root, k) => {
    const s = -radius + (2 * radius * k) / Math.max(1, spine.length - 1);
    for (const side of [1, -1]) {
      if (rand() > 0.7) {
        ends[side]!.push(null);
        continue;
      }
      let prev = root;
      const depth = 1 + Math.floor(rand() * (radius > 900 ? 3 : 2));
      for (let d = 1; d <= depth; d++) {
        const n = graph.addNode(at(s + (rand() - 0.5) * 60, side * d * (150 + rand() * 90)), index);
        town.nodes.push(n);
        link(graph, prev, n, 'street', streetName(1 + k), rand, true);
        prev = n;
      }
      ends[side]!.push(prev);
    }
  });
  for (const side of [1, -1]) {
    const row = ends[side]!;
    for (let k = 1; k < row.length; k++) {
      const [a, b] = [row[k - 1], row[k]];
      if (a != null && b != null && rand() < 0.6) link(graph, a, b, 'street', streetName(30 + side), rand, true);
    }
  }
}

/** A street between two crossings; side streets bend a little and some go missing (never the main ones). */
function link(graph: RoadGraph, a: number, b: number, kind: RoadKind, name: [string, string], rand: () => number, mayDrop: boolean): void {
  if (mayDrop && rand() < 0.06) return;
  const [pa, pb] = [graph.nodes[a]!, graph.nodes[b]!];
  const bend = kind === 'street' ? gaussian(rand) * 10 : 0;
  const len = Math.hypot(pb[0] - pa[0], pb[1] - pa[1]);
  const mid: Pt = [(pa[0] + pb[0]) / 2 - ((pb[1] - pa[1]) / len) * bend, (pa[1] + pb[1]) / 2 + ((pb[0] - pa[0]) / len) * bend];
  graph.addEdge(a, b, kind, name, bend ? [pa, mid, pb] : undefined);
}
