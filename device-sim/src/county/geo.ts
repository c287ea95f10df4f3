/**
 * Plane geometry for the county generator. Everything is built in metres on a
 * local plane (x east, y north) around the county seat and projected to
 * WGS-84 degrees only for output: at this size (~60 km) an equirectangular
 * projection is off by well under a metre per kilometre, and metric maths
 * keeps the generator simple and fast.
 */
export type Pt = [number, number];

const M_PER_DEG = 111_320;

export class Projection {
  private readonly kx: number;
  constructor(readonly origin: Pt) {
    this.kx = M_PER_DEG * Math.cos((origin[1] * Math.PI) / 180);
  }
  /** [lon, lat] rounded to 6 decimals (~0.1 m): enough for a map, short in JSON. */
  toLonLat([x, y]: Pt): Pt {
    return [round6(this.origin[0] + x / this.kx), round6(this.origin[1] + y / M_PER_DEG)];
  }
  toXY([lon, lat]: Pt): Pt {
    return [(lon - this.origin[0]) * this.kx, (lat - this.origin[1]) * M_PER_DEG];
  }
}

export const round6 = (v: number) => Math.round(v * 1e6) / 1e6;
export const dist = (a: Pt, b: Pt) => Math.hypot(a[0] - b[0], a[1] - b[1]);
export const lerp = (a: Pt, b: Pt, t: number): Pt => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];

export function polylineLength(line: readonly Pt[]): number {
  let n = 0;
  for (let i = 1; i < line.length; i++) n += dist(line[i - 1]!, line[i]!);
  return n;
}

/** Distance from p to segment ab, and where along it (0..1) the nearest point lies. */
export function segmentDistance(p: Pt, a: Pt, b: Pt): { d: number; t: number } {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return { d: Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy), t };
}

/** The intersection of segments ab and cd as parameters along each, or null. */
export function segmentIntersection(a: Pt, b: Pt, c: Pt, d: Pt): { t: number; u: number } | null {
  const rx = b[0] - a[0],
    ry = b[1] - a[1];
  const sx = d[0] - c[0],
    sy = d[1] - c[1];
  const den = rx * sy - ry * sx;
  if (Math.abs(den) < 1e-9) return null;
  const qx = c[0] - a[0],
    qy = c[1] - a[1];
  const t = (qx * sy - qy * sx) / den;
  const u = (qx * ry - qy * rx) / den;
  return t > 1e-6 && t < 1 - 1e-6 && u > 1e-6 && u < 1 - 1e-6 ? { t, u } : null;
}

/** Even-odd rule; `ring` may or may not repeat its first point. */
export function pointInRing(p: Pt, ring: readonly Pt[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function ringArea(ring: readonly Pt[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += ring[j]![0] * ring[i]![1] - ring[i]![0] * ring[j]![1];
  return a / 2;
}

/**
 * Sutherland–Hodgman: the part of `ring` on the side of the line through
 * `p` with normal `n` where (x - p)·n ≤ 0. Exact for a convex ring; for a
 * mildly concave one (the county outline) it can leave zero-width slivers,
 * which change no area and no point-in-polygon answer.
 */
export function clipHalfPlane(ring: readonly Pt[], p: Pt, n: Pt): Pt[] {
  const side = (q: Pt) => (q[0] - p[0]) * n[0] + (q[1] - p[1]) * n[1];
  const out: Pt[] = [];
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % ring.length]!;
    const sa = side(a);
    const sb = side(b);
    if (sa <= 0) out.push(a);
    if (sa <= 0 !== sb <= 0) out.push(lerp(a, b, sa / (sa - sb)));
  }
  return out;
}

/** Douglas–Peucker: drops vertices closer than `tolerance` metres to the simplified line. */
export function simplify(line: readonly Pt[], tolerance: number): Pt[] {
  if (line.length <= 2) return line.slice();
  const keep = new Uint8Array(line.length);
  keep[0] = keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  while (stack.length) {
    const [i0, i1] = stack.pop()!;
    let worst = -1;
    let worstD = tolerance;
    for (let i = i0 + 1; i < i1; i++) {
      const { d } = segmentDistance(line[i]!, line[i0]!, line[i1]!);
      if (d > worstD) {
        worst = i;
        worstD = d;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([i0, worst], [worst, i1]);
    }
  }
  return line.filter((_, i) => keep[i]);
}

/**
 * A gently bending line from a to b: a sum of a few sine modes across the
 * straight line, zero at both ends, sampled every `stepM` metres. `rand`
 * gives the amplitudes, so the same seed bends the same way.
 */
export function bendingLine(a: Pt, b: Pt, rand: () => number, bend = 0.06, stepM = 250): Pt[] {
  const length = dist(a, b);
  const n = Math.max(2, Math.ceil(length / stepM));
  const nx = -(b[1] - a[1]) / length;
  const ny = (b[0] - a[0]) / length;
  const modes = [1, 2, 3, 5].map((k) => ({ k, amp: ((rand() * 2 - 1) * bend * length) / k }));
  const line: Pt[] = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    const off = modes.reduce((s, m) => s + m.amp * Math.sin(m.k * Math.PI * t), 0);
    const [x, y] = lerp(a, b, t);
    line.push([x + nx * off, y + ny * off]);
  }
  return line;
}

/** Point at arc length s along a polyline whose cumulative lengths are `cum` (cum[0] = 0). */
export function pointAlong(line: readonly Pt[], cum: ArrayLike<number>, s: number): Pt {
  let lo = 0;
  let hi = line.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (cum[mid]! <= s) lo = mid;
    else hi = mid;
  }
  const seg = cum[hi]! - cum[lo]!;
  return lerp(line[lo]!, line[hi]!, seg > 0 ? (s - cum[lo]!) / seg : 0);
}

export function cumulativeLengths(line: readonly Pt[]): Float64Array {
  const cum = new Float64Array(line.length);
  for (let i = 1; i < line.length; i++) cum[i] = cum[i - 1]! + dist(line[i - 1]!, line[i]!);
  return cum;
}

/** A seeded normal deviate (Box–Muller). */
export function gaussian(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}
