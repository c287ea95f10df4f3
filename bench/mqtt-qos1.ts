/**
 * Benchmark 1: durable QoS 1 throughput and publish→PUBACK latency, against
 * raw aedes (no persistence, no work) with the same load generator, in the
 * same run.  npm run bench:mqtt [-- --seconds 10 --devices 200 --workers 2 --inflight 8]
 */
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServerDatabase } from '@watchpost/ingest/test-support';
import { configEnv, ensurePostgres, machine, registerMany, root, runTs, split, startPlatform } from './lib/harness.js';
import { fmt, summarize } from './lib/stats.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    devices: { type: 'string', default: '200' },
    workers: { type: 'string', default: '2' },
    inflight: { type: 'string', default: '8' },
    engines: { type: 'string', default: 'postgres,pglite' },
  },
});
const seconds = Number(values.seconds);
const workers = Number(values.workers);

interface LoadResult {
  sent: number;
  acked: number;
  elapsedMs: number;
  latencies: number[];
}

/** Runs the generator in `workers` processes against a broker; returns the total rate and latencies. */
async function load(port: number, devices: { id: string; secret: string }[], ratePerS: number, firstSeq: number) {
  const startAt = Date.now() + 3_000 + devices.length * 5;
  const children = split(devices, workers).map((part) =>
    runTs(join(root, 'bench/lib/mqtt-load.ts'), configEnv({ port, devices: part, startAt, durationMs: seconds * 1000, inflight: Number(values.inflight), ratePerS: ratePerS / workers, firstSeq })),
  );
  const results = await Promise.all(children.map((c) => c.line<LoadResult>((v) => 'acked' in v)));
  await Promise.all(children.map((c) => c.stop()));
  const acked = results.reduce((n, r) => n + r.acked, 0);
  const elapsed = Math.max(...results.map((r) => r.elapsedMs)) / 1000;
  return { rate: acked / elapsed, ...summarize(results.flatMap((r) => r.latencies)) };
}

const pg = await ensurePostgres();
const lines: string[] = [];
const say = (s: string) => {
  console.log(s);
  lines.push(s);
};
try {
  say(`# MQTT QoS 1: ${machine()}; ${values.devices} devices, ${workers} generator processes, ${values.inflight} in flight per connection, ${seconds} s per phase`);

  const reference = await rawAedes(0);
  const halfRates: number[] = [];
  say(`raw aedes (reference)        ${fmt(reference.rate).padStart(8)} msg/s   p50 ${fmt(reference.p50, 2)} ms  p99 ${fmt(reference.p99, 2)} ms`);

  for (const engine of values.engines.split(',')) {
    const db = engine === 'postgres' ? await createServerDatabase() : null;
    if (engine === 'postgres' && !db) throw new Error('no PostgreSQL server');
    const dataDir = engine === 'pglite' ? mkdtempSync(join(tmpdir(), 'wp-bench-')) : null;
    const platform = await startPlatform(
      db ? { DATABASE_URL: db.url, RATE_LIMIT_PER_S: '100000', RATE_LIMIT_BURST: '100000' } : { DATA_DIR: dataDir!, RATE_LIMIT_PER_S: '100000', RATE_LIMIT_BURST: '100000' },
    );
    try {
      const devices = await registerMany(platform, 'station', Number(values.devices));
      const durable = await load(platform.mqttPort, devices, 0, 0);
      // The next sequence numbers: past the first phase's, within the platform's MAX_SEQ_JUMP.
      const half = await load(platform.mqttPort, devices, durable.rate / 2, 50_000);
      say(
        `durable on ${engine.padEnd(9)}         ${fmt(durable.rate).padStart(8)} msg/s   p50 ${fmt(durable.p50, 2)} ms  p99 ${fmt(durable.p99, 2)} ms   ratio to raw aedes ${fmt(durable.rate / reference.rate, 2)}`,
      );
      say(`  at half that rate (${fmt(durable.rate / 2)} msg/s, open loop)  achieved ${fmt(half.rate)} msg/s   p50 ${fmt(half.p50, 2)} ms  p99 ${fmt(half.p99, 2)} ms  max ${fmt(half.max, 1)} ms`);
      halfRates.push(durable.rate / 2);
    } finally {
      await platform.stop();
      await db?.drop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    }
  }
  // The floor of the latency figures: the same generators, open loop at the same rate, against aedes doing nothing.
  const floorRate = Math.max(...halfRates);
  const floor = await rawAedes(floorRate);
  say(`raw aedes at ${fmt(floorRate)} msg/s, open loop (latency floor)  achieved ${fmt(floor.rate)} msg/s   p50 ${fmt(floor.p50, 2)} ms  p99 ${fmt(floor.p99, 2)} ms  max ${fmt(floor.max, 1)} ms`);
} finally {
  pg.stop();
}

/** aedes with no persistence and no work, under the same load: closed loop (ratePerS 0) or open loop. */
async function rawAedes(ratePerS: number) {
  const raw = runTs(join(root, 'bench/lib/raw-aedes.ts'));
  const { port } = await raw.line<{ port: number }>((v) => 'port' in v);
  const fakeDevices = Array.from({ length: Number(values.devices) }, (_, i) => ({ id: `st-raw-${String(i).padStart(5, '0')}`, secret: '0'.repeat(32) }));
  try {
    return await load(port, fakeDevices, ratePerS, 0);
  } finally {
    await raw.stop();
  }
}
