/**
 * Background sightings (one process): base stations on raw sockets publish
 * QoS 1 sighting batches of `tagsPerFrame` random tags, open loop, at
 * `sightingsPerS` in total, from `startAt` for `durationMs`. Prints one JSON
 * line: frames sent and acknowledged, sightings per second achieved.
 * Config: the file in env CONFIG_FILE (harness configEnv).
 */
import { readConfig } from './harness.js';
import { RawStation } from './raw-station.js';

interface Config {
  port: number;
  devices: { id: string; secret: string }[];
  startAt: number;
  durationMs: number;
  sightingsPerS: number;
  tagsPerFrame: number;
  /** Tags are drawn from [1, tagSpace): never a watchlisted one. */
  tagSpace: number;
}

const config = readConfig<Config>();
const stations = config.devices.map((d) => new RawStation(d, config.port));
await Promise.all(stations.map((s) => s.ready));
await new Promise((r) => setTimeout(r, Math.max(0, config.startAt - Date.now())));

let sent = 0;
let acked = 0;
const framesPerS = config.sightingsPerS / config.tagsPerFrame;
const started = performance.now();
let next = 0;
const ticker = setInterval(() => {
  const due = ((performance.now() - started) / 1000) * framesPerS - sent;
  for (let i = 0; i < due; i++) {
    const sightings = Array.from({ length: config.tagsPerFrame }, (_, t) => ({
      tagId: 1 + Math.floor(Math.random() * (config.tagSpace - 1)),
      rssiDbm: -60 - (t % 30),
      firstOffsetMs: t * 10,
      lastOffsetMs: 4_000 + t,
      count: 1 + (t % 5),
    }));
    void stations[next++ % stations.length]!.publish(sightings).acked.then(() => acked++);
    sent++;
  }
}, 5);
await new Promise((r) => setTimeout(r, config.durationMs));
clearInterval(ticker);
const elapsedMs = performance.now() - started;
const ackedInWindow = acked;
const drainUntil = Date.now() + 5_000;
while (stations.some((s) => s.outstanding > 0) && Date.now() < drainUntil) await new Promise((r) => setTimeout(r, 20));
stations.forEach((s) => s.close());
process.stdout.write(`${JSON.stringify({ sent, acked: ackedInWindow, elapsedMs, sightingsPerS: (ackedInWindow * config.tagsPerFrame) / (elapsedMs / 1000) })}\n`, () => process.exit(0));
