/**
 * Jurisdictions as a partition: the county; its towns as the Voronoi cells
 * of the town centres clipped to the county outline (every point of the
 * county belongs to the nearest town centre); each town split into two or
 * three police-station areas, the Voronoi cells of station seeds placed
 * around the town centre, clipped to the town's cell.
 */
import { clipHalfPlane, pointInRing, ringArea, type Pt } from './geo.js';
import { COUNTY } from './names.js';
import type { Town } from './towns.js';

export interface Jurisdiction {
  id: string;
  nameZh: string;
  nameEn: string;
  kind: 'county' | 'town' | 'police_area';
  parentId: string | null;
  ring: Pt[];
  /** The town's index for towns and police areas. */
  town: number;
}

const DIRECTIONS: [number, string, string][] = [
  [0, '东', 'East'],
  [90, '北', 'North'],
  [180, '西', 'West'],
  [270, '南', 'South'],
];

/** Voronoi cell of seeds[i] within `ring`: the ring cut by the bisector with every other seed. */
function voronoiCell(ring: Pt[], seeds: readonly Pt[], i: number): Pt[] {
  let cell = ring;
  const s = seeds[i]!;
  seeds.forEach((o, k) => {
    if (k === i || cell.length === 0) return;
    cell = clipHalfPlane(cell, [(s[0] + o[0]) / 2, (s[1] + o[1]) / 2], [o[0] - s[0], o[1] - s[1]]);
  });
  return cell;
}

export function buildJurisdictions(outline: Pt[], towns: readonly Town[], rand: () => number): Jurisdiction[] {
  const county: Jurisdiction = { id: COUNTY.id, nameZh: COUNTY.zh, nameEn: COUNTY.en, kind: 'county', parentId: null, ring: outline, town: -1 };
  const out: Jurisdiction[] = [county];
  const centres = towns.map((t) => t.center);
  towns.forEach((t, i) => {
    const townId = `${COUNTY.id}-${t.spec.id}`;
    const cell = voronoiCell(outline, centres, i);
    out.push({ id: townId, nameZh: t.spec.zh, nameEn: `${t.spec.en} Town`, kind: 'town', parentId: COUNTY.id, ring: cell, town: i });
    const k = t.spec.size >= 4 ? 3 : 2;
    const phase = rand() * 2 * Math.PI;
    const seeds: Pt[] = Array.from({ length: k }, (_, j) => {
      const a = phase + (2 * Math.PI * j) / k;
      return [t.center[0] + Math.cos(a) * t.radius * 0.5, t.center[1] + Math.sin(a) * t.radius * 0.5];
    });
    const used = new Set<string>();
    seeds.forEach((seed, j) => {
      const angle = ((Math.atan2(seed[1] - t.center[1], seed[0] - t.center[0]) * 180) / Math.PI + 360) % 360;
      const nearest = [...DIRECTIONS].sort((a, b) => angularGap(a[0], angle) - angularGap(b[0], angle)).find((d) => !used.has(d[2]))!;
      used.add(nearest[2]);
      out.push({
        id: `${townId}-${nearest[2].toLowerCase()}`,
        nameZh: `${t.spec.shortZh}${nearest[1]}派出所辖区`,
        nameEn: `${t.spec.en} ${nearest[2]} police area`,
        kind: 'police_area',
        parentId: townId,
        ring: voronoiCell(cell, seeds, j),
        town: i,
      });
    });
  });
  return out.filter((j) => j.ring.length >= 3 && Math.abs(ringArea(j.ring)) > 1);
}

const angularGap = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));

/** The police area that contains p (the first one, if on a shared border), or null outside the county. */
export function policeAreaAt(jurisdictions: readonly Jurisdiction[], p: Pt): Jurisdiction | null {
  return jurisdictions.find((j) => j.kind === 'police_area' && pointInRing(p, j.ring)) ?? null;
}
