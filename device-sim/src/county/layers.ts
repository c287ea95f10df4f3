/**
 * The county as GeoJSON for the dashboard's basemap layers (roads, water,
 * places, jurisdictions) and as device lists. Geometry is simplified (5 m
 * on streets, 15 m on county roads, 50 m on water) and coordinates rounded,
 * so the full county uploads as a few hundred kB.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { County } from './county.js';
import { simplify, type Pt } from './geo.js';
import { LANDMARKS } from './names.js';

export interface DeviceEntry {
  /** The simulator's id (st-0001, pl-0001, rp-001); the platform gives registered devices ids of its own. */
  id: string;
  kind: 'station' | 'pillar' | 'registration_point';
  name: string;
  lon: number;
  lat: number;
}

const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

export function roadsLayer(c: County): FeatureCollection {
  const ll = (line: Pt[], tol: number) => simplify(line, tol).map((p) => c.projection.toLonLat(p));
  return collection(
    c.graph.edges.map((e, i) => ({
      type: 'Feature',
      id: i,
      properties: { kind: e.kind, name_zh: e.nameZh, name_en: e.nameEn },
      geometry: { type: 'LineString', coordinates: ll(e.line, e.kind === 'county_road' ? 15 : 5) },
    })),
  );
}

export function waterLayer(c: County): FeatureCollection {
  const ring = (r: Pt[]) => {
    const s = simplify([...r, r[0]!], 50);
    return s.map((p) => c.projection.toLonLat(p));
  };
  return collection([
    ...c.water.lakes.map((l): Feature => ({ type: 'Feature', properties: { kind: 'lake', id: l.id, name_zh: l.zh, name_en: l.en }, geometry: { type: 'Polygon', coordinates: [ring(l.ring)] } })),
    ...c.water.rivers.map((r): Feature => ({
      type: 'Feature',
      properties: { kind: 'river', id: r.id, name_zh: r.zh, name_en: r.en },
      geometry: { type: 'LineString', coordinates: simplify(r.line, 50).map((p) => c.projection.toLonLat(p)) },
    })),
  ]);
}

/** Rank orders labels: 1 the county seat, 2 towns and the lake, 3 landmarks and river, 4 villages, 5 minor landmarks. */
export function placesLayer(c: County): FeatureCollection {
  const point = (p: Pt, props: Record<string, unknown>): Feature => ({ type: 'Feature', properties: props, geometry: { type: 'Point', coordinates: c.projection.toLonLat(p) } });
  const major = new Set(['government', 'hospital', 'bus_station', 'square']);
  return collection([
    ...c.towns.map((t) => point(t.center, { kind: 'town', name_zh: t.spec.zh, name_en: t.spec.en, rank: t.spec.size >= 8 ? 1 : 2 })),
    point([-14_000, 14_000], { kind: 'water', name_zh: '洪泽湖', name_en: 'Hongze Lake', rank: 2 }),
    point([-17_500, -8_300], { kind: 'water', name_zh: '天泉湖', name_en: 'Tianquan Lake', rank: 3 }),
    point(c.water.rivers[0]!.line[Math.floor(c.water.rivers[0]!.line.length * 0.8)]!, { kind: 'water', name_zh: '淮河', name_en: 'Huai River', rank: 3 }),
    ...c.villages.map((v) => point(c.graph.nodes[v.node]!, { kind: 'village', name_zh: v.zh, name_en: v.en, rank: 4 })),
    ...c.landmarks.map((l) => point(c.graph.nodes[l.node]!, { kind: 'landmark', landmark: l.kind, name_zh: l.zh, name_en: l.en, rank: major.has(l.kind) ? 3 : 5, category_zh: LANDMARKS[l.kind].zh })),
    ...c.registrationPoints.map((r) => point(r.at, { kind: 'registration_point', name_zh: r.name, name_en: `${c.towns[r.town]!.spec.en} e-bike registration`, rank: 5 })),
  ]);
}

export function jurisdictionsLayer(c: County): FeatureCollection {
  return collection(
    c.jurisdictions.map((j) => ({
      type: 'Feature',
      properties: { id: j.id, name_zh: j.nameZh, name_en: j.nameEn, kind: j.kind, parentId: j.parentId },
      geometry: { type: 'Polygon', coordinates: [[...j.ring, j.ring[0]!].map((p) => c.projection.toLonLat(p))] },
    })),
  );
}

export function deviceList(c: County): DeviceEntry[] {
  const entry = (id: string, kind: DeviceEntry['kind'], name: string, at: Pt): DeviceEntry => {
    const [lon, lat] = c.projection.toLonLat(at);
    return { id, kind, name, lon, lat };
  };
  return [
    ...c.stations.map((s) => entry(s.key, 'station', s.name, s.at)),
    ...c.pillars.map((p) => entry(p.key, 'pillar', p.name, p.at)),
    ...c.registrationPoints.map((r) => entry(r.key, 'registration_point', r.name, r.at)),
  ];
}

/** Every basemap layer by name, as uploaded to PUT /api/v1/map/layers/:name. */
export function basemapLayers(c: County): { name: string; title: string; geojson: FeatureCollection }[] {
  return [
    { name: 'county-water', title: '水系 Water', geojson: waterLayer(c) },
    { name: 'county-roads', title: '道路 Roads', geojson: roadsLayer(c) },
    { name: 'county-jurisdictions', title: '辖区 Jurisdictions', geojson: jurisdictionsLayer(c) },
    { name: 'county-places', title: '地名 Places', geojson: placesLayer(c) },
  ];
}
