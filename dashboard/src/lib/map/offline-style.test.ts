import assert from 'node:assert/strict';
import { it } from 'node:test';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { Feature } from 'geojson';
import type { OverlayLayer } from '../types.js';
import { basemapCollections, offlineStyle, roleOf } from './offline-style.js';

const line = (properties: Record<string, unknown>): Feature => ({
  type: 'Feature',
  properties,
  geometry: {
    type: 'LineString',
    coordinates: [
      [118.5, 33],
      [118.6, 33],
    ],
  },
});
const area = (properties: Record<string, unknown>): Feature => ({
  type: 'Feature',
  properties,
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [118.5, 33],
        [118.6, 33],
        [118.6, 33.1],
        [118.5, 33],
      ],
    ],
  },
});
const point = (properties: Record<string, unknown>): Feature => ({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [118.5, 33] } });
const layer = (name: string, features: Feature[]): OverlayLayer => ({ name, title: name, updatedAt: '', geojson: { type: 'FeatureCollection', features } });

it('sorts overlay features by what they are: kind first, else the layer name', () => {
  assert.equal(roleOf(line({ kind: 'county_road' }), 'county-roads'), 'roads');
  assert.equal(roleOf(line({ kind: 'street' }), 'anything'), 'roads');
  assert.equal(roleOf(line({ kind: 'river' }), 'county-water'), 'water');
  assert.equal(roleOf(area({ kind: 'lake' }), 'county-water'), 'water');
  assert.equal(roleOf(area({ kind: 'police_area' }), 'county-jurisdictions'), 'boundaries');
  assert.equal(roleOf(point({ kind: 'town', name_zh: '马坝镇' }), 'county-places'), 'places');
  // The simulator's town today: streets without a kind of road, jurisdictions without a kind.
  assert.equal(roleOf(line({}), 'demo-roads'), 'roads');
  assert.equal(roleOf(area({ name: 'West police station' }), 'demo-jurisdictions'), 'boundaries');
  assert.equal(roleOf(line({}), 'fences'), 'other');
  assert.equal(roleOf(point({}), 'poles'), 'other');
});

it('is a valid MapLibre style with no glyphs URL, its names in the page language', () => {
  const layers = [
    layer('county-roads', [line({ kind: 'main', name_zh: '淮河路', name_en: 'Huaihe Rd' })]),
    layer('county-places', [point({ kind: 'town', name_zh: '盱眙', name_en: 'Xuyi', rank: 1 })]),
    layer('county-water', [area({ kind: 'lake' })]),
  ];
  const zh = offlineStyle(layers, 'zh-CN');
  assert.deepEqual(validateStyleMin(zh), []);
  assert.equal(zh.glyphs, undefined, 'labels are drawn with local fonts: no font file is fetched');
  const textField = (style: typeof zh, id: string) => JSON.stringify((style.layers.find((l) => l.id === id) as { layout?: Record<string, unknown> }).layout?.['text-field']);
  assert.match(textField(zh, 'base-place-1'), /^\["coalesce",\["get","name_zh"\]/);
  assert.match(textField(offlineStyle(layers, 'en'), 'base-road-label'), /^\["coalesce",\["get","name_en"\]/);
  const data = basemapCollections(layers);
  assert.deepEqual([data.roads.features.length, data.places.features.length, data.water.features.length, data.boundaries.features.length], [1, 1, 1, 0]);
});
