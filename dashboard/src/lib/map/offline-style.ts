/**
 * The offline basemap: a MapLibre style drawn from the platform's overlay layers (the simulated
 * county's roads, water, places and jurisdictions, or a real county's once uploaded), so the map
 * is a map with no tile server and no internet. Features are sorted by what they are (their
 * geometry and `kind`, else their layer's name) and drawn by their properties: roads by `kind`
 * (county_road, main, street), water polygons and lines, places as labels sized by `rank`,
 * jurisdictions by `kind` (county, town, police_area). Labels are in the page's language.
 *
 * The style has no `glyphs` URL: MapLibre then draws every label, Chinese and Latin alike, with
 * the browser's own fonts (TinySDF), so no font file is ever requested.
 */
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection } from 'geojson';
import type { Locale } from '../i18n/locales.js';
import type { OverlayLayer } from '../types.js';

/** The fonts labels are drawn with, in the browser (there are no glyph files). */
export const LABEL_FONT = ['Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'sans-serif'];

export type BasemapRole = 'water' | 'roads' | 'boundaries' | 'places' | 'other';
export const BASEMAP_ROLES: BasemapRole[] = ['water', 'roads', 'boundaries', 'places', 'other'];

const WATER_KINDS = new Set(['lake', 'river', 'water', 'reservoir', 'pond', 'canal', 'stream']);
const ROAD_KINDS = new Set(['county_road', 'main', 'street', 'highway', 'lane', 'path']);
const BOUNDARY_KINDS = new Set(['county', 'town', 'police_area']);

/** What one overlay feature is on a map, from its geometry, its `kind`, and the name of its layer. */
export function roleOf(feature: Feature, layerName: string): BasemapRole {
  const kind = String(feature.properties?.kind ?? '');
  const type = feature.geometry?.type ?? '';
  const named = (re: RegExp) => re.test(layerName);
  if (type === 'Point' || type === 'MultiPoint') return feature.properties?.name_zh || feature.properties?.name_en || feature.properties?.name ? 'places' : 'other';
  if (type === 'LineString' || type === 'MultiLineString') {
    if (WATER_KINDS.has(kind) || named(/water|river/)) return 'water';
    if (ROAD_KINDS.has(kind) || named(/road|street/)) return 'roads';
    return 'other';
  }
  if (type === 'Polygon' || type === 'MultiPolygon') {
    if (WATER_KINDS.has(kind) || named(/water|lake/)) return 'water';
    if (BOUNDARY_KINDS.has(kind) || named(/jurisdiction|boundar|area/)) return 'boundaries';
    return 'other';
  }
  return 'other';
}

/** Every overlay feature in the collection of its role. */
export function basemapCollections(layers: readonly OverlayLayer[]): Record<BasemapRole, FeatureCollection> {
  const out = Object.fromEntries(BASEMAP_ROLES.map((r) => [r, { type: 'FeatureCollection', features: [] as Feature[] }])) as Record<BasemapRole, FeatureCollection>;
  for (const layer of layers) for (const f of layer.geojson.features) out[roleOf(f, layer.name)].features.push(f);
  return out;
}

/** A feature's name in the page's language, else in the other, else as given. */
export function nameIn(locale: Locale): ExpressionSpecification {
  return locale === 'en' ? ['coalesce', ['get', 'name_en'], ['get', 'name'], ['get', 'name_zh'], ''] : ['coalesce', ['get', 'name_zh'], ['get', 'name'], ['get', 'name_en'], ''];
}

export const sourceId = (role: BasemapRole) => `base-${role}`;

const kindIs = (...kinds: string[]): ExpressionSpecification => ['in', ['get', 'kind'], ['literal', kinds]];
const lines: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['LineString', 'MultiLineString']]];
const polygons: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
const halo = { 'text-halo-color': '#ffffff', 'text-halo-width': 1.4 } as const;

/** Road widths in pixels from zoom 10 to 17. */
const ROAD = {
  county_road: { color: '#f6c46a', casing: '#c8963f', widths: [10, 1.6, 13, 3.5, 17, 9], minzoom: 0 },
  main: { color: '#ffffff', casing: '#b9b1a4', widths: [11, 0.8, 13, 3, 17, 12], minzoom: 10 },
  street: { color: '#ffffff', casing: '#cfc8bc', widths: [12, 0.4, 14, 2, 17, 8], minzoom: 12 },
} as const;

function roadLayers(): LayerSpecification[] {
  const width = (w: readonly number[], extra = 0): ExpressionSpecification => ['interpolate', ['exponential', 1.5], ['zoom'], w[0]!, w[1]! + extra, w[2]!, w[3]! + extra, w[4]!, w[5]! + extra];
  const out: LayerSpecification[] = [];
  // Streets beneath main roads beneath county roads; every casing beneath every fill.
  const order = ['street', 'main', 'county_road'] as const;
  for (const kind of order) {
    const r = ROAD[kind];
    const filter: ExpressionSpecification = kind === 'street' ? ['!', kindIs('main', 'county_road')] : kindIs(kind);
    out.push({
      id: `base-road-${kind}-casing`,
      type: 'line',
      source: sourceId('roads'),
      minzoom: r.minzoom,
      filter,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': r.casing, 'line-width': width(r.widths, 1.2) },
    });
  }
  for (const kind of order) {
    const r = ROAD[kind];
    const filter: ExpressionSpecification = kind === 'street' ? ['!', kindIs('main', 'county_road')] : kindIs(kind);
    out.push({
      id: `base-road-${kind}`,
      type: 'line',
      source: sourceId('roads'),
      minzoom: r.minzoom,
      filter,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': r.color, 'line-width': width(r.widths) },
    });
  }
  return out;
}

/** Jurisdiction outlines, dashed by level: the county boldest, police areas finest (and named). */
export function boundaryLayers(source: string, locale: Locale): LayerSpecification[] {
  return [
    {
      id: 'base-boundary-police',
      type: 'line',
      source,
      minzoom: 10,
      filter: ['all', polygons, ['!', kindIs('county', 'town')]],
      paint: { 'line-color': '#8f7fa3', 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 0.6, 16, 1.6], 'line-dasharray': [2, 2] },
    },
    {
      id: 'base-boundary-town',
      type: 'line',
      source,
      filter: ['all', polygons, kindIs('town')],
      paint: { 'line-color': '#8a6f9e', 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.8, 16, 2.4], 'line-dasharray': [4, 2] },
    },
    {
      id: 'base-boundary-county',
      type: 'line',
      source,
      filter: ['all', polygons, kindIs('county')],
      paint: { 'line-color': '#7b5a93', 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1.6, 16, 4], 'line-dasharray': [5, 2, 1, 2] },
    },
    {
      id: 'base-boundary-label',
      type: 'symbol',
      source,
      minzoom: 12,
      filter: ['all', polygons, ['!', kindIs('county', 'town')]],
      layout: { 'text-field': nameIn(locale), 'text-font': LABEL_FONT, 'text-size': 12, 'text-letter-spacing': 0.1, 'text-max-width': 8 },
      paint: { 'text-color': '#6d5a80', ...halo },
    },
  ];
}

/** Place names: the county seat from afar, villages and landmarks only close up (by `rank`, 1 to 5). */
function placeLayers(locale: Locale): LayerSpecification[] {
  const MINZOOM = [7, 9, 11, 12.5, 14.5];
  const SIZE = [17, 15, 13, 12, 11];
  const out: LayerSpecification[] = [
    {
      id: 'base-place-dot',
      type: 'circle',
      source: sourceId('places'),
      minzoom: 12,
      filter: ['all', ['>=', ['coalesce', ['get', 'rank'], 4], 4], ['!=', ['get', 'kind'], 'water']],
      paint: { 'circle-radius': 2.5, 'circle-color': '#7d7468', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1 },
    },
  ];
  for (let rank = 1; rank <= 5; rank++) {
    const filter: ExpressionSpecification = rank === 5 ? ['>=', ['coalesce', ['get', 'rank'], 5], 5] : ['==', ['coalesce', ['get', 'rank'], 5], rank];
    out.push({
      id: `base-place-${rank}`,
      type: 'symbol',
      source: sourceId('places'),
      minzoom: MINZOOM[rank - 1]!,
      filter,
      layout: {
        'text-field': nameIn(locale),
        'text-font': LABEL_FONT,
        'text-size': SIZE[rank - 1]!,
        'text-max-width': 8,
        'text-variable-anchor': rank >= 4 ? ['left', 'right', 'top', 'bottom'] : ['center'],
        'text-radial-offset': rank >= 4 ? 0.5 : 0,
        'symbol-sort-key': rank,
      },
      paint: { 'text-color': ['match', ['get', 'kind'], 'water', '#2f6f9f', rank <= 2 ? '#2b2b2b' : '#4a4a4a'], ...halo },
    });
  }
  return out;
}

/** The offline basemap's style for the page's language. */
export function offlineStyle(layers: readonly OverlayLayer[], locale: Locale): StyleSpecification {
  const data = basemapCollections(layers);
  const sources = Object.fromEntries(BASEMAP_ROLES.map((role) => [sourceId(role), { type: 'geojson' as const, data: data[role] }]));
  return {
    version: 8,
    name: 'watchpost-offline',
    sources,
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#f3f0e8' } },
      { id: 'base-water-fill', type: 'fill', source: sourceId('water'), filter: polygons, paint: { 'fill-color': '#a8cde3' } },
      {
        id: 'base-water-line',
        type: 'line',
        source: sourceId('water'),
        filter: lines,
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: { 'line-color': '#a8cde3', 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1.5, 12, 4, 16, 14] },
      },
      { id: 'base-other-fill', type: 'fill', source: sourceId('other'), filter: polygons, paint: { 'fill-color': '#5b7083', 'fill-opacity': 0.08 } },
      { id: 'base-other-line', type: 'line', source: sourceId('other'), filter: ['!=', ['geometry-type'], 'Point'], paint: { 'line-color': '#5b7083', 'line-width': 1, 'line-opacity': 0.7 } },
      ...roadLayers(),
      ...boundaryLayers(sourceId('boundaries'), locale),
      {
        id: 'base-road-label',
        type: 'symbol',
        source: sourceId('roads'),
        minzoom: 14,
        layout: { 'symbol-placement': 'line', 'text-field': nameIn(locale), 'text-font': LABEL_FONT, 'text-size': 11, 'symbol-spacing': 300 },
        paint: { 'text-color': '#5a5248', ...halo },
      },
      ...placeLayers(locale),
    ],
  };
}
