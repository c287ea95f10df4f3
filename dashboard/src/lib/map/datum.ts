/**
 * Which datum the basemap is drawn in, and the two ways across: positions stay WGS-84 everywhere
 * in the platform; only what is handed to the map (devices, overlays, popups, the camera) is
 * shifted for a GCJ-02 basemap, and only what comes back from it (a click) is shifted back.
 */
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { gcj02ToWgs84, wgs84ToGcj02, type LonLat } from '../geo/gcj02.js';

export type CoordinateSystem = 'wgs84' | 'gcj02';

export interface Datum {
  system: CoordinateSystem;
  /** A WGS-84 position as this basemap draws it. */
  toMap(p: LonLat): LonLat;
  /** A position on this basemap (a click) in WGS-84. */
  fromMap(p: LonLat): LonLat;
}

const same = (p: LonLat): LonLat => [p[0], p[1]];

export const WGS84: Datum = { system: 'wgs84', toMap: same, fromMap: same };
export const GCJ02: Datum = { system: 'gcj02', toMap: wgs84ToGcj02, fromMap: gcj02ToWgs84 };

export function datumOf(system: CoordinateSystem): Datum {
  return system === 'gcj02' ? GCJ02 : WGS84;
}

function convertPositions(coords: unknown, fn: (p: LonLat) => LonLat): unknown {
  if (Array.isArray(coords) && typeof coords[0] === 'number') {
    const [lon, lat, ...rest] = coords as Position;
    return [...fn([lon!, lat!]), ...rest];
  }
  return (coords as unknown[]).map((c) => convertPositions(c, fn));
}

function convertGeometry(g: Geometry, fn: (p: LonLat) => LonLat): Geometry {
  if (g.type === 'GeometryCollection') return { ...g, geometries: g.geometries.map((x) => convertGeometry(x, fn)) };
  return { ...g, coordinates: convertPositions(g.coordinates, fn) } as Geometry;
}

/** The collection as this datum draws it (the same object when nothing shifts). */
export function collectionOnMap<T extends FeatureCollection>(fc: T, datum: Datum): T {
  if (datum.system === 'wgs84') return fc;
  return { ...fc, features: fc.features.map((f) => (f.geometry ? { ...f, geometry: convertGeometry(f.geometry, datum.toMap) } : f)) };
}
