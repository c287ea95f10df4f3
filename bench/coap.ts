/**
 * Benchmark 4: durable CoAP confirmable requests per second (2.04 only after
 * commit), against a node-coap server that answers at once with no work, with
 * the same generator in the same run.
 *   npm run bench:coap [-- --seconds 10 --devices 500 --workers 2 --inflight 256]
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createServerDatabase } from '@watchpost/ingest/test-support';
import { configEnv, ensurePostgres, machine, registerMany, root, runTs, split, startPlatform } from './lib/harness.js';
import { fmt, summarize } from './lib/stats.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    devices: { type: 'string', default: '500' },
    workers: { type: 'string', default: '2' },
    inflight: { type: 'string', default: '256' },
  },
});

interface Result {
  ok: number;
  other: number;
  lost: number;
  elapsedMs: number;
  latencies: number[];
}

async function load(port: number, devices: { id: string; secret: string }[]) {
  const workers = Number(values.workers);
  const startAt = Date.now() + 2_000;
  const children = split(devices, workers).map((part) =>
    runTs(join(root, 'bench/lib/coap-load.ts'), configEnv({ port, devices: part, startAt, durationMs: Number(values.seconds) * 1000, inflight: Number(values.inflight) / workers, firstSeq: 0 })),
  );
  const results = await Promise.all(children.map((c) => c.line<Result>((v) => 'ok' in v)));
  await Promise.all(children.map((c) => c.stop()));
  const seconds = Math.max(...results.map((r) => r.elapsedMs)) / 1000;
  const sum = (k: 'ok' | 'other' | 'lost') => results.reduce((n, r) => n + r[k], 0);
  return { rate: sum('ok') / seconds, other: sum('other'), lost: sum('lost'), ...summarize(results.flatMap((r) => r.latencies)) };
}

const pg = await ensurePostgres();
try {
  console.log(`# CoAP: ${machine()}; ${values.devices} tags, ${values.workers} generator processes, ${values.inflight} requests in flight, ${values.seconds} s per phase`);
  const echo = runTs(join(root, 'bench/lib/coap-echo.ts'));
  const { port } = await echo.line<{ port: number }>((v) => 'port' in v);
  const fake = Array.from({ length: Number(values.devices) }, (_, i) => ({ id: `tg-echo-${i}`, secret: '0'.repeat(32) }));
  const reference = await load(port, fake);
  await echo.stop();
  console.log(`node-coap, no work (reference) ${fmt(reference.rate).padStart(7)} req/s   p50 ${fmt(reference.p50, 2)} ms  p99 ${fmt(reference.p99, 2)} ms`);

  const db = (await createServerDatabase())!;
  const platform = await startPlatform({ DATABASE_URL: db.url, RATE_LIMIT_PER_S: '100000', RATE_LIMIT_BURST: '100000' });
  try {
    const tags = await registerMany(platform, 'tag', Number(values.devices));
    const durable = await load(platform.coapPort, tags);
    console.log(
      `durable on PostgreSQL          ${fmt(durable.rate).padStart(7)} req/s   p50 ${fmt(durable.p50, 2)} ms  p99 ${fmt(durable.p99, 2)} ms   ratio ${fmt(durable.rate / reference.rate, 2)}; ${durable.other} refused, ${durable.lost} unanswered`,
    );
  } finally {
    await platform.stop();
    await db.drop();
  }
} finally {
  pg.stop();
}
