/**
 * The device simulator: registers a fleet through the platform's API (or
 * reuses the one in its fleet file) and runs it over MQTT with real frames.
 *
 *   npm run sim -- --stations 50 [--pillars 10] [--interval 60] [--api http://127.0.0.1:8080]
 *                  [--mqtt-host 127.0.0.1] [--mqtt-port 1883] [--fleet-file data/sim-fleet.json]
 *                  [--churn 0.05]
 *   npm run sim -- --county [--scale 1] [--time-factor 60] [--sim-start 07:00] [--seed 1] [--window 5]
 *                  [--skip-bikes] [--theft HH:MM] [--presses N] [--faults N] [--parties]
 *                  (the simulated county of Xuyi: 559 stations, ~300 pillars, 15,000 riders at scale 1;
 *                  the riders' bikes registered with owners, tags and fobs unless --skip-bikes; --theft:
 *                  a commuter's bike stolen then on day 1 and reported to the police at once;
 *                  --presses/--faults: residents pressing pillar buttons and pillars' faults, each
 *                  per pillar per simulated day; --parties: five local webhook receivers standing
 *                  for the five parties, every one acknowledging but the district smart centre)
 * Signs in with WATCHPOST_TOKEN (an API token with the devices and map scopes),
 * or WATCHPOST_USER and WATCHPOST_PASSWORD (an administrator, or an installer
 * without the map layer).
 */
import { parseArgs } from 'node:util';
import pino from 'pino';
import { ApiClient, type ApiCredentials } from './api.js';
import { runCounty } from './county/county-run.js';
import { PillarAlarms } from './county/pillar-alarms.js';
import { CountyPlatformApi } from './county/platform-api.js';
import { Residents } from './county/residents.js';
import { prepareFleet, saveFleetFile } from './fleet.js';
import { SimulatedDevice } from './mqtt-device.js';

const { values: args } = parseArgs({
  options: {
    stations: { type: 'string', default: '10' },
    pillars: { type: 'string', default: '0' },
    interval: { type: 'string', default: '60' },
    api: { type: 'string', default: `http://127.0.0.1:${process.env.HTTP_PORT ?? 8080}` },
    'mqtt-host': { type: 'string', default: '127.0.0.1' },
    'mqtt-port': { type: 'string', default: process.env.MQTT_PORT ?? '1883' },
    'fleet-file': { type: 'string', default: 'data/sim-fleet.json' },
    center: { type: 'string', default: '118.53,32.99' },
    churn: { type: 'string', default: '0' },
    county: { type: 'boolean', default: false },
    scale: { type: 'string', default: '1' },
    'time-factor': { type: 'string', default: '60' },
    'sim-start': { type: 'string', default: '07:00' },
    seed: { type: 'string', default: '1' },
    window: { type: 'string', default: '5' },
    'skip-bikes': { type: 'boolean', default: false },
    theft: { type: 'string', default: '' },
    presses: { type: 'string', default: '0' },
    faults: { type: 'string', default: '0' },
    parties: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (args.help) {
  console.log('usage: npm run sim -- --stations N [--pillars N] [--interval S] [--api URL] [--mqtt-host H] [--mqtt-port P] [--fleet-file F] [--center lon,lat] [--churn P]');
  console.log('  credentials: WATCHPOST_TOKEN, or WATCHPOST_USER and WATCHPOST_PASSWORD');
  console.log('  --churn P: each minute, each device goes silent for 1-3 minutes with probability P (shows offline/online transitions)');
  console.log(
    'usage: npm run sim -- --county [--scale S] [--time-factor F] [--sim-start HH:MM] [--seed N] [--window S] [--interval S] [--api URL] [--mqtt-port P] [--skip-bikes] [--theft HH:MM] [--presses N] [--faults N] [--parties]',
  );
  console.log('  the simulated county: basemap layers, jurisdictions, its stations and pillars, riders heard in real time (F× faster)');
  console.log('  --presses N, --faults N: button presses and pillar faults per pillar per simulated day; --parties: five webhook receivers for the parties');
  process.exit(0);
}

const logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  base: { service: 'device-sim' },
  ...(process.env.LOG_FORMAT === 'pretty' ? { transport: { target: 'pino-pretty', options: { ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss.l' } } } : {}),
});
const num = (name: string, value: string) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) {
    console.error(`--${name} must be a non-negative number, got '${value}'`);
    process.exit(2);
  }
  return n;
};

async function main(): Promise<void> {
  const token = process.env.WATCHPOST_TOKEN;
  const username = process.env.WATCHPOST_USER;
  const password = process.env.WATCHPOST_PASSWORD;
  if (!token && !(username && password)) {
    console.error('sign in first: set WATCHPOST_TOKEN, or WATCHPOST_USER and WATCHPOST_PASSWORD (e.g. demo-admin / demo-admin-pass with DEMO_USERS=1)');
    process.exit(2);
  }
  const credentials = token ? { token } : { username: username!, password: password! };
  const api = new ApiClient(args.api, credentials);
  if (args.county) return startCounty(api, credentials);
  const [lon, lat] = args.center.split(',').map(Number) as [number, number];
  const fleetPath = args['fleet-file'] || null;
  const devices = await prepareFleet(api, { stations: num('stations', args.stations), pillars: num('pillars', args.pillars), center: [lon, lat] }, fleetPath);
  const options = { host: args['mqtt-host'], port: num('mqtt-port', args['mqtt-port']), intervalS: num('interval', args.interval), logger };
  const sims = devices.map((d) => new SimulatedDevice(d, options));
  sims.forEach((s) => s.start());
  logger.info({ devices: sims.length, api: args.api, mqttPort: options.port, intervalS: options.intervalS }, 'fleet running');

  const save = () => fleetPath && saveFleetFile(fleetPath, { platform: api.baseUrl, devices });
  const churn = num('churn', args.churn);
  const timers = [
    setInterval(save, 10_000),
    setInterval(() => {
      const online = sims.filter((s) => s.online).length;
      const acked = sims.reduce((n, s) => n + s.acked, 0);
      logger.info({ online, devices: sims.length, acked }, 'fleet status');
      if (churn > 0) {
        for (const s of sims) {
          if (!s.online || Math.random() >= churn) continue;
          const silentMs = 60_000 + Math.random() * 120_000;
          logger.info({ deviceId: s.device.id, silentS: Math.round(silentMs / 1000) }, 'going silent');
          void s.stop().then(() => setTimeout(() => s.start(), silentMs));
        }
      }
    }, 60_000),
  ];

  const stop = async () => {
    timers.forEach(clearInterval);
    await Promise.all(sims.map((s) => s.stop()));
    save();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

/** --county: the simulated county instead of the demo fleet (county/county-run.ts). */
async function startCounty(api: ApiClient, credentials: ApiCredentials): Promise<void> {
  const clockS = (hhmm: string) => {
    const [h, m] = hhmm.split(':').map(Number) as [number, number];
    return (h || 0) * 3600 + (m || 0) * 60;
  };
  const scale = num('scale', args.scale);
  if (!(scale > 0 && scale <= 1)) {
    console.error(`--scale must be in (0, 1], got '${args.scale}'`);
    process.exit(2);
  }
  const run = await runCounty({
    api,
    credentials,
    seed: num('seed', args.seed),
    scale,
    timeFactor: Math.max(1, num('time-factor', args['time-factor'])),
    simStartS: clockS(args['sim-start']),
    windowS: Math.max(1, num('window', args.window)),
    heartbeatS: Math.max(1, num('interval', args.interval)),
    mqttHost: args['mqtt-host'],
    mqttPort: num('mqtt-port', args['mqtt-port']),
    fleetPath: args['fleet-file'] === 'data/sim-fleet.json' ? 'data/county-fleet.json' : args['fleet-file'] || null,
    reportEveryS: 5,
    logger,
    bikes: !args['skip-bikes'],
    ...(args.theft ? { theft: { atS: clockS(args.theft) } } : {}),
  });
  const timeFactor = Math.max(1, num('time-factor', args['time-factor']));
  const parties = args.parties ? await PillarAlarms.start({ admin: new CountyPlatformApi(api, credentials), county: run.county, silent: 'district_centre', logger }) : null;
  const residents = new Residents({
    pillars: run.pillars,
    pressesPerPillarDay: num('presses', args.presses),
    faultsPerPillarDay: num('faults', args.faults),
    timeFactor,
    seed: num('seed', args.seed),
    logger,
  });
  residents.start();
  const stop = () => {
    residents.stop();
    logger.info({ happened: residents.counts() }, 'residents stopped');
    void Promise.all([parties?.stop(), run.stop()]).then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: Error) => {
  logger.fatal({ err }, `simulator failed: ${err.message}`);
  process.exit(1);
});
