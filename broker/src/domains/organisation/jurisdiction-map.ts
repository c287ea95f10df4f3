/**
 * Where a point falls: the jurisdictions whose boundary holds it, and their
 * ancestors (a device in a police station's area is also in its town and its
 * county). Boundaries are GeoJSON (Multi)Polygons in WGS-84 / CGCS2000;
 * point-in-polygon is @turf/boolean-point-in-polygon, behind a bounding-box
 * test so a county of hundreds of areas costs a few comparisons per device.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon, Position } from 'geojson';

export type Boundary = Polygon | MultiPolygon;

export interface JurisdictionShape {
  id: string;
  parentId: string | null;
  boundary: Boundary | null;
}

type BBox = [minLon: number, minLat: number, maxLon: number, maxLat: number];

function bboxOf(b: Boundary): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  const rings: Position[][] = b.type === 'Polygon' ? b.coordinates : b.coordinates.flat();
  for (const ring of rings)
    for (const [lon, lat] of ring) {
      box[0] = Math.min(box[0], lon!);
      box[1] = Math.min(box[1], lat!);
      box[2] = Math.max(box[2], lon!);
      box[3] = Math.max(box[3], lat!);
    }
  return box;
}

export class JurisdictionMap {
  private readonly shapes: { id: string; boundary: Boundary; bbox: BBox }[];
  private readonly parents: Map<string, string | null>;

  constructor(jurisdictions: readonly JurisdictionShape[]) {
    this.parents = new Map(jurisdictions.map((j) => [j.id, j.parentId]));
    this.shapes = jurisdictions.filter((j) => j.boundary).map((j) => ({ id: j.id, boundary: j.boundary!, bbox: bboxOf(j.boundary!) }));
  }

  get bounded(): number {
    return this.shapes.length;
  }

  /** The jurisdictions holding [lon, lat] and all their ancestors, sorted; empty when outside every boundary. */
  locate(lon: number, lat: number): string[] {
    const found = new Set<string>();
    for (const s of this.shapes) {
      const [x0, y0, x1, y1] = s.bbox;
      if (lon < x0 || lon > x1 || lat < y0 || lat > y1) continue;
      if (!booleanPointInPolygon([lon, lat], s.boundary)) continue;
      for (let id: string | null | undefined = s.id, depth = 0; id && !found.has(id) && depth < 32; id = this.parents.get(id), depth++) found.add(id);
    }
    return [...found].sort();
  }

  /**
   * The deepest of these jurisdictions (the most ancestors; the first by id
   * among equals), or null for none: where a device stands most precisely.
   */
  deepest(ids: readonly string[]): string | null {
    let best: string | null = null;
    let depth = -1;
    for (const id of [...ids].sort()) {
      const d = this.ancestorsOf(id).length;
      if (d > depth) [best, depth] = [id, d];
    }
    return best;
  }

  /** A jurisdiction, then its parent, up to the top. */
  lineage(id: string): string[] {
    return [id, ...this.ancestorsOf(id)];
  }

  /** The ancestors of a jurisdiction, nearest first (a user's reach covers the areas below theirs, not above). */
  ancestorsOf(id: string): string[] {
    const out: string[] = [];
    for (let p = this.parents.get(id), depth = 0; p && depth < 32; p = this.parents.get(p), depth++) out.push(p);
    return out;
  }
}

/** Why a boundary is refused, or null: closed rings of at least 4 positions, valid coordinates, a bounded size. */
export function boundaryProblem(value: unknown, maxPositions = 200_000): string | null {
  const b = value as { type?: unknown; coordinates?: unknown };
  if (!b || (b.type !== 'Polygon' && b.type !== 'MultiPolygon')) return 'must be a GeoJSON Polygon or MultiPolygon';
  const polygons = (b.type === 'Polygon' ? [b.coordinates] : b.coordinates) as unknown;
  if (!Array.isArray(polygons) || polygons.length === 0) return 'has no polygon';
  let positions = 0;
  for (const rings of polygons) {
    if (!Array.isArray(rings) || rings.length === 0) return 'has a polygon without rings';
    for (const ring of rings) {
      if (!Array.isArray(ring) || ring.length < 4) return 'has a ring of fewer than 4 positions';
      for (const p of ring) {
        if (!Array.isArray(p) || p.length < 2 || typeof p[0] !== 'number' || typeof p[1] !== 'number' || !(Math.abs(p[0]) <= 180) || !(Math.abs(p[1]) <= 90)) {
          return 'has a position that is not [longitude, latitude] in range';
        }
        if (++positions > maxPositions) return `has more than ${maxPositions} positions`;
      }
      const [a, z] = [ring[0] as number[], ring[ring.length - 1] as number[]];
      if (a[0] !== z[0] || a[1] !== z[1]) return 'has a ring that is not closed (first and last positions differ)';
    }
  }
  return null;
}
