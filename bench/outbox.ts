/**
 * Benchmark 6: the notification outbox. Devices are registered through the
 * API (each registration commits a device.registered notification, and a
 * delivery for each webhook endpoint subscribed to device.*) while a local
 * receiver takes the webhooks; notifications committed per second,
 * deliveries received per second, and the latency from the committed row
 * (its created_at) to the webhook received. On PostgreSQL and on PGlite; the
 * reference, in the same run, is a bare HTTP POST loop to the same receiver
 * (as many loops as endpoints, one request in flight each: what the
 * dispatcher does, one delivery at a time per recipient).
 *   npm run bench:outbox [-- --devices 1500 --endpoints 4 --parallel 16 --paced-seconds 10]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createServerDatabase } from '@watchpost/ingest/test-support';
import { ensurePostgres, machine, startPlatform, type Platform } from './lib/harness.js';
import { fmt, Reservoir, summarize } from './lib/stats.js';

const { values } = parseArgs({
  options: {
    devices: { type: 'string', default: '1500' },
    endpoints: { type: 'string', default: '4' },
    parallel: { type: 'string', default: '16' },
    'paced-seconds': { type: 'string', default: '10' },
    engines: { type: 'string', default: 'postgres,pglite' },
  },
});
const DEVICES = Number(values.devices);
const ENDPOINTS = Number(values.endpoints);
const PARALLEL = Number(values.parallel);
const PACED_S = Number(values['paced-seconds']);

/** The receiver: answers 204 at once and notes when each delivery arrived, and how long after its notification was committed. */
class Receiver {
  received = 0;
  latencies = new Reservoir();
  url = '';
  private waiters: { count: number; resolve: () => void }[] = [];
  private readonly server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const at = Date.now();
      res.statusCode = 204;
      res.end();
      const createdAt = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { createdAt?: string }).createdAt;
      if (createdAt) this.latencies.add(at - Date.parse(createdAt));
      this.received++;
      for (const w of [...this.waiters]) {
        if (this.received < w.count) continue;
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve();
      }
    });
  });

  static async start(): Promise<Receiver> {
    const r = new Receiver();
    await new Promise<void>((resolve) => r.server.listen(0, '127.0.0.1', resolve));
    r.url = `http://127.0.0.1:${(r.server.address() as AddressInfo).port}/hook`;
    return r;
  }

  reset(): void {
    this.received = 0;
    this.latencies = new Reservoir();
  }

  until(count: number, timeoutMs: number): Promise<void> {
    if (this.received >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`only ${this.received} of ${count} deliveries within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({
        count,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }

  close(): Promise<void> {
    return new Promise((r) => this.server.close(() => r()));
  }
}

async function register({ baseUrl, auth }: Platform): Promise<void> {
  const res = await fetch(`${baseUrl}/api/v1/devices`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'station' }) });
  if (res.status !== 201) throw new Error(`registration failed: ${res.status} ${await res.text()}`);
  await res.arrayBuffer();
}

/** `count` registrations, `parallel` at a time, as fast as they go; returns when the last was answered. */
async function burst(platform: Platform, count: number, parallel: number): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next++ < count) await register(platform);
    }),
  );
}

/** Registrations at `ratePerS` for `seconds` (open loop); returns how many. */
async function paced(platform: Platform, ratePerS: number, seconds: number): Promise<number> {
  const started = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; ; i++) {
    const due = started + (i * 1000) / ratePerS;
    if (due - started >= seconds * 1000) break;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    pending.push(register(platform));
  }
  await Promise.all(pending);
  return pending.length;
}

/** The reference: `loops` loops POSTing a body of the same size to the receiver, one request in flight each. */
async function bareLoop(receiver: Receiver, loops: number, count: number): Promise<{ perS: number; p50: number; p99: number }> {
  const body = JSON.stringify({
    id: '1',
    kind: 'device.registered',
    createdAt: new Date().toISOString(),
    jurisdictions: [],
    subjectId: 'st-0000000000',
    data: { deviceKind: 'station', placement: 'no_position', live: { type: 'device', device: { id: 'st-0000000000', kind: 'station', name: '', lat: null, lon: null } } },
    delivery: { id: '1', attempt: 1, idempotencyKey: 'wp-1-webhook-wh-000000000000' },
  });
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: loops }, async () => {
      while (next++ < count) {
        const t0 = performance.now();
        const res = await fetch(receiver.url, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': `k-${next}` }, body });
        await res.arrayBuffer();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const s = summarize(latencies);
  return { perS: count / ((performance.now() - started) / 1000), p50: s.p50, p99: s.p99 };
}

const pg = await ensurePostgres();
const receiver = await Receiver.start();
const say = (s: string) => console.log(s);
try {
  say(`# Outbox: ${machine()}; ${DEVICES} registrations (${PARALLEL} at a time), ${ENDPOINTS} webhook endpoints subscribed to device.*, paced phase ${PACED_S} s`);
  const reference = await bareLoop(receiver, ENDPOINTS, DEVICES * ENDPOINTS);
  say(`bare HTTP POST loop (reference)   ${fmt(reference.perS).padStart(7)} POST/s   round trip p50 ${fmt(reference.p50, 2)} ms  p99 ${fmt(reference.p99, 2)} ms`);

  for (const engine of values.engines.split(',')) {
    const db = engine === 'postgres' ? await createServerDatabase() : null;
    if (engine === 'postgres' && !db) throw new Error('no PostgreSQL server');
    const dataDir = engine === 'pglite' ? mkdtempSync(join(tmpdir(), 'wp-bench-')) : null;
    const platform = await startPlatform(db ? { DATABASE_URL: db.url } : { DATA_DIR: dataDir! });
    try {
      for (let i = 0; i < ENDPOINTS; i++) {
        const res = await fetch(`${platform.baseUrl}/api/v1/notifications/webhooks`, {
          method: 'POST',
          headers: { ...platform.auth, 'content-type': 'application/json' },
          body: JSON.stringify({ name: `bench ${i}`, url: receiver.url, kinds: ['device.*'] }),
        });
        if (res.status !== 201) throw new Error(`webhook endpoint: ${res.status} ${await res.text()}`);
      }
      // Throughput: registrations as fast as the API takes them; deliveries until the last is in.
      receiver.reset();
      const t0 = performance.now();
      await burst(platform, DEVICES, PARALLEL);
      const committedS = (performance.now() - t0) / 1000;
      await receiver.until(DEVICES * ENDPOINTS, 300_000);
      const deliveredS = (performance.now() - t0) / 1000;
      const burstLatency = summarize(receiver.latencies.values);
      say(
        `on ${engine.padEnd(8)} burst   ${fmt(DEVICES / committedS).padStart(5)} notifications/s committed, ${fmt((DEVICES * ENDPOINTS) / deliveredS).padStart(6)} deliveries/s received (ratio to the bare loop ${fmt((DEVICES * ENDPOINTS) / deliveredS / reference.perS, 2)}); commit→received p50 ${fmt(burstLatency.p50)} ms  p99 ${fmt(burstLatency.p99)} ms`,
      );
      // Latency at a steady pace: half the committed rate of the burst.
      const rate = Math.max(1, Math.round(DEVICES / committedS / 2));
      receiver.reset();
      const n = await paced(platform, rate, PACED_S);
      await receiver.until(n * ENDPOINTS, 120_000);
      const steady = summarize(receiver.latencies.values);
      say(
        `on ${engine.padEnd(8)} paced   ${fmt(rate).padStart(5)} notifications/s for ${PACED_S} s (${n * ENDPOINTS} deliveries): commit→received p50 ${fmt(steady.p50, 1)} ms  p99 ${fmt(steady.p99, 1)} ms  max ${fmt(steady.max, 1)} ms`,
      );
    } finally {
      await platform.stop();
      await db?.drop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    }
  }
} finally {
  await receiver.close();
  pg.stop();
}
