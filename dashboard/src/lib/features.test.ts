import assert from 'node:assert/strict';
import { it } from 'node:test';
import { deviceFeatures } from './features.js';
import { wgs84ToGcj02 } from './geo/gcj02.js';
import { GCJ02 } from './map/datum.js';
import type { Device } from './types.js';

const base = { jurisdictions: [] as string[], placement: 'placed', registeredAt: '', lastSeenAt: null, presenceSince: null, heartbeatIntervalS: 60, offlineAfterS: 180 } as const;
const devices: Device[] = [
  { ...base, id: 'st-1', kind: 'station', name: 'Bridge', lat: 32.99, lon: 118.53, presence: 'online' },
  { ...base, id: 'st-2', kind: 'station', name: 'Unplaced', lat: null, lon: null, presence: 'never_seen' },
  { ...base, id: 'pl-1', kind: 'pillar', name: '', lat: 33.01, lon: 118.51, presence: 'offline' },
];

it('makes one point per placed device of the kind, [lon, lat] in WGS-84 unchanged, styled by presence', () => {
  assert.deepEqual(deviceFeatures(devices, 'station'), {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [118.53, 32.99] },
        properties: { id: 'st-1', name: 'Bridge', label: 'Bridge', kind: 'station', presence: 'online' },
      },
    ],
  });
  assert.deepEqual(
    deviceFeatures(devices, 'pillar').features.map((f) => f.properties.id),
    ['pl-1'],
  );
  assert.equal(deviceFeatures(devices, 'pillar').features[0]!.properties.label, 'pl-1', 'no name: labelled by its id');
  assert.deepEqual(deviceFeatures(devices, 'tag').features, []);
});

it('shifts positions for a GCJ-02 basemap', () => {
  assert.deepEqual(deviceFeatures(devices, 'station', GCJ02).features[0]!.geometry.coordinates, wgs84ToGcj02([118.53, 32.99]));
});
