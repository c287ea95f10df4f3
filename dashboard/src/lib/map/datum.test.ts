import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { FeatureCollection } from 'geojson';
import { wgs84ToGcj02 } from '../geo/gcj02.js';
import { GCJ02, WGS84, collectionOnMap } from './datum.js';

const roads: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { kind: 'main' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [118.5, 32.99],
          [118.56, 32.99],
        ],
      },
    },
    {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [118.5, 32.97],
            [118.56, 32.97],
            [118.56, 33.01],
            [118.5, 32.97],
          ],
        ],
      },
    },
  ],
};

it('shifts every position of a collection for a GCJ-02 basemap and leaves it alone for WGS-84', () => {
  assert.equal(collectionOnMap(roads, WGS84), roads);
  const shifted = collectionOnMap(roads, GCJ02);
  assert.deepEqual((shifted.features[0]!.geometry as { coordinates: number[][] }).coordinates[1], wgs84ToGcj02([118.56, 32.99]));
  assert.deepEqual((shifted.features[1]!.geometry as { coordinates: number[][][] }).coordinates[0]![2], wgs84ToGcj02([118.56, 33.01]));
  assert.deepEqual(shifted.features[0]!.properties, { kind: 'main' });
  assert.deepEqual((roads.features[0]!.geometry as { coordinates: number[][] }).coordinates[1], [118.56, 32.99], 'the original is untouched');
});
