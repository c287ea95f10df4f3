// From station sightings to positions: visits, and stations hearing a tag at once.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { collapseSightings, type TagSighting } from './positions.js';

const s = (station: string, rssiDbm: number, firstS: number, lastS: number): TagSighting => ({ station, rssiDbm, firstMs: firstS * 1000, lastMs: lastS * 1000 });

describe('positions from sightings', () => {
  it('joins one station’s consecutive windows into one visit, and keeps separate passes apart', () => {
    const p = collapseSightings([s('A', -70, 0, 8), s('A', -62, 10, 18), s('A', -75, 20, 24), s('A', -66, 300, 310)]);
    assert.deepEqual(
      p.map((x) => [x.station, x.firstMs / 1000, x.lastMs / 1000, x.rssiDbm]),
      [
        ['A', 0, 24, -62],
        ['A', 300, 310, -66],
      ],
    );
  });

  it('keeps stations heard one after the other, in time order, whatever order the sightings came in', () => {
    const p = collapseSightings([s('B', -60, 60, 70), s('A', -65, 0, 10), s('C', -70, 120, 130)]);
    assert.deepEqual(
      p.map((x) => x.station),
      ['A', 'B', 'C'],
    );
  });

  it('picks the strongest station when several hear the tag at once', () => {
    const p = collapseSightings([s('A', -80, 0, 20), s('B', -61, 5, 25), s('C', -90, 10, 15)]);
    assert.deepEqual(
      p.map((x) => x.station),
      ['B'],
    );
  });

  it('does not chain: a weak station overlapping two strong ones passed in turn drops, both strong ones stay', () => {
    const p = collapseSightings([s('A', -60, 0, 20), s('W', -85, 15, 45), s('C', -62, 40, 60)]);
    assert.deepEqual(
      p.map((x) => x.station),
      ['A', 'C'],
    );
  });
});
