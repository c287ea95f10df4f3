import assert from 'node:assert/strict';
import { it } from 'node:test';
import { deviceFeatures } from './features.js';
import type { Device } from './types.js';

const base = { registeredAt: '', lastSeenAt: null, presenceSince: null, heartbeatIntervalS: 60, offlineAfterS: 180 } as const;
const devices: Device[] = [
  { ...base, id: 'st-1', kind: 'station', name: 'Bridge', lat: 32.99, lon: 118.53, presence: 'online' },
  { ...base, id: 'st-2', kind: 'station', name: 'Unplaced', lat: null, lon: null, presence: 'never_seen' },
  { ...base, id: 'pl-1', kind: 'pillar', name: 'Gate', lat: 33.01, lon: 118.51, presence: 'offline' },
];

it('makes one point per placed device of the kind, [lon, lat] in WGS-84 unchanged, styled by presence', () => {
  assert.deepEqual(deviceFeatures(devices, 'station'), {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [118.53, 32.99] },
        properties: { id: 'st-1', name: 'Bridge', kind: 'station', presence: 'online' },
      },
    ],
  });
  assert.deepEqual(
    deviceFeatures(devices, 'pillar').features.map((f) => f.properties.id),
    ['pl-1'],
  );
  assert.deepEqual(deviceFeatures(devices, 'tag').features, []);
});
