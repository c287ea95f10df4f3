// The theft scenario: the bike rides away with the thief, heard by stations, without its owner's fob.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildCounty } from './county.js';
import { buildPopulation } from './riders.js';
import { stealBike } from './theft.js';
import { DAY_S, Traffic, type Pass, type SightingRecord } from './traffic.js';
import type { Trip } from './trip.js';

describe('theft scenario', () => {
  it('moves the bike without its fob along a route the simulator knows, and the owner rides no more', () => {
    const county = buildCounty({ seed: 1, scale: 0.5 });
    const riders = buildPopulation(county);
    const rider = riders.find((r) => r.role === 'commuter' && r.fobTag != null)!;
    const traffic = new Traffic(county, riders);
    const atS = DAY_S + 10 * 3600; // Tuesday 10:00, the bike parked at work
    const theft = stealBike(traffic, rider, atS);
    const trips: Trip[] = [];
    const passes: Pass[] = [];
    const sightings: SightingRecord[] = [];
    traffic.simulateRiderDay(rider, 1, { trip: (t) => trips.push(t), pass: (p) => passes.push(p), sighting: (s) => sightings.push(s) });
    const stolen = trips.filter((t) => t.stolen);
    assert.equal(stolen.length, 1);
    const ride = stolen[0]!;
    assert.ok(ride.startS >= atS);
    assert.equal(ride.to, theft.to);
    assert.ok(
      trips.every((t) => t.stolen || t.endS <= atS),
      'no owner trip after the theft',
    );

    const afterMs = traffic.epochMs + ride.startS * 1000;
    const bikeAfter = sightings.filter((s) => s.tag === rider.bikeTag && s.windowStartMs + s.lastOffsetMs >= afterMs);
    const fobAfter = sightings.filter((s) => s.tag === rider.fobTag && s.windowStartMs + s.lastOffsetMs >= afterMs);
    assert.ok(bikeAfter.length > 0, 'the stolen bike is heard');
    assert.equal(fobAfter.length, 0, 'its fob is not');
    const heardStations = new Set(passes.filter((p) => p.trip === ride.id && p.heard > 0).map((p) => p.station));
    assert.ok(heardStations.size >= 2, `heard by ${heardStations.size} stations on the way`);
    assert.deepEqual(new Set(bikeAfter.map((s) => s.station)), heardStations, 'sightings and the truth agree on the stations');

    const nextDay: Trip[] = [];
    traffic.simulateRiderDay(rider, 2, { trip: (t) => nextDay.push(t) });
    assert.equal(nextDay.length, 0, 'the owner has no bike the day after');
  });
});
