/**
 * A trip on the road graph: the route (shortest, or with a detour: a
 * friend's door, a side street taken out of habit), and when the bike is on
 * each stretch of it, at the rider's speed for that kind of road, with waits
 * at town crossings (lights, traffic) and now and then a stop on the way.
 */
import { gaussian } from './geo.js';
import type { RoadGraph, RoadKind } from './road-graph.js';

/** A stretch ridden (edge ≥ 0) or a wait at a node (edge = -1). Times in seconds since the simulation epoch. */
export interface Leg {
  edge: number;
  /** Ridden from the edge's node a to b. */
  forward: boolean;
  /** The node waited at (for waits), else the node the stretch ends at. */
  node: number;
  t0: number;
  t1: number;
}

export interface Trip {
  id: number;
  rider: number;
  purpose: string;
  from: number;
  to: number;
  legs: Leg[];
  startS: number;
  endS: number;
  /** Ridden by a thief: the bike without its owner's fob. */
  stolen: boolean;
}

export const MIN_KMH = 15;
export const MAX_KMH = 25;
const KIND_PACE: Record<RoadKind, number> = { county_road: 1.06, main: 0.98, street: 0.92 };
const DETOUR_RATE = 0.12;
const STOP_RATE = 0.04;
const HABIT_RATE = 0.5;

export interface RideStyle {
  speedKmh: number;
  detourRate?: number;
  /** Waits at crossings: thieves do not stop for lights. */
  waits?: boolean;
}

/**
 * A rider's usual way between two places. People do not all take the
 * shortest path: about half of the pairs a rider rides between get a
 * personal variant through a crossing off the shortest route (a quieter
 * street, a habit), at most 25 % longer, the same every day (drawn from
 * `habit`, seeded by rider and pair); the rest ride the shortest path.
 */
export function habitualRoute(graph: RoadGraph, from: number, to: number, habit: () => number): number[] | null {
  if (from === to) return null;
  const direct = graph.path(from, to);
  if (!direct || direct.length < 3 || habit() >= HABIT_RATE) return direct;
  const length = (edges: number[]) => routeLength(graph, edges);
  const limit = length(direct) * 1.25;
  for (let attempt = 0; attempt < 3; attempt++) {
    let via = nodeAlong(graph, from, direct, 1 + Math.floor(habit() * (direct.length - 1)));
    for (let k = 1 + Math.floor(habit() * 2); k > 0; k--) {
      const edges = graph.edgesAt(via);
      via = graph.other(edges[Math.floor(habit() * edges.length)]!, via);
    }
    if (via === from || via === to) continue;
    const a = graph.path(from, via);
    const b = graph.path(via, to);
    // Riding to a crossing and straight back is no route anyone takes.
    if (!a || !b || a.length === 0 || b.length === 0 || a[a.length - 1] === b[0]) continue;
    const variant = [...a, ...b];
    if (length(variant) <= limit) return variant;
  }
  return direct;
}

/** The route's edges for one trip: the habitual one, sometimes with a detour; null when there is none (the same place, or unreachable). */
export function route(graph: RoadGraph, from: number, to: number, rand: () => number, detourRate = DETOUR_RATE, habit?: () => number): number[] | null {
  if (from === to) return null;
  const direct = habit ? habitualRoute(graph, from, to, habit) : graph.path(from, to);
  if (!direct || direct.length < 3 || rand() >= detourRate) return direct;
  // Detour: via a node a few crossings off the route's middle.
  let via = nodeAlong(graph, from, direct, Math.floor(direct.length / 2));
  for (let k = 1 + Math.floor(rand() * 4); k > 0; k--) {
    const edges = graph.edgesAt(via);
    via = graph.other(edges[Math.floor(rand() * edges.length)]!, via);
  }
  if (via === from || via === to) return direct;
  const a = graph.path(from, via);
  const b = graph.path(via, to);
  if (!a || !b) return direct;
  // A detour, not an excursion: a few hundred metres, or a fifth more on a long ride.
  const extra = routeLength(graph, a) + routeLength(graph, b) - routeLength(graph, direct);
  return extra <= Math.max(800, 0.2 * routeLength(graph, direct)) ? [...a, ...b] : direct;
}

export function routeLength(graph: RoadGraph, edges: readonly number[]): number {
  let m = 0;
  for (const e of edges) m += graph.edges[e]!.length;
  return m;
}

function nodeAlong(graph: RoadGraph, from: number, edges: number[], k: number): number {
  let n = from;
  for (let i = 0; i < k; i++) n = graph.other(edges[i]!, n);
  return n;
}

/** Times the route at the rider's pace; the trip starts at `startS`. */
export function timeRoute(graph: RoadGraph, from: number, edges: number[], startS: number, style: RideStyle, rand: () => number): Leg[] {
  const legs: Leg[] = [];
  const tripPace = 1 + gaussian(rand) * 0.04;
  const stopAt = rand() < STOP_RATE ? Math.floor(rand() * edges.length) : -1;
  let t = startS;
  let n = from;
  edges.forEach((e, i) => {
    const edge = graph.edges[e]!;
    const forward = edge.a === n;
    const next = forward ? edge.b : edge.a;
    const kmh = Math.min(MAX_KMH, Math.max(MIN_KMH, style.speedKmh * tripPace * KIND_PACE[edge.kind] * (1 + gaussian(rand) * 0.03)));
    const t1 = t + edge.length / (kmh / 3.6);
    legs.push({ edge: e, forward, node: next, t0: t, t1 });
    t = t1;
    n = next;
    if (i === edges.length - 1) return;
    let wait = 0;
    if (style.waits !== false && graph.nodeTown[n]! >= 0 && graph.degree(n) >= 3 && rand() < 0.25) wait = 5 + rand() * 40;
    if (i === stopAt) wait += 120 + rand() * 480;
    if (wait > 0) {
      legs.push({ edge: -1, forward: true, node: n, t0: t, t1: t + wait });
      t += wait;
    }
  });
  return legs;
}
