/**
 * The county's road graph: nodes (crossings, entrances, village spurs) and
 * edges that carry their geometry, with shortest paths for the riders.
 * Undirected: an e-bike rides both ways on every road.
 */
import { cumulativeLengths, dist, type Pt } from './geo.js';

export type RoadKind = 'county_road' | 'main' | 'street';

export interface RoadEdge {
  a: number;
  b: number;
  kind: RoadKind;
  /** Metres along the geometry. */
  length: number;
  /** From node a to node b, both included. */
  line: Pt[];
  /** Cumulative lengths along `line`. */
  cum: Float64Array;
  nameZh: string;
  nameEn: string;
}

/** Route choice weighs streets a little heavier than county roads (traffic, crossings). */
const KIND_WEIGHT: Record<RoadKind, number> = { county_road: 1, main: 1.05, street: 1.15 };
const TREE_CACHE = 2500;

export class RoadGraph {
  readonly nodes: Pt[] = [];
  /** The town a node belongs to, or -1 for the countryside. */
  readonly nodeTown: number[] = [];
  readonly edges: RoadEdge[] = [];
  private adj: number[][] = [];
  private adjStart = new Int32Array(0);
  private adjEdge = new Int32Array(0);
  private trees = new Map<number, Int32Array>();

  addNode(p: Pt, town: number): number {
    this.nodes.push(p);
    this.nodeTown.push(town);
    this.adj.push([]);
    return this.nodes.length - 1;
  }

  addEdge(a: number, b: number, kind: RoadKind, name: [string, string], line?: Pt[]): number {
    if (a === b) throw new Error(`a road from node ${a} to itself`);
    const geometry = line ?? [this.nodes[a]!, this.nodes[b]!];
    const cum = cumulativeLengths(geometry);
    this.edges.push({ a, b, kind, length: cum[cum.length - 1]!, line: geometry, cum, nameZh: name[0], nameEn: name[1] });
    const id = this.edges.length - 1;
    this.adj[a]!.push(id);
    this.adj[b]!.push(id);
    return id;
  }

  /** Packs adjacency into flat arrays; call once the graph is complete. */
  freeze(): this {
    this.adjStart = new Int32Array(this.nodes.length + 1);
    for (let n = 0; n < this.nodes.length; n++) this.adjStart[n + 1] = this.adjStart[n]! + this.adj[n]!.length;
    this.adjEdge = Int32Array.from(this.adj.flat());
    this.trees.clear();
    return this;
  }

  degree(n: number): number {
    return this.adj[n]!.length;
  }

  edgesAt(n: number): readonly number[] {
    return this.adj[n]!;
  }

  other(edge: number, n: number): number {
    const e = this.edges[edge]!;
    return e.a === n ? e.b : e.a;
  }

  nearestNode(p: Pt, filter?: (n: number) => boolean): number {
    let best = -1;
    let bestD = Infinity;
    for (let n = 0; n < this.nodes.length; n++) {
      if (filter && !filter(n)) continue;
      const d = dist(p, this.nodes[n]!);
      if (d < bestD) {
        best = n;
        bestD = d;
      }
    }
    return best;
  }

  /**
   * For every node, the edge of its shortest path towards `root` (-1 at the
   * root and where unreachable). Cached: riders ride to the same workplaces
   * and shops every day, so a few hundred trees serve a whole county.
   */
  treeTo(root: number): Int32Array {
    const cached = this.trees.get(root);
    if (cached) return cached;
    const n = this.nodes.length;
    const distTo = new Float64Array(n).fill(Infinity);
    const via = new Int32Array(n).fill(-1);
    const heap = new MinHeap(n);
    distTo[root] = 0;
    heap.push(root, 0);
    while (heap.size) {
      const u = heap.pop();
      const du = distTo[u]!;
      for (let i = this.adjStart[u]!; i < this.adjStart[u + 1]!; i++) {
        const e = this.adjEdge[i]!;
        const edge = this.edges[e]!;
        const v = edge.a === u ? edge.b : edge.a;
        const dv = du + edge.length * KIND_WEIGHT[edge.kind];
        if (dv < distTo[v]!) {
          distTo[v] = dv;
          via[v] = e;
          heap.push(v, dv);
        }
      }
    }
    if (this.trees.size >= TREE_CACHE) this.trees.delete(this.trees.keys().next().value!);
    this.trees.set(root, via);
    return via;
  }

  /** The edges of a shortest path from `from` to `to`, in riding order; null if unreachable. */
  path(from: number, to: number): number[] | null {
    const via = this.treeTo(to);
    const edges: number[] = [];
    let n = from;
    while (n !== to) {
      const e = via[n]!;
      if (e < 0) return null;
      edges.push(e);
      n = this.other(e, n);
      if (edges.length > this.nodes.length) throw new Error('shortest-path tree has a cycle');
    }
    return edges;
  }

  /** Nodes reachable from `start` (to check that the county is one network). */
  component(start: number): Set<number> {
    const seen = new Set([start]);
    const stack = [start];
    while (stack.length) {
      const u = stack.pop()!;
      for (const e of this.adj[u]!) {
        const v = this.other(e, u);
        if (!seen.has(v)) {
          seen.add(v);
          stack.push(v);
        }
      }
    }
    return seen;
  }
}

/** A binary heap of node ids keyed by distance; duplicates allowed (lazy deletion by the caller's check). */
class MinHeap {
  private ids: Int32Array;
  private keys: Float64Array;
  size = 0;
  constructor(capacity: number) {
    this.ids = new Int32Array(Math.max(16, capacity * 2));
    this.keys = new Float64Array(this.ids.length);
  }
  push(id: number, key: number): void {
    if (this.size === this.ids.length) this.grow();
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.keys[p]! <= key) break;
      this.ids[i] = this.ids[p]!;
      this.keys[i] = this.keys[p]!;
      i = p;
    }
    this.ids[i] = id;
    this.keys[i] = key;
  }
  pop(): number {
    const top = this.ids[0]!;
    const lastId = this.ids[--this.size]!;
    const lastKey = this.keys[this.size]!;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= this.size) break;
      if (c + 1 < this.size && this.keys[c + 1]! < this.keys[c]!) c++;
      if (this.keys[c]! >= lastKey) break;
      this.ids[i] = this.ids[c]!;
      this.keys[i] = this.keys[c]!;
      i = c;
    }
    this.ids[i] = lastId;
    this.keys[i] = lastKey;
    return top;
  }
  private grow(): void {
    const ids = new Int32Array(this.ids.length * 2);
    ids.set(this.ids);
    const keys = new Float64Array(this.keys.length * 2);
    keys.set(this.keys);
    this.ids = ids;
    this.keys = keys;
  }
}
