/**
 * Benchmark 3: concurrent device connections held with 60 s heartbeats, and
 * the platform's memory per connection (RSS and V8 heap, before and after).
 *   npm run bench:connections [-- --connections 20000 --hold 90 --workers 2]
 */
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { createServerDatabase } from '@watchpost/ingest/test-support';
import { ensurePostgres, machine, registerMany, root, runTs, split, startPlatform, type Child } from './lib/harness.js';
import { fmt } from './lib/stats.js';

const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '20000' },
    hold: { type: 'string', default: '90' },
    workers: { type: 'string', default: '2' },
    interval: { type: 'string', default: '60' },
  },
});
const target = Number(values.connections);

async function memory(baseUrl: string): Promise<{ rss: number; heap: number; connected: number; online: number }> {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  const read = (name: string) => Number(text.split('\n').find((l) => l.startsWith(`${name} `))?.split(' ')[1] ?? NaN);
  return {
    rss: read('watchpost_process_resident_memory_bytes'),
    heap: read('watchpost_nodejs_heap_size_used_bytes'),
    connected: read('watchpost_connected_devices{transport="mqtt"}'),
    online: read('watchpost_devices{kind="station",presence="online"}') || 0,
  };
}

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pg = await ensurePostgres();
const db = (await createServerDatabase())!;
const platform = await startPlatform({ DATABASE_URL: db.url, DB_MAX_CONNECTIONS: '20' }, target + 10_000);
const holders: Child[] = [];
try {
  console.log(`# Connections: ${machine()}; ${fmt(target)} devices, heartbeat every ${values.interval} s, held ${values.hold} s`);
  const devices = await registerMany(platform.baseUrl, 'station', target, 64);
  await settle(5_000);
  const before = await memory(platform.baseUrl);

  const workers = Number(values.workers);
  const status = new Map<number, { connected: number; acked: number; closed: number }>();
  for (const [i, part] of split(devices, workers).entries()) {
    const child = runTs(join(root, 'bench/lib/mqtt-hold.ts'), { HOLD_CONFIG: JSON.stringify({ port: platform.mqttPort, devices: part, intervalS: Number(values.interval), connectPerS: 2_000 / workers }) }, target + 10_000);
    holders.push(child);
    child.process.stdout!.on('data', (d: Buffer) => {
      for (const line of d.toString().trim().split('\n')) {
        try {
          status.set(i, JSON.parse(line) as { connected: number; acked: number; closed: number });
        } catch {
          /* partial line */
        }
      }
    });
  }
  const total = () => [...status.values()].reduce((a, s) => ({ connected: a.connected + s.connected, acked: a.acked + s.acked, closed: a.closed + s.closed }), { connected: 0, acked: 0, closed: 0 });
  const rampStart = Date.now();
  while (total().connected < target && Date.now() - rampStart < 120_000) await settle(1_000);
  const rampS = (Date.now() - rampStart) / 1000;
  await settle(Number(values.hold) * 1000);
  const after = await memory(platform.baseUrl);
  const t = total();
  const per = (bytes: number) => bytes / Math.max(1, after.connected);
  console.log(`connected ${fmt(after.connected)} of ${fmt(target)} (ramp ${fmt(rampS, 1)} s), ${fmt(t.acked)} heartbeats acknowledged, ${fmt(t.closed)} connections dropped, ${fmt(after.online)} stations online`);
  console.log(`platform RSS ${fmt(before.rss / 2 ** 20)} → ${fmt(after.rss / 2 ** 20)} MiB: ${fmt(per(after.rss - before.rss) / 1024, 1)} KiB per connection`);
  console.log(`V8 heap used ${fmt(before.heap / 2 ** 20)} → ${fmt(after.heap / 2 ** 20)} MiB: ${fmt(per(after.heap - before.heap) / 1024, 1)} KiB per connection`);
} finally {
  await Promise.all(holders.map((h) => h.stop()));
  await platform.stop();
  await db.drop();
  pg.stop();
}
