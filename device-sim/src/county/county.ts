/**
 * A simulated county around Xuyi (盱眙): towns with their own streets, county
 * roads with villages, water, jurisdictions, and where the base stations,
 * alarm pillars and registration points stand. Deterministic: the same seed
 * and scale give the same county, byte for byte.
 */
import { seededRandom } from '@watchpost/firmware-protocol/testing';
import { Projection, type Pt } from './geo.js';
import { buildCountyRoads, type CountyRoads, type Village } from './county-roads.js';
import { placePillars, placeRegistrationPoints, placeStations, type RegistrationPoint, type SimPillar, type SimStation } from './devices.js';
import { buildJurisdictions, policeAreaAt, type Jurisdiction } from './jurisdictions.js';
import { placeLandmarks, type Landmark } from './landmarks.js';
import { COUNTY, TOWNS } from './names.js';
import { buildOutline } from './outline.js';
import { RoadGraph } from './road-graph.js';
import { buildTown, type Town } from './towns.js';
import { routeLength } from './trip.js';
import { buildWater, type Water } from './water.js';

export interface CountyOptions {
  seed?: number;
  /** 1 = the seed county's 559 stations and ~300 pillars; fewer, proportionally, below. */
  scale?: number;
}

export interface County {
  seed: number;
  scale: number;
  projection: Projection;
  graph: RoadGraph;
  towns: Town[];
  roads: CountyRoads;
  villages: Village[];
  landmarks: Landmark[];
  outline: Pt[];
  water: Water;
  jurisdictions: Jurisdiction[];
  stations: SimStation[];
  pillars: SimPillar[];
  registrationPoints: RegistrationPoint[];
}

export function buildCounty(options: CountyOptions = {}): County {
  const seed = options.seed ?? 1;
  const scale = options.scale ?? 1;
  if (!(scale > 0 && scale <= 1)) throw new Error(`scale must be in (0, 1], got ${scale}`);
  // One stream per part, so that changing how one part is drawn leaves the others as they were.
  const stream = (k: number) => seededRandom((seed * 1_000_003 + k * 7_919) >>> 0);
  const graph = new RoadGraph();
  const townRand = stream(1);
  const towns = TOWNS.map((spec, i) => buildTown(graph, spec, i, townRand));
  const water = buildWater(stream(2));
  const outline = buildOutline(towns, stream(3));
  const roads = buildCountyRoads(graph, towns, outline, water, stream(4));
  joinStrays(graph, towns[0]!.nodes[0]!);
  graph.freeze();
  assignVillagesByRoad(graph, towns, roads.villages);
  const landmarks = placeLandmarks(graph, towns, stream(5));
  const jurisdictions = buildJurisdictions(outline, towns, stream(6));
  const stations = placeStations(graph, towns, roads, scale, stream(7));
  const pillars = placePillars(graph, towns, landmarks, scale, stream(8));
  const registrationPoints = placeRegistrationPoints(graph, towns, landmarks);
  return { seed, scale, projection: new Projection(COUNTY.center), graph, towns, roads, villages: roads.villages, landmarks, outline, water, jurisdictions, stations, pillars, registrationPoints };
}

/** A village belongs to the town nearest by road, not as the crow flies: the one its people can ride to. */
function assignVillagesByRoad(graph: RoadGraph, towns: readonly Town[], villages: Village[]): void {
  const centres = towns.map((t) => graph.nearestNode(t.center, (n) => graph.nodeTown[n] === t.index));
  for (const v of villages) {
    let best = Infinity;
    centres.forEach((c, t) => {
      const path = graph.path(v.node, c);
      const m = path ? routeLength(graph, path) : Infinity;
      if (m < best) [best, v.town] = [m, t];
    });
  }
}

/** Streets cut off by a missing link get a lane to the nearest connected crossing: the county is one network. */
function joinStrays(graph: RoadGraph, start: number): void {
  const main = graph.component(start);
  for (let n = 0; n < graph.nodes.length; n++) {
    if (main.has(n)) continue;
    const island = graph.component(n);
    const target = graph.nearestNode(graph.nodes[n]!, (k) => main.has(k));
    graph.addEdge(n, target, 'street', ['小巷', 'Lane']);
    for (const k of island) main.add(k);
  }
}

export { policeAreaAt };
