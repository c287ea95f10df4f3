/**
 * `npm run sim -- --county`: the simulated county against a running
 * platform. Uploads the basemap layers and the jurisdictions, registers the
 * county's stations and pillars (or reuses those in its fleet file), runs
 * them over MQTT, the stations reporting what they hear of the riders in
 * real time (compressed by the time factor), and logs every few seconds
 * what was sent and what the platform acknowledged.
 */
import type { Logger } from 'pino';
import type { ApiClient, ApiCredentials } from '../api.js';
import { loadFleetFile, saveFleetFile, SEQ_RESTART_MARGIN, type FleetDevice, type FleetFile } from '../fleet.js';
import { SimulatedDevice } from '../mqtt-device.js';
import { buildCounty, type County } from './county.js';
import { basemapLayers } from './layers.js';
import { CountyPlatformApi } from './platform-api.js';
import { RealtimeFeed } from './realtime.js';
import { registerRiderBikes } from './bikes.js';
import { buildPopulation, type Rider } from './riders.js';
import { StationClient, type StationCounters } from './station-client.js';
import { startTheft, type TheftPlan, type TheftRun } from './theft-run.js';
import { DAY_S, Traffic } from './traffic.js';

export interface CountyRunOptions {
  api: ApiClient;
  credentials: ApiCredentials;
  seed: number;
  scale: number;
  timeFactor: number;
  /** Where the simulated clock starts, seconds after midnight of day 0 (a Monday). */
  simStartS: number;
  windowS: number;
  heartbeatS: number;
  mqttHost: string;
  mqttPort: number;
  fleetPath: string | null;
  reportEveryS: number;
  logger: Logger;
  /** Register the riders' bikes (default: yes). */
  bikes?: boolean;
  /** Share of owners with a key fob (default: every one). */
  fobShare?: number;
  /** A bike stolen and reported (theft-run.ts). */
  theft?: TheftPlan;
}

type CountyDevice = FleetDevice & { key: string };

interface CountyFleetFile {
  platform: string;
  seed: number;
  devices: CountyDevice[];
}

export interface CountyRun {
  county: County;
  riders: readonly Rider[];
  /** The bike ids in the platform's register, by rider index. */
  bikeIds: ReadonlyMap<number, string>;
  theft: TheftRun | null;
  /** The county's pillars on MQTT, in the order of county.pillars. */
  pillars: readonly SimulatedDevice[];
  /** Totals since start: the stations' counters summed, and who is connected. */
  stats(): StationCounters & { stationsOnline: number; pillarsOnline: number };
  stop(): Promise<void>;
}

export async function runCounty(o: CountyRunOptions): Promise<CountyRun> {
  const { logger } = o;
  const built = performance.now();
  const county = buildCounty({ seed: o.seed, scale: o.scale });
  const riders = buildPopulation(county, o.fobShare === undefined ? {} : { fobShare: o.fobShare });
  logger.info({ ms: Math.round(performance.now() - built), stations: county.stations.length, pillars: county.pillars.length, bikes: riders.length, towns: county.towns.length }, 'county built');

  const platform = new CountyPlatformApi(o.api, o.credentials);
  const layers = basemapLayers(county);
  for (const layer of layers) await o.api.putLayer(layer.name, layer.title, layer.geojson);
  await platform.putJurisdictions(county.jurisdictions, (p) => county.projection.toLonLat(p));
  logger.info(
    { layers: layers.map((l) => l.name), kib: Math.round(layers.reduce((n, l) => n + JSON.stringify(l.geojson).length, 0) / 1024), jurisdictions: county.jurisdictions.length },
    'map layers and jurisdictions uploaded',
  );
  const devices = await prepareCountyFleet(platform, county, o);
  // A token without the bikes and people scopes (an installer's) cannot register bikes: the county runs without them.
  const bikeIds =
    o.bikes === false
      ? new Map<number, string>()
      : await registerRiderBikes(platform, riders, logger).catch((err: Error) => {
          logger.error({ err: err.message }, 'riders’ bikes not registered: the stations’ tags stay unknown to the platform');
          return new Map<number, string>();
        });

  const byKey = new Map(devices.map((d) => [d.key, d]));
  const mqttOptions = { host: o.mqttHost, port: o.mqttPort, intervalS: o.heartbeatS, logger };
  const stations = county.stations.map((s) => new StationClient(byKey.get(s.key)!, { ...mqttOptions }));
  const pillars = county.pillars.map((p) => new SimulatedDevice(byKey.get(p.key)!, mqttOptions));
  // Connections ramp up, 50 every 100 ms, rather than hundreds in one instant.
  const all: { start(): void }[] = [...stations, ...pillars];
  for (let i = 0; i < all.length; i += 50) {
    all.slice(i, i + 50).forEach((d) => d.start());
    await new Promise((r) => setTimeout(r, 100));
  }

  const traffic = new Traffic(county, riders, { windowMs: o.windowS * 1000 * o.timeFactor });
  const feed = new RealtimeFeed(traffic, { timeFactor: o.timeFactor, windowMs: o.windowS * 1000, startSimS: o.simStartS });
  const theft = o.theft ? await startTheft({ admin: platform, county, riders, bikeIds, traffic, plan: o.theft, logger }, () => feed) : null;
  await feed.start((batch) => stations[batch.station]!.sendBatch(batch.windowStartMs, batch.sightings));
  logger.info({ timeFactor: o.timeFactor, windowS: o.windowS, simStart: clock(o.simStartS) }, 'county running');

  const save = () => o.fleetPath && saveFleetFile(o.fleetPath, { platform: o.api.baseUrl, seed: o.seed, devices } as FleetFile);
  let last = { at: performance.now(), cpu: process.cpuUsage(), sent: 0, acked: 0 };
  const report = setInterval(() => {
    const sum = (k: keyof StationClient['counters']) => stations.reduce((n, s) => n + s.counters[k], 0);
    const now = { at: performance.now(), cpu: process.cpuUsage(), sent: sum('sightingsSent'), acked: sum('sightingsAcked') };
    const wallS = (now.at - last.at) / 1000;
    const cpuS = (now.cpu.user - last.cpu.user + now.cpu.system - last.cpu.system) / 1e6;
    logger.info(
      {
        simTime: clock(feed.simNowS()),
        stationsOnline: stations.filter((s) => s.online).length,
        pillarsOnline: pillars.filter((p) => p.online).length,
        sightingsSent: now.sent,
        sightingsAcked: now.acked,
        sightingsDropped: sum('sightingsDropped'),
        framesSent: sum('framesSent'),
        framesAcked: sum('framesAcked') + pillars.reduce((n, p) => n + p.acked, 0),
        sentPerS: Math.round((now.sent - last.sent) / wallS),
        ackedPerS: Math.round((now.acked - last.acked) / wallS),
        cpuPct: Math.round((100 * cpuS) / wallS),
        rssMiB: Math.round(process.memoryUsage().rss / 2 ** 20),
      },
      'county status',
    );
    last = now;
  }, o.reportEveryS * 1000);
  const saver = setInterval(save, 10_000);
  const stats = () => {
    const sum = (k: keyof StationCounters) => stations.reduce((n, s) => n + s.counters[k], 0);
    return {
      framesSent: sum('framesSent'),
      framesAcked: sum('framesAcked'),
      sightingsSent: sum('sightingsSent'),
      sightingsAcked: sum('sightingsAcked'),
      sightingsDropped: sum('sightingsDropped'),
      stationsOnline: stations.filter((s) => s.online).length,
      pillarsOnline: pillars.filter((p) => p.online).length,
    };
  };
  return {
    county,
    riders,
    bikeIds,
    theft,
    pillars,
    stats,
    stop: async () => {
      theft?.stop();
      clearInterval(report);
      clearInterval(saver);
      feed.stop();
      await Promise.all([...stations.map((s) => s.stop()), ...pillars.map((p) => p.stop())]);
      save();
    },
  };
}

/** Reuses the devices of the fleet file that the platform still knows; registers the rest. */
async function prepareCountyFleet(platform: CountyPlatformApi, county: County, o: CountyRunOptions): Promise<CountyDevice[]> {
  const saved = o.fleetPath ? (loadFleetFile(o.fleetPath) as CountyFleetFile | null) : null;
  const usable = saved?.platform === o.api.baseUrl && saved.seed === o.seed;
  const known = usable ? await o.api.knownDeviceIds() : new Set<string>();
  const reuse = new Map((usable ? saved.devices : []).filter((d) => known.has(d.id)).map((d) => [d.key, { ...d, seq: d.seq + SEQ_RESTART_MARGIN }]));
  const wanted = [
    ...county.stations.map((s) => ({ key: s.key, kind: 'station' as const, name: s.name, at: s.at })),
    ...county.pillars.map((p) => ({ key: p.key, kind: 'pillar' as const, name: p.name, at: p.at })),
  ];
  const missing = wanted.filter((w) => !reuse.has(w.key));
  const started = performance.now();
  const registered = await platform.registerAll(
    missing.map((m) => {
      const [lon, lat] = county.projection.toLonLat(m.at);
      return { kind: m.kind, name: m.name, lat, lon };
    }),
  );
  missing.forEach((m, i) => reuse.set(m.key, { ...registered[i]!, key: m.key, seq: 0 }));
  o.logger.info({ reused: wanted.length - missing.length, registered: missing.length, ms: Math.round(performance.now() - started) }, 'county devices ready');
  const devices = wanted.map((w) => reuse.get(w.key)!);
  if (o.fleetPath) saveFleetFile(o.fleetPath, { platform: o.api.baseUrl, seed: o.seed, devices } as FleetFile);
  return devices;
}

/** "day 1 Mon 07:30" from seconds since the epoch. */
export function clock(simS: number): string {
  const day = Math.floor(simS / DAY_S);
  const s = simS - day * DAY_S;
  const hh = String(Math.floor(s / 3600)).padStart(2, '0');
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  return `day ${day + 1} ${['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][day % 7]} ${hh}:${mm}`;
}
