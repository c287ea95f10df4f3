/**
 * The county outline: a ring around the towns, a few km beyond the outermost
 * built-up areas, wobbled by the seed (a mildly concave polygon).
 */
import { pointInRing, type Pt } from './geo.js';
import type { Town } from './towns.js';

const MARGIN_M = 5_500;
const STEPS = 56;

export function buildOutline(towns: readonly Town[], rand: () => number): Pt[] {
  const cx = towns.reduce((s, t) => s + t.center[0], 0) / towns.length;
  const cy = towns.reduce((s, t) => s + t.center[1], 0) / towns.length;
  const phases = Array.from({ length: 4 }, () => rand() * 2 * Math.PI);
  const ring: Pt[] = [];
  for (let k = 0; k < STEPS; k++) {
    const a = (2 * Math.PI * k) / STEPS;
    const u: Pt = [Math.cos(a), Math.sin(a)];
    // Support function of the towns' disks: the ring is their hull, pushed out by the margin.
    const reach = Math.max(...towns.map((t) => (t.center[0] - cx) * u[0] + (t.center[1] - cy) * u[1] + t.radius));
    const wobble = phases.reduce((s, p, i) => s + Math.sin((i + 2) * a + p) * 0.6, 0) * 900;
    const r = reach + MARGIN_M + wobble;
    ring.push([cx + u[0] * r, cy + u[1] * r]);
  }
  return ring;
}

export const inOutline = (ring: readonly Pt[], p: Pt) => pointInRing(p, ring);
