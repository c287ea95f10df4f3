import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Position } from '../prediction/positions.js';
import { bucketWidthMs, bucketsOf, metresBetween, tripsAndStops, type StationLocator } from './track.js';

const MIN = 60_000;
/** Stations 1 km apart due north (0.009° of latitude ≈ 1,000.8 m); 'st-nowhere' is not placed. */
const PLACES: Record<string, { lat: number; lon: number }> = Object.fromEntries([0, 1, 2, 3, 4].map((i) => [`st-${i}`, { lat: 33 + i * 0.009, lon: 118.5 }]));
const locate: StationLocator = (id) => PLACES[id] ?? null;

/** A pass of a station: heard from `at` for `forMs`. */
const at = (station: string, atMs: number, forMs = 10_000): Position => ({ station, firstMs: atMs, lastMs: atMs + forMs, rssiDbm: -60 });

describe('trips and stops', () => {
  it('splits at a time unheard longer than the limit: two trips, one stop after the last station passed', () => {
    const t0 = Date.UTC(2026, 4, 1, 8);
    const positions = [at('st-0', t0), at('st-1', t0 + 2 * MIN), at('st-2', t0 + 4 * MIN), at('st-3', t0 + 30 * MIN), at('st-4', t0 + 32 * MIN)];
    const { trips, stops } = tripsAndStops(positions, locate, 5 * MIN);
    assert.equal(trips.length, 2);
    const [first, second] = trips;
    assert.deepEqual([first!.fromStation, first!.toStation, first!.stations, first!.positions], ['st-0', 'st-2', 3, 3]);
    assert.equal(first!.startMs, t0);
    assert.equal(first!.endMs, t0 + 4 * MIN + 10_000);
    assert.ok(Math.abs(first!.distanceM - 2_002) <= 2, `two km along the stations, got ${first!.distanceM}`);
    assert.equal(first!.durationS, 250);
    assert.equal(first!.avgSpeedKmh, Math.round((first!.distanceM / 250) * 3.6 * 10) / 10);
    assert.deepEqual([second!.fromStation, second!.toStation], ['st-3', 'st-4']);
    assert.deepEqual(stops, [{ kind: 'unheard', station: 'st-2', fromMs: t0 + 4 * MIN + 10_000, toMs: t0 + 30 * MIN, nextStation: 'st-3' }]);
  });

  it('a long stay within reach of one station is a dwell: the trip ends on arrival, the next leaves at its end', () => {
    const t0 = Date.UTC(2026, 4, 1, 8);
    const positions = [at('st-0', t0), at('st-1', t0 + 2 * MIN, 40 * MIN), at('st-2', t0 + 44 * MIN)];
    const { trips, stops } = tripsAndStops(positions, locate, 5 * MIN);
    assert.deepEqual(stops, [{ kind: 'dwell', station: 'st-1', fromMs: t0 + 2 * MIN, toMs: t0 + 42 * MIN, nextStation: 'st-2' }]);
    assert.deepEqual(
      trips.map((t) => [t.fromStation, t.toStation, t.startMs, t.endMs]),
      [
        ['st-0', 'st-1', t0, t0 + 2 * MIN],
        ['st-1', 'st-2', t0 + 42 * MIN, t0 + 44 * MIN + 10_000],
      ],
    );
  });

  it('a leg that passed a single station is no trip; unplaced stations are left out of the distance', () => {
    const t0 = Date.UTC(2026, 4, 1, 8);
    const positions = [at('st-0', t0), at('st-0', t0 + MIN), at('st-1', t0 + 20 * MIN), at('st-nowhere', t0 + 21 * MIN), at('st-3', t0 + 22 * MIN)];
    const { trips, stops } = tripsAndStops(positions, locate, 5 * MIN);
    assert.equal(stops.length, 1);
    assert.equal(trips.length, 1);
    assert.equal(trips[0]!.stations, 3);
    assert.equal(trips[0]!.distanceM, Math.round(metresBetween(PLACES['st-1']!, PLACES['st-3']!)));
  });

  it('no positions: no trips, no stops', () => {
    assert.deepEqual(tripsAndStops([], locate, 5 * MIN), { trips: [], stops: [] });
  });
});

describe('buckets', () => {
  it('the narrowest width that keeps a range under the limit', () => {
    assert.equal(bucketWidthMs(30 * 1_440 * MIN, 1_000), 60 * MIN);
    assert.equal(bucketWidthMs(1_440 * MIN, 1_000), 2 * MIN);
    assert.equal(bucketWidthMs(60 * MIN, 1_000), MIN);
    assert.equal(bucketWidthMs(400 * 1_440 * MIN, 100), 1_440 * MIN, 'never wider than a day');
  });

  it('folds positions into the buckets they start in: the stations passed once each, the last one as its place', () => {
    const from = Date.UTC(2026, 4, 1);
    const positions = [at('st-0', from + MIN), at('st-1', from + 5 * MIN), at('st-0', from + 9 * MIN), at('st-2', from + 61 * MIN)];
    const buckets = bucketsOf(positions, from, 60 * MIN);
    assert.deepEqual(buckets, [
      { startMs: from, firstMs: from + MIN, lastMs: from + 9 * MIN + 10_000, station: 'st-0', stations: ['st-0', 'st-1'], positions: 3 },
      { startMs: from + 60 * MIN, firstMs: from + 61 * MIN, lastMs: from + 61 * MIN + 10_000, station: 'st-2', stations: ['st-2'], positions: 1 },
    ]);
  });
});
