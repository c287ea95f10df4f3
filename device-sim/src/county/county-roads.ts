/**
 * County roads (县道) between the towns, bending across the fields, with
 * villages along them and a few roads leaving the county. Which towns are
 * joined: the Gabriel graph of the town centres (see neighbourPairs), which
 * is connected and looks like a real rural network; crossings become
 * junctions.
 */
import { bendingLine, dist, gaussian, segmentIntersection, type Pt } from './geo.js';
import { villageName } from './names.js';
import type { RoadGraph } from './road-graph.js';
import type { Town } from './towns.js';
import { inWater, type Water } from './water.js';
import { inOutline } from './outline.js';

export interface Village {
  node: number;
  zh: string;
  en: string;
  /** The town the villagers ride to for work and errands: the nearest by road (set once the network is complete). */
  town: number;
}

export interface CountyRoads {
  villages: Village[];
  /** Junction nodes where county roads meet outside towns. */
  junctions: number[];
  /** Where a county road enters a town: [node, town]. */
  entrances: [number, number][];
  /** Edges of county roads, for stations every km or two. */
  edges: number[];
}

const EXITS: { town: string; angleDeg: number; zh: string; en: string }[] = [
  { town: 'xucheng', angleDeg: 200, zh: '明', en: 'Mingguang' },
  { town: 'guiwu', angleDeg: 0, zh: '金', en: 'Jinhu' },
  { town: 'huanghuatang', angleDeg: -65, zh: '天', en: 'Tianchang' },
  { town: 'guanzhong', angleDeg: 235, zh: '来', en: "Lai'an" },
];

interface Planned {
  line: Pt[];
  from: number;
  /** -1: ends at the county line (a new node). */
  to: number;
  name: [string, string];
}

interface Cut {
  pos: number;
  node: number;
}

export function buildCountyRoads(graph: RoadGraph, towns: readonly Town[], outline: Pt[], water: Water, rand: () => number): CountyRoads {
  const out: CountyRoads = { villages: [], junctions: [], entrances: [], edges: [] };
  const planned: Planned[] = [];
  const entrance = (t: Town, toward: Pt): number => {
    const len = dist(t.center, toward);
    const target: Pt = [t.center[0] + ((toward[0] - t.center[0]) / len) * t.radius * 1.3, t.center[1] + ((toward[1] - t.center[1]) / len) * t.radius * 1.3];
    const n = graph.nearestNode(target, (k) => graph.nodeTown[k] === t.index);
    out.entrances.push([n, t.index]);
    return n;
  };
  const draw = (a: Pt, b: Pt): Pt[] => {
    for (let attempt = 0; attempt < 6; attempt++) {
      const line = bendingLine(a, b, rand, attempt < 5 ? 0.05 : 0, 250);
      if (!line.some((p) => inWater(water, p))) return line;
    }
    return [a, b];
  };
  let number = 301;
  for (const [i, j] of neighbourPairs(towns)) {
    const [a, b] = [towns[i]!, towns[j]!];
    const from = entrance(a, b.center);
    const to = entrance(b, a.center);
    planned.push({ line: draw(graph.nodes[from]!, graph.nodes[to]!), from, to, name: [`${a.spec.shortZh[0]}${b.spec.shortZh[0]}线`, `X${number++} ${a.spec.en}–${b.spec.en}`] });
  }
  for (const exit of EXITS) {
    const t = towns.find((x) => x.spec.id === exit.town);
    if (!t) continue;
    const u: Pt = [Math.cos((exit.angleDeg * Math.PI) / 180), Math.sin((exit.angleDeg * Math.PI) / 180)];
    let r = t.radius;
    while (inOutline(outline, [t.center[0] + u[0] * (r + 200), t.center[1] + u[1] * (r + 200)])) r += 200;
    const end: Pt = [t.center[0] + u[0] * (r - 300), t.center[1] + u[1] * (r - 300)];
    const from = entrance(t, end);
    planned.push({ line: draw(graph.nodes[from]!, end), from, to: -1, name: [`${t.spec.shortZh[0]}${exit.zh}线`, `X${number++} ${t.spec.en}–${exit.en}`] });
  }

  const cuts: Cut[][] = planned.map((p) => [{ pos: 0, node: p.from }]);
  // Crossings between county roads become junctions on both.
  for (let r = 0; r < planned.length; r++) {
    for (let s = r + 1; s < planned.length; s++) {
      const [L, M] = [planned[r]!.line, planned[s]!.line];
      for (let i = 1; i < L.length; i++) {
        for (let j = 1; j < M.length; j++) {
          const x = segmentIntersection(L[i - 1]!, L[i]!, M[j - 1]!, M[j]!);
          if (!x) continue;
          const p: Pt = [L[i - 1]![0] + (L[i]![0] - L[i - 1]![0]) * x.t, L[i - 1]![1] + (L[i]![1] - L[i - 1]![1]) * x.t];
          // Two roads leaving one town cross near its entrance: they would share it, no junction.
          if (towns.some((t) => dist(t.center, p) < t.radius * 1.4)) continue;
          const node = graph.addNode(p, -1);
          out.junctions.push(node);
          cuts[r]!.push({ pos: i - 1 + x.t, node });
          cuts[s]!.push({ pos: j - 1 + x.u, node });
        }
      }
    }
  }
  // Villages every 1.5–4 km: on the road, or up a lane off it.
  let villageIndex = 0;
  planned.forEach((p, r) => {
    let along = 800 + rand() * 1500;
    let s = 0;
    for (let i = 1; i < p.line.length - 3; i++) {
      s += dist(p.line[i - 1]!, p.line[i]!);
      if (s < along) continue;
      along = s + 1500 + rand() * 2500;
      const at = p.line[i]!;
      if (cuts[r]!.some((c) => Math.abs(c.pos - i) < 2) || towns.some((t) => dist(t.center, at) < t.radius * 1.5)) continue;
      const onRoad = graph.addNode(at, -1);
      cuts[r]!.push({ pos: i, node: onRoad });
      const name = villageName(villageIndex++);
      const town = nearestTown(towns, at);
      if (rand() < 0.4) {
        out.villages.push({ node: onRoad, ...name, town });
        continue;
      }
      const side = rand() < 0.5 ? 1 : -1;
      const [prev, next] = [p.line[i - 1]!, p.line[i + 1]!];
      const len = dist(prev, next);
      const off = 300 + rand() * 900;
      const vp: Pt = [at[0] - ((next[1] - prev[1]) / len) * off * side, at[1] + ((next[0] - prev[0]) / len) * off * side];
      if (inWater(water, vp) || !inOutline(outline, vp)) {
        out.villages.push({ node: onRoad, ...name, town });
        continue;
      }
      const v = graph.addNode(vp, -1);
      const mid: Pt = [(at[0] + vp[0]) / 2 + gaussian(rand) * 40, (at[1] + vp[1]) / 2 + gaussian(rand) * 40];
      graph.addEdge(onRoad, v, 'street', [`${name.zh}村道`, `${name.en} Lane`], [at, mid, vp]);
      out.villages.push({ node: v, ...name, town });
    }
  });
  // Cut every road at its junctions and villages into edges.
  planned.forEach((p, r) => {
    const last = p.line.length - 1;
    const end = p.to >= 0 ? p.to : graph.addNode(p.line[last]!, -1);
    const list = [...cuts[r]!, { pos: last, node: end }].sort((x, y) => x.pos - y.pos);
    for (let k = 1; k < list.length; k++) {
      const [c0, c1] = [list[k - 1]!, list[k]!];
      if (c0.node === c1.node) continue;
      const line: Pt[] = [graph.nodes[c0.node]!];
      for (let i = Math.floor(c0.pos) + 1; i < c1.pos; i++) line.push(p.line[i]!);
      line.push(graph.nodes[c1.node]!);
      out.edges.push(graph.addEdge(c0.node, c1.node, 'county_road', p.name, line));
    }
  });
  return out;
}

export function nearestTown(towns: readonly Town[], p: Pt): number {
  let best = 0;
  for (let t = 1; t < towns.length; t++) if (dist(towns[t]!.center, p) < dist(towns[best]!.center, p)) best = t;
  return best;
}

/**
 * Gabriel graph of the town centres: two towns get a road when no third
 * lies inside the circle on the line between them as diameter. It contains
 * the relative-neighbourhood graph (so it is connected) and adds the
 * shortcuts a county builds between towns that are near but not adjacent.
 */
function neighbourPairs(towns: readonly Town[]): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < towns.length; i++) {
    for (let j = i + 1; j < towns.length; j++) {
      const [a, b] = [towns[i]!.center, towns[j]!.center];
      const mid: [number, number] = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
      const blocked = towns.some((t, k) => k !== i && k !== j && dist(t.center, mid) < dist(a, b) / 2);
      if (!blocked) pairs.push([i, j]);
    }
  }
  return pairs;
}
