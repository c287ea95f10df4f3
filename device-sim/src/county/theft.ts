/**
 * The theft scenario: a given bike taken at a given time and ridden away
 * without its owner's fob, to another town (or a given node). The owner
 * rides no more; the thief rides fast and does not stop at crossings.
 */
import { seededRandom } from '@watchpost/firmware-protocol/testing';
import type { County } from './county.js';
import { dist } from './geo.js';
import type { Rider } from './riders.js';
import type { Theft, Traffic } from './traffic.js';

/** A destination at least `minKm` from the bike's home, in another town (deterministic per rider). */
export function getawayNode(county: County, rider: Rider, minKm = 6): number {
  const rand = seededRandom(rider.index * 2_654_435_761 + 99);
  const home = county.graph.nodes[rider.home]!;
  const far = county.towns.filter((t) => t.index !== rider.town && dist(t.center, home) >= minKm * 1000);
  const town = far.length ? far[Math.floor(rand() * far.length)]! : county.towns[(rider.town + 1) % county.towns.length]!;
  return town.nodes[Math.floor(rand() * town.nodes.length)]!;
}

/** Schedules the theft of a rider's bike at `atS` (seconds since the epoch) and returns it. */
export function stealBike(traffic: Traffic, rider: Rider, atS: number, to = getawayNode(traffic.county, rider)): Theft {
  const theft: Theft = { rider: rider.index, atS, to };
  traffic.addTheft(theft);
  return theft;
}
