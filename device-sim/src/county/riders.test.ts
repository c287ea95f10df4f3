// Riders: the population's figures, and trips that stay on the road graph at e-bike speeds.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildCounty } from './county.js';
import { buildPopulation } from './riders.js';
import { Traffic, type SightingRecord } from './traffic.js';
import type { Trip } from './trip.js';

describe('riders', () => {
  const county = buildCounty({ seed: 1, scale: 0.2 });
  const riders = buildPopulation(county);
  const traffic = new Traffic(county, riders);

  it('are 15,000 × scale bikes with distinct tags, homes on the road graph, speeds of 15–25 km/h', () => {
    assert.equal(riders.length, 3000);
    assert.equal(buildPopulation(buildCounty({ seed: 1, scale: 1 })).length, 15_000);
    const tags = riders.flatMap((r) => [r.bikeTag, r.fobTag ?? []]).flat();
    assert.equal(new Set(tags).size, tags.length);
    assert.ok(riders.every((r) => r.speedKmh >= 15 && r.speedKmh <= 25 && r.home >= 0 && r.home < county.graph.nodes.length));
    assert.ok(new Set(riders.map((r) => r.role)).size === 3);
  });

  it('ride connected routes along road edges, at 15–25 km/h, one trip after another, day after day', () => {
    let trips = 0;
    for (const rider of riders.slice(0, 400)) {
      let lastEnd = -Infinity;
      for (const trip of [0, 1, 5, 6, 7].flatMap((day) => traffic.tripsOf(rider, day))) {
        trips++;
        assert.ok(trip.startS >= lastEnd, 'trips do not overlap, not even across midnight');
        assert.ok(trip.startS % 86_400 > 4 * 3600 || trip.purpose === 'home', `nobody runs errands at ${((trip.startS % 86_400) / 3600).toFixed(1)} h`);
        lastEnd = trip.endS;
        let at = trip.from;
        let t = trip.startS;
        for (const leg of trip.legs) {
          assert.ok(leg.t0 >= t - 1e-6 && leg.t1 >= leg.t0, 'time runs forward');
          t = leg.t1;
          if (leg.edge < 0) {
            assert.equal(leg.node, at, 'waits where the bike is');
            continue;
          }
          const edge = county.graph.edges[leg.edge]!;
          assert.equal(leg.forward ? edge.a : edge.b, at, 'each stretch starts where the last ended');
          at = leg.forward ? edge.b : edge.a;
          const kmh = (edge.length / (leg.t1 - leg.t0)) * 3.6;
          assert.ok(kmh >= 15 - 1e-9 && kmh <= 25 + 1e-9, `${kmh.toFixed(1)} km/h`);
        }
        assert.equal(at, trip.to, 'arrives where it meant to go');
      }
    }
    assert.ok(trips > 400, `${trips} trips`);
  });

  it('live like people: commutes in the morning peak, errands, idle days, detours', () => {
    const all: Trip[] = [];
    for (const r of riders) all.push(...traffic.tripsOf(r, 1));
    const hours = all.map((t) => (t.startS % 86_400) / 3600);
    const peak = hours.filter((h) => h >= 6.5 && h < 9).length / hours.length;
    assert.ok(peak > 0.2 && peak < 0.7, `${(peak * 100).toFixed(0)} % of trips leave in the morning peak`);
    const purposes = new Set(all.map((t) => t.purpose));
    for (const p of ['commute', 'home', 'errand', 'school']) assert.ok(purposes.has(p), p);
    const riding = new Set(all.map((t) => t.rider)).size;
    assert.ok(riding < riders.length && riding > riders.length * 0.7, `${riding} of ${riders.length} ride on a weekday`);
    const shortest = all.filter((t) => {
      const p = county.graph.path(t.from, t.to)!;
      const ridden = t.legs.filter((l) => l.edge >= 0).map((l) => l.edge);
      return p.length === ridden.length && p.every((e, i) => e === ridden[i]);
    }).length;
    assert.ok(shortest / all.length > 0.4 && shortest / all.length < 0.9, `${((100 * shortest) / all.length).toFixed(0)} % of trips take the shortest path`);
  });

  it('are heard as valid sighting batches, the same for the same seed', () => {
    const collect = (t: Traffic) => {
      const out: SightingRecord[] = [];
      t.simulateDay(0, { sighting: (r) => out.push({ ...r }) }, riders.slice(0, 200));
      return out;
    };
    const records = collect(traffic);
    assert.ok(records.length > 500, `${records.length} sightings`);
    assert.deepEqual(collect(new Traffic(county, riders)), records);
    for (const r of records) {
      assert.ok(r.count >= 1 && r.lastOffsetMs >= r.firstOffsetMs && r.firstOffsetMs >= 0 && r.lastOffsetMs < traffic.windowMs);
      assert.ok(r.rssiDbm <= -20 && r.rssiDbm >= -120 && Number.isInteger(r.rssiDbm));
    }
  });
});
