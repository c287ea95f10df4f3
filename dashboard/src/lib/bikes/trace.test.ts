import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Hit } from './api.js';
import { traceWith, type TracePosition } from './trace.js';

const at = (s: number) => new Date(Date.UTC(2026, 11, 1, 9, 0, s)).toISOString();
const position = (station: string, first: number, last: number): TracePosition => ({ station, first: at(first), last: at(last), lat: 33, lon: 118.5, rssiDbm: -60 });
const hit = (id: number, station: string, first: number, last: number): Hit => ({
  id,
  station: { id: station, name: station, lat: 33.01, lon: 118.51 },
  heardAt: at(first),
  lastHeardAt: at(last),
  historical: false,
  next: [],
  raisedAt: at(last),
  reviewedAt: null,
  reviewedBy: null,
  reviewNote: null,
  rssiDbm: -62,
  seq: id,
  status: 'unconfirmed',
  tagId: 7,
});

it('extends the track read with the stations of the hits heard after it, oldest first', () => {
  const track = [position('st-a', 0, 4), position('st-b', 10, 14)];
  // The hits list comes newest first; the one at st-b was in the track already.
  const trace = traceWith(track, [hit(3, 'st-d', 40, 44), hit(2, 'st-c', 20, 24), hit(1, 'st-b', 10, 14)]);
  assert.deepEqual(
    trace.map((p) => p.station),
    ['st-a', 'st-b', 'st-c', 'st-d'],
  );
  assert.deepEqual([trace[2]!.first, trace[2]!.last, trace[2]!.lat], [at(20), at(24), 33.01]);
  assert.equal(track.length, 2, 'the track read is left as it was');
});

it('lengthens the last visit when the bike is heard again at the same station, and starts from the hits when the track was empty', () => {
  const trace = traceWith([position('st-a', 0, 4)], [hit(1, 'st-a', 6, 9)]);
  assert.deepEqual(
    trace.map((p) => [p.station, p.first, p.last]),
    [['st-a', at(0), at(9)]],
  );
  assert.deepEqual(
    traceWith([], [hit(2, 'st-b', 20, 21), hit(1, 'st-a', 0, 1)]).map((p) => p.station),
    ['st-a', 'st-b'],
  );
  assert.deepEqual(traceWith([], []), []);
});
