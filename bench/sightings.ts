/**
 * Benchmark 2: sightings committed per second through the ingest pipeline
 * (decode, checks, receipts, group commit), 20 tags per frame, on PostgreSQL
 * and on PGlite, against a plain COPY of the same rows into the same
 * PostgreSQL table (the database's own ceiling).
 *
 * On PostgreSQL also with a watchlist rule in the commit (target: ≥ 0.9 of
 * the throughput without it): until the bikes home's rule is in the
 * pipeline, a stand-in that does what it will do (bench/lib/watchlist-standin.ts):
 * a Set lookup per sighting and, for the watchlisted tags (one sighting in
 * 1,000 here; every commit has some), one INSERT in the commit. Runs without
 * and with alternate, each on a fresh database, `--rounds` times.
 *   npm run bench:sightings [-- --frames 10000 --stations 250 --inflight 4000 --rounds 6]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { deriveMacKey, encodeUplink, uplinkTopic } from '@watchpost/firmware-protocol';
import { migrate, openDatabase, type CommitRule, type Database } from '@watchpost/ingest';
import { startUplink, type UplinkHarness } from '@watchpost/broker/uplink-test-support';
import { createServerDatabase, testIngestOptions } from '@watchpost/ingest/test-support';
import { ensurePostgres, machine } from './lib/harness.js';
import { fmt } from './lib/stats.js';
import { createStandInTable, standInWatchlistRule } from './lib/watchlist-standin.js';

const { values } = parseArgs({
  options: {
    frames: { type: 'string', default: '10000' },
    'pglite-frames': { type: 'string', default: '5000' },
    stations: { type: 'string', default: '250' },
    inflight: { type: 'string', default: '4000' },
    rounds: { type: 'string', default: '6' },
  },
});
const TAGS_PER_FRAME = 20;

interface Prepared {
  topic: string;
  payload: Uint8Array;
}

async function prepare(ingest: UplinkHarness, frames: number): Promise<Prepared[]> {
  const stations: Awaited<ReturnType<UplinkHarness['register']>>[] = [];
  for (let i = 0; i < Number(values.stations); i++) stations.push(await ingest.register({ kind: 'station' }));
  const now = Date.now();
  return Array.from({ length: frames }, (_, f) => {
    const { device, secret } = stations[f % stations.length]!;
    const seq = Math.floor(f / stations.length) + 1;
    const sightings = Array.from({ length: TAGS_PER_FRAME }, (_, t) => ({
      tagId: (f * TAGS_PER_FRAME + t) >>> 0,
      rssiDbm: -60 - (t % 30),
      firstOffsetMs: t * 10,
      lastOffsetMs: 4000 + t,
      count: 1 + (t % 5),
    }));
    const payload = encodeUplink({ deviceId: device.id, seq, deviceTimeMs: now, body: { type: 'sightingBatch', windowStartMs: now - 5000, sightings } }, deriveMacKey(secret, device.id));
    return { topic: uplinkTopic('station', device.id), payload };
  });
}

/** Feeds every frame through the pipeline with `inflight` outstanding; returns sightings per second. */
async function run(db: Database, frames: number, rules: readonly CommitRule[] = []): Promise<{ perS: number; frames: number; batches: number[] }> {
  const batches: number[] = [];
  const options = testIngestOptions({ writer: { shards: 2, maxBatch: 5_000, maxPending: 100_000, ackTimeoutMs: 600_000 } });
  options.pipeline.rateLimit = { ratePerS: 1e9, burst: 1e9 };
  const ingest = await startUplink(db, options, {}, { onFlush: (n) => batches.push(n) }, { verticals: rules });
  const work = await prepare(ingest, frames);
  const started = performance.now();
  let next = 0;
  let stored = 0;
  await Promise.all(
    Array.from({ length: Number(values.inflight) }, async () => {
      while (next < work.length) {
        const { topic, payload } = work[next++]!;
        const outcome = await ingest.handle({ transport: 'coap', topic, payload, receivedAtMs: Date.now() });
        if (outcome.status !== 'stored') throw new Error(`frame not stored: ${JSON.stringify(outcome)}`);
        stored++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await ingest.stop();
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM tag_sightings');
  if (rows[0]!.n !== stored * TAGS_PER_FRAME) throw new Error(`expected ${stored * TAGS_PER_FRAME} sightings, found ${rows[0]!.n}`);
  return { perS: (stored * TAGS_PER_FRAME) / seconds, frames: stored, batches };
}

/** COPY of the same number of rows into a table like tag_sightings (same indexes). */
async function copyReference(url: string, rows: number): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('CREATE TABLE copy_reference (LIKE tag_sightings INCLUDING ALL)');
    const now = Date.now();
    const iso = (ms: number) => new Date(ms).toISOString();
    const lines = function* () {
      let chunk = '';
      for (let i = 0; i < rows; i++) {
        chunk += `st-copy-${i % 250}\t${Math.floor(i / 5000) + 1}\t${iso(now)}\t${i}\t${iso(now - 5000)}\t${iso(now - 1000)}\t-70\t3\n`;
        if (chunk.length > 1 << 16) {
          yield chunk;
          chunk = '';
        }
      }
      yield chunk;
    };
    const started = performance.now();
    await pipeline(Readable.from(lines()), client.query(copyFrom('COPY copy_reference FROM STDIN')));
    return rows / ((performance.now() - started) / 1000);
  } finally {
    await client.end();
  }
}

/** Tags 0, 1,000, 2,000 …: one sighting in a thousand is of a watchlisted tag; and as many again that are never heard. */
function watchlist(frames: number): Set<number> {
  const heard = frames * TAGS_PER_FRAME;
  const tags = new Set<number>();
  for (let t = 0; t < heard; t += 1_000) tags.add(t);
  for (let i = 0, n = tags.size; i < n; i++) tags.add(0x80000000 + i);
  return tags;
}

/** One run on a fresh PostgreSQL database; the database is kept for the COPY reference when asked. */
async function runOnPostgres(frames: number, rules: readonly CommitRule[], keep = false) {
  const server = (await createServerDatabase())!;
  const db = await openDatabase({ databaseUrl: server.url, dataDir: null });
  await migrate(db);
  await createStandInTable(db);
  const result = await run(db, frames, rules);
  const hits = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM bench_hits')).rows[0]!.n;
  await db.close();
  if (!keep) await server.drop();
  return { ...result, hits, server };
}

const pgServer = await ensurePostgres();
try {
  console.log(`# Sightings: ${machine()}; ${TAGS_PER_FRAME} tags per frame, ${values.stations} stations, ${values.inflight} frames in flight`);
  const frames = Number(values.frames);
  const rule = standInWatchlistRule(watchlist(frames));
  const avg = (b: number[]) => b.reduce((a, x) => a + x, 0) / b.length;
  const without: number[] = [];
  const withRule: number[] = [];
  let pgResult: Awaited<ReturnType<typeof runOnPostgres>> | null = null;
  const ratios: number[] = [];
  for (let round = 1; round <= Number(values.rounds); round++) {
    // Alternating which goes first: the host's load drifts, and a fixed order would lean one way.
    const withFirst = round % 2 === 0;
    const watchedFirst = withFirst ? await runOnPostgres(frames, [rule]) : null;
    const plain = await runOnPostgres(frames, [], round === 1);
    if (round === 1) pgResult = plain;
    else await plain.server.drop();
    const watched = watchedFirst ?? (await runOnPostgres(frames, [rule]));
    without.push(plain.perS);
    withRule.push(watched.perS);
    ratios.push(watched.perS / plain.perS);
    console.log(
      `PostgreSQL round ${round}: ${fmt(plain.perS).padStart(9)} sightings/s without the watchlist rule (${plain.batches.length} commits of ${fmt(avg(plain.batches))} frames), ` +
        `${fmt(watched.perS).padStart(9)} with it (${fmt(watched.hits)} hits written, ${watched.batches.length} commits of ${fmt(avg(watched.batches))} frames); ratio ${fmt(watched.perS / plain.perS, 2)}`,
    );
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(
    `PostgreSQL: median ${fmt(median(without))} sightings/s without, ${fmt(median(withRule))} with the watchlist rule (stand-in); ` +
      `ratio with/without: median of the rounds ${fmt(median(ratios), 2)}, of the means ${fmt(avg(withRule) / avg(without), 2)} (target ≥ 0.9)`,
  );
  const copy = await copyReference(pgResult!.server.url, pgResult!.frames * TAGS_PER_FRAME);
  await pgResult!.server.drop();
  console.log(`COPY of the same ${fmt(pgResult!.frames * TAGS_PER_FRAME)} rows: ${fmt(copy)} rows/s; ratio without the rule/COPY ${fmt(avg(without) / copy, 2)}`);

  const dir = mkdtempSync(join(tmpdir(), 'wp-bench-pglite-'));
  try {
    const onPglite = await openDatabase({ dataDir: dir });
    await migrate(onPglite);
    const lite = await run(onPglite, Number(values['pglite-frames']));
    await onPglite.close();
    console.log(`PGlite:     ${fmt(lite.perS).padStart(9)} sightings/s (${fmt(lite.frames)} frames, ${lite.batches.length} commits of ${fmt(avg(lite.batches))} frames on average)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  pgServer.stop();
}
