/**
 * Benchmark 3: concurrent device connections held with 60 s heartbeats, and
 * the platform's memory per connection (RSS and V8 heap, before and after).
 *   npm run bench:connections [-- --connections 20000 --hold 90 --workers 2]
 */
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { createServerDatabase } from '@watchpost/ingest/test-support';
import { configEnv, ensurePostgres, hardFileLimit, machine, registerMany, root, runTs, split, startPlatform, type Child, type Platform } from './lib/harness.js';
import { fmt } from './lib/stats.js';

const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '20000' },
    hold: { type: 'string', default: '90' },
    workers: { type: 'string', default: '2' },
    interval: { type: 'string', default: '60' },
  },
});
// One process cannot hold more connections than its open-file limit allows (sockets, plus a few files).
const FDS_BESIDES_CONNECTIONS = 64;
const limit = hardFileLimit() - FDS_BESIDES_CONNECTIONS;
const target = Math.min(Number(values.connections), limit);
if (target < Number(values.connections)) {
  console.log(`note: this machine's hard open-file limit (ulimit -Hn ${hardFileLimit()}) caps one process at ${limit} connections; asked for ${values.connections}`);
}

async function memory({ baseUrl, auth }: Platform): Promise<{ rss: number; heap: number; connected: number; online: number }> {
  const text = await (await fetch(`${baseUrl}/metrics`, { headers: auth })).text();
  const read = (name: string) =>
    Number(
      text
        .split('\n')
        .find((l) => l.startsWith(`${name} `))
        ?.split(' ')[1] ?? NaN,
    );
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
  const registering = Date.now();
  const devices = await registerMany(platform, 'station', target, 64);
  console.log(`registered ${fmt(devices.length)} stations in ${fmt((Date.now() - registering) / 1000, 1)} s`);
  await settle(5_000);
  const before = await memory(platform);

  const workers = Number(values.workers);
  type Status = { connected: number; acked: number; closed: number; errors: Record<string, number> };
  const status = new Map<number, Status>();
  for (const [i, part] of split(devices, workers).entries()) {
    const child = runTs(join(root, 'bench/lib/mqtt-hold.ts'), configEnv({ port: platform.mqttPort, devices: part, intervalS: Number(values.interval), connectPerS: 2_000 / workers }), target + 10_000);
    holders.push(child);
    child.process.stdout!.on('data', (d: Buffer) => {
      for (const line of d.toString().trim().split('\n')) {
        try {
          status.set(i, JSON.parse(line) as Status);
        } catch {
          /* partial line */
        }
      }
    });
  }
  const total = () => [...status.values()].reduce((a, s) => ({ connected: a.connected + s.connected, acked: a.acked + s.acked, closed: a.closed + s.closed }), { connected: 0, acked: 0, closed: 0 });
  const rampStart = Date.now();
  for (let tick = 1; total().connected < target && Date.now() - rampStart < 120_000; tick++) {
    await settle(1_000);
    if (tick % 10 === 0) console.log(`  ${tick} s: ${fmt(total().connected)} connected, ${fmt(total().closed)} closed`);
  }
  const rampS = (Date.now() - rampStart) / 1000;
  await settle(Number(values.hold) * 1000);
  const after = await memory(platform);
  const t = total();
  const per = (bytes: number) => bytes / Math.max(1, after.connected);
  const errors = [...status.values()].reduce<Record<string, number>>((a, s) => {
    for (const [k, v] of Object.entries(s.errors ?? {})) a[k] = (a[k] ?? 0) + v;
    return a;
  }, {});
  console.log(`connected ${fmt(after.connected)} of ${fmt(target)} (ramp ${fmt(rampS, 1)} s), ${fmt(t.acked)} heartbeats acknowledged, ${fmt(after.online)} stations online`);
  console.log(`  during the ramp ${fmt(t.closed)} connection attempts failed and were retried by their device (${JSON.stringify(errors)})`);
  console.log(`platform RSS ${fmt(before.rss / 2 ** 20)} → ${fmt(after.rss / 2 ** 20)} MiB: ${fmt(per(after.rss - before.rss) / 1024, 1)} KiB per connection`);
  console.log(`V8 heap used ${fmt(before.heap / 2 ** 20)} → ${fmt(after.heap / 2 ** 20)} MiB: ${fmt(per(after.heap - before.heap) / 1024, 1)} KiB per connection`);
} finally {
  await Promise.all(holders.map((h) => h.stop()));
  await platform.stop();
  await db.drop();
  pg.stop();
}
