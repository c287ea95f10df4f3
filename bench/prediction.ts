/**
 * Benchmark 5: the next-station predictor scored against the simulated
 * county. Days of traffic in fast mode (riders' commutes, errands, detours,
 * missed beacons); the model learns from the first days and is asked, at
 * every position of every trip of the last days, which station will hear
 * the tag next and when. Thefts on the test days are scored apart: a thief
 * does not ride like the owner.
 *   npm run bench:prediction [-- --days 10 --test-days 3 --scale 1 --seed 1 --thefts 50]
 */
import { parseArgs } from 'node:util';
import { buildCounty, buildPopulation, DAY_S, Traffic } from '../device-sim/src/county/index.js';
import { NextStationModel } from '../broker/src/domains/bikes/prediction/index.js';
import { machine } from './lib/harness.js';
import { emptyScore, RiderDay, test, train, type Score } from './lib/next-station-score.js';
import { percentile, fmt } from './lib/stats.js';
import { seededRandom } from '@watchpost/firmware-protocol/testing';

const { values } = parseArgs({
  options: {
    days: { type: 'string', default: '10' },
    'test-days': { type: 'string', default: '3' },
    scale: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    thefts: { type: 'string', default: '50' },
    window: { type: 'string', default: '' },
    pace: { type: 'string', default: '' },
  },
});
const days = Number(values.days);
const testDays = Number(values['test-days']);
const scale = Number(values.scale);
const seed = Number(values.seed);

const started = performance.now();
const county = buildCounty({ seed, scale });
const riders = buildPopulation(county);
const traffic = new Traffic(county, riders);
const stationIds = county.stations.map((s) => s.key);
const siteNames = { crossing: 'town crossing', entrance: 'town entrance', junction: 'county road junction', county_road: 'along a county road' };
const siteByKey = new Map(county.stations.map((s) => [s.key, siteNames[s.site]]));
const siteOf = (key: string) => siteByKey.get(key) ?? '?';
console.log(`# Next-station prediction: ${machine()}`);
console.log(`county seed ${seed}, scale ${scale}: ${county.stations.length} stations, ${fmt(riders.length)} bikes; ${days} days, trained on ${days - testDays}, tested on ${testDays}`);

// Thefts on the test days: a bike taken at a random hour, ridden to another town or village.
const rand = seededRandom(seed * 31 + 7);
const stolen = new Set<number>();
for (let k = 0; k < Number(values.thefts); k++) {
  const rider = riders[Math.floor(rand() * riders.length)]!;
  if (stolen.has(rider.index)) continue;
  stolen.add(rider.index);
  const day = days - testDays + Math.floor(rand() * testDays);
  traffic.addTheft({ rider: rider.index, atS: day * DAY_S + (8 + rand() * 12) * 3600, to: Math.floor(rand() * county.graph.nodes.length) });
}

const model = new NextStationModel({
  ...(values.window ? { window: values.window.split(',').map(Number) as [number, number] } : {}),
  ...(values.pace ? { paceWeight: Number(values.pace) } : {}),
});
console.log(`model options: ${JSON.stringify(model.options)}`);
const normal = emptyScore();
const thefts = emptyScore();
const riderDay = new RiderDay(stationIds);
let sightings = 0;
let generationMs = 0;
for (let day = 0; day < days; day++) {
  const t0 = performance.now();
  let dayGen = 0;
  for (const r of riders) {
    const g = performance.now();
    traffic.simulateRiderDay(r, day, riderDay.sink);
    dayGen += performance.now() - g;
    for (const list of riderDay.sightings.values()) sightings += list.length;
    if (day < days - testDays) train(model, riderDay);
    else {
      test(model, riderDay, traffic.epochMs, normal, false, siteOf);
      test(model, riderDay, traffic.epochMs, thefts, true, siteOf);
    }
    riderDay.clear();
  }
  generationMs += dayGen;
  console.log(`day ${day + 1}${day < days - testDays ? ' (train)' : ' (test) '}: ${((performance.now() - t0) / 1000).toFixed(1)} s, of which traffic ${(dayGen / 1000).toFixed(1)} s`);
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : '—');
const report = (name: string, s: Score) => {
  const widths = s.windowWidthS.sort((a, b) => a - b);
  console.log(
    `${name}: ${fmt(s.questions)} questions; top-1 ${(s.top1 / s.questions).toFixed(3)}, top-3 ${(s.top3 / s.questions).toFixed(3)}; arrival inside the window ${pct(s.inWindow, s.windowAsked)} of the top-3 hits (${pct(s.inWindow, s.questions)} of all questions), window width median ${fmt(percentile(widths, 50))} s, p90 ${fmt(percentile(widths, 90))} s`,
  );
  const sites = [...s.bySite].sort((a, b) => b[1][0] - a[1][0]).map(([site, [n, hit]]) => `${site} ${pct(n, s.questions)} of questions, top-1 ${(hit / n).toFixed(3)}`);
  console.log(`  by current station: ${sites.join('; ')}`);
};
console.log(
  `${fmt(sightings)} sightings in ${(generationMs / 1000).toFixed(1)} s of traffic generation (${fmt(sightings / (generationMs / 1000))}/s); model: ${model.stationCount} stations, ${fmt(model.transitions)} transitions learnt, ${fmt(JSON.stringify(model).length / 1024)} KiB as JSON`,
);
console.log(`positions matching a heard pass of the simulator: ${pct(normal.positionsTrue, normal.positions)}`);
report('normal riders', normal);
report('stolen bikes', thefts);
console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
