import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyChanges, applySnapshot, countByPresence, hasPosition, sortedIds } from './fleet-state.js';
import type { Device, LiveEvent } from './types.js';

function device(id: string, over: Partial<Device> = {}): Device {
  return {
    id,
    kind: 'station',
    name: id,
    lat: 32.99,
    lon: 118.53,
    jurisdictions: [],
    placement: 'placed',
    registeredAt: '2026-01-01T00:00:00.000Z',
    lastSeenAt: null,
    presence: 'never_seen',
    presenceSince: null,
    heartbeatIntervalS: 60,
    offlineAfterS: 180,
    ...over,
  };
}

function presence(id: string, p: 'online' | 'offline', at: string, lastSeenAt: string | null = at): LiveEvent {
  return { type: 'presence', id, presence: p, at, lastSeenAt, reason: p === 'online' ? 'heartbeat' : 'silence' };
}

describe('applySnapshot', () => {
  it('fills an empty fleet and reports the kinds it touched', () => {
    const devices = new Map<string, Device>();
    const changed = applySnapshot(devices, [device('st-1'), device('pl-1', { kind: 'pillar' })]);
    assert.deepEqual([...devices.keys()].sort(), ['pl-1', 'st-1']);
    assert.deepEqual([...changed].sort(), ['pillar', 'station']);
  });

  it('replaces the fleet after a reconnection: gone devices leave, changed ones are replaced, unchanged ones are kept as they were', () => {
    const kept = device('st-1');
    const devices = new Map<string, Device>([
      ['st-1', kept],
      ['st-2', device('st-2')],
      ['tg-1', device('tg-1', { kind: 'tag' })],
    ]);
    const changed = applySnapshot(devices, [device('st-1'), device('st-2', { presence: 'online', presenceSince: '2026-01-01T00:01:00.000Z' })]);
    assert.deepEqual([...devices.keys()].sort(), ['st-1', 'st-2']);
    assert.equal(devices.get('st-1'), kept, 'an unchanged device keeps its object');
    assert.equal(devices.get('st-2')!.presence, 'online');
    assert.deepEqual([...changed].sort(), ['station', 'tag']);
  });

  it('reports nothing when the snapshot is what is already shown', () => {
    const devices = new Map([['st-1', device('st-1')]]);
    assert.equal(applySnapshot(devices, [device('st-1')]).size, 0);
  });
});

describe('applyChanges', () => {
  it('adds a newly registered device', () => {
    const devices = new Map<string, Device>();
    const changed = applyChanges(devices, [{ type: 'device', device: device('pl-9', { kind: 'pillar' }) }]);
    assert.equal(devices.get('pl-9')!.kind, 'pillar');
    assert.deepEqual([...changed], ['pillar']);
  });

  it('turns a device online with its since and last-seen times, as a new object', () => {
    const before = device('st-1');
    const devices = new Map([['st-1', before]]);
    applyChanges(devices, [presence('st-1', 'online', '2026-01-01T00:05:00.000Z')]);
    const after = devices.get('st-1')!;
    assert.notEqual(after, before);
    assert.equal(before.presence, 'never_seen', 'the old object is not mutated');
    assert.deepEqual(
      { presence: after.presence, presenceSince: after.presenceSince, lastSeenAt: after.lastSeenAt },
      { presence: 'online', presenceSince: '2026-01-01T00:05:00.000Z', lastSeenAt: '2026-01-01T00:05:00.000Z' },
    );
  });

  it('keeps the last-seen time when going offline reports none', () => {
    const devices = new Map([['st-1', device('st-1', { presence: 'online', presenceSince: '2026-01-01T00:00:00.000Z', lastSeenAt: '2026-01-01T00:00:30.000Z' })]]);
    applyChanges(devices, [presence('st-1', 'offline', '2026-01-01T00:03:30.000Z', null)]);
    assert.equal(devices.get('st-1')!.presence, 'offline');
    assert.equal(devices.get('st-1')!.lastSeenAt, '2026-01-01T00:00:30.000Z');
  });

  it('applies a batch in order and reports each kind once', () => {
    const devices = new Map([
      ['st-1', device('st-1')],
      ['st-2', device('st-2')],
    ]);
    const changed = applyChanges(devices, [
      presence('st-1', 'online', '2026-01-01T00:01:00.000Z'),
      { type: 'device', device: device('tg-1', { kind: 'tag', lat: null, lon: null }) },
      presence('st-2', 'online', '2026-01-01T00:01:00.000Z'),
      presence('st-1', 'offline', '2026-01-01T00:04:00.000Z'),
    ]);
    assert.equal(devices.get('st-1')!.presence, 'offline');
    assert.equal(devices.get('st-2')!.presence, 'online');
    assert.ok(devices.has('tg-1'));
    assert.deepEqual([...changed].sort(), ['station', 'tag']);
  });

  it('drops presence news of an unknown device, and news older than what is shown', () => {
    const devices = new Map([['st-1', device('st-1', { presence: 'online', presenceSince: '2026-01-01T00:10:00.000Z' })]]);
    const changed = applyChanges(devices, [presence('st-404', 'online', '2026-01-01T00:11:00.000Z'), presence('st-1', 'offline', '2026-01-01T00:09:00.000Z')]);
    assert.equal(changed.size, 0);
    assert.equal(devices.size, 1);
    assert.equal(devices.get('st-1')!.presence, 'online');
  });

  it('takes a registration of a known id as its new state (the feed merges registration and first presence)', () => {
    const devices = new Map([['st-1', device('st-1')]]);
    applyChanges(devices, [{ type: 'device', device: device('st-1', { presence: 'online', presenceSince: '2026-01-01T00:00:01.000Z' }) }]);
    assert.equal(devices.get('st-1')!.presence, 'online');
  });
});

describe('fleet helpers', () => {
  it('counts by presence', () => {
    const counts = countByPresence([device('a', { presence: 'online' }), device('b', { presence: 'online' }), device('c', { presence: 'offline' }), device('d')]);
    assert.deepEqual(counts, { online: 2, offline: 1, never_seen: 1 });
  });

  it('orders by name with numbers as numbers, then by id', () => {
    const ids = sortedIds([device('x-3', { name: 'Station 10' }), device('x-2', { name: 'station 2' }), device('x-1', { name: 'Station 2' }), device('x-4', { name: 'Bridge' })]);
    assert.deepEqual(ids, ['x-4', 'x-1', 'x-2', 'x-3']);
  });

  it('knows which devices have a position (0,0 is a position; null is not)', () => {
    assert.equal(hasPosition(device('a', { lat: 0, lon: 0 })), true);
    assert.equal(hasPosition(device('b', { lat: null, lon: 118.5 })), false);
    assert.equal(hasPosition(device('c', { lat: null, lon: null })), false);
  });
});
