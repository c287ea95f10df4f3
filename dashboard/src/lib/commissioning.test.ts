import assert from 'node:assert/strict';
import { it } from 'node:test';
import { sightingsIn, stageOf } from './commissioning.js';
import type { StationMinutes } from './owner-api.js';

const activity = (...sightings: number[]): StationMinutes => ({
  stationId: 'st-1',
  from: '2026-03-01T00:00:00Z',
  to: '2026-03-01T01:00:00Z',
  minutes: sightings.map((n, i) => ({ at: `2026-03-01T00:0${i}:00Z`, tags: n ? 1 : 0, sightings: n })),
});

it('says a station never heard from is registered, one heard from online, one that heard tags commissioned', () => {
  assert.equal(stageOf({ presence: 'never_seen', lastSeenAt: null }, null), 'registered');
  assert.equal(stageOf({ presence: 'online', lastSeenAt: '2026-03-01T00:00:00Z' }, activity()), 'online');
  assert.equal(stageOf({ presence: 'online', lastSeenAt: '2026-03-01T00:00:00Z' }, activity(0, 0)), 'online');
  assert.equal(stageOf({ presence: 'online', lastSeenAt: '2026-03-01T00:00:00Z' }, activity(0, 3)), 'commissioned');
});

it('keeps a station that went offline at the stage it reached', () => {
  assert.equal(stageOf({ presence: 'offline', lastSeenAt: '2026-03-01T00:00:00Z' }, null), 'online');
  assert.equal(stageOf({ presence: 'offline', lastSeenAt: '2026-03-01T00:00:00Z' }, activity(2)), 'commissioned');
  assert.equal(sightingsIn(activity(2, 5)), 7);
});
