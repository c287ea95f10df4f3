import assert from 'node:assert/strict';
import { it } from 'node:test';
import { filterDevices, type DeviceFilter } from './device-filter.js';
import type { Device } from './types.js';

const devices = new Map<string, Device>(
  (
    [
      ['pl-001', 'pillar', 'East gate 东门', 'online'],
      ['st-001', 'station', 'Huaihe bridge', 'offline'],
      ['st-002', 'station', 'Market street', 'never_seen'],
      ['tg-001', 'tag', 'Bike 1', 'online'],
    ] as const
  ).map(([id, kind, name, presence]) => [
    id,
    { id, kind, name, presence, lat: 33, lon: 118.5, jurisdictions: [], placement: 'placed', registeredAt: '', lastSeenAt: null, presenceSince: null, heartbeatIntervalS: 60, offlineAfterS: 180 },
  ]),
);
const order = ['tg-001', 'pl-001', 'st-001', 'st-002'];
const all: DeviceFilter = { text: '', kind: 'all', presence: 'all' };
const ids = (f: Partial<DeviceFilter>, limit = 100) => filterDevices(order, devices, { ...all, ...f }, limit).rows.map((d) => d.id);

it('keeps the given order and filters by kind, presence and text (name or id, any case)', () => {
  assert.deepEqual(ids({}), order);
  assert.deepEqual(ids({ kind: 'station' }), ['st-001', 'st-002']);
  assert.deepEqual(ids({ presence: 'online' }), ['tg-001', 'pl-001']);
  assert.deepEqual(ids({ text: '  MARKET ' }), ['st-002']);
  assert.deepEqual(ids({ text: 'st-00' }), ['st-001', 'st-002']);
  assert.deepEqual(ids({ text: '东门' }), ['pl-001']);
  assert.deepEqual(ids({ kind: 'station', presence: 'online' }), []);
});

it('draws at most `limit` rows but counts every match', () => {
  const shown = filterDevices(order, devices, all, 2);
  assert.deepEqual(
    shown.rows.map((d) => d.id),
    ['tg-001', 'pl-001'],
  );
  assert.equal(shown.matched, 4);
});

it('skips ids the order still has but the devices no longer do', () => {
  assert.deepEqual(
    filterDevices(['gone', 'st-001'], devices, all, 10).rows.map((d) => d.id),
    ['st-001'],
  );
});
