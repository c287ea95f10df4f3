/**
 * Benchmark: a 30-day track of one bike from a table of 100 million
 * sightings (target ≤ 200 ms), on PostgreSQL. The rows are synthetic county
 * traffic (bench/lib/track-data.ts) loaded with a binary COPY into the
 * platform's own tag_sightings (migrated as the platform migrates it; its
 * indexes dropped for the load and built again, from their own definitions,
 * after it; then VACUUM ANALYZE, as autovacuum would in time).
 *
 * The track is what GET /bikes/:id/track answers for 30 days: the per-minute
 * sightings of the tag, collapsed to positions, split into trips and stops,
 * folded into hour buckets, serialised to JSON. The reference, in the same
 * run, is the bare index scan of the same rows (every sighting of the tag in
 * the range, nothing done with them). Each query asks for a bike not asked
 * for before in the run (its rows not in PostgreSQL's buffers from an earlier
 * query); a second pass asks again for the same bikes (warm).
 *
 * --cold first evicts the table's and its indexes' files from the OS page
 * cache (GNU dd iflag=nocache; only this database's files, a server on this
 * machine), so the first pass reads from disk; without it they are wherever
 * the load and earlier runs left them (the report says how much is cached).
 *
 * The data set is kept in its own database (wp_bench_track_<rows>_<tags>) on the server of
 * DATABASE_URL, and reused by a later run with the same figures unless --fresh.
 *   npm run bench:track [-- --rows 100000000 --tags 15000 --stations 559 --queries 50 --fresh]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { migrate, openDatabase, type Database } from '@watchpost/ingest';
import { AuditLog } from '../broker/src/domains/audit/audit-log.js';
import { TrackService, trackJson, type StationLocator } from '../broker/src/domains/bikes/tracks/index.js';
import { minuteSourceOf } from '../broker/src/domains/bikes/tracks/store.js';
import { ensurePostgres, machine } from './lib/harness.js';
import { fmt, percentile } from './lib/stats.js';
import { SIGHTINGS_PER_TAG_DAY, gridOf, mulberry32, stationId, trafficCopyStream } from './lib/track-data.js';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000000' },
    tags: { type: 'string', default: '15000' },
    stations: { type: 'string', default: '559' },
    queries: { type: 'string', default: '50' },
    fresh: { type: 'boolean', default: false },
    cold: { type: 'boolean', default: false },
  },
});
const ROWS = Number(values.rows);
const TAGS = Number(values.tags);
const STATIONS = Number(values.stations);
const QUERIES = Number(values.queries);
const DAY_MS = 86_400_000;
const TARGET_MS = 200;

const elapsed = (since: number) => `${fmt((performance.now() - since) / 1000, 1)} s`;

/** The database of this data set: created and loaded unless it is there already. */
async function dataSet(serverUrl: string): Promise<{ url: string; loaded: boolean }> {
  const name = `wp_bench_track_${ROWS}_${TAGS}_${STATIONS}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rows.length > 0;
    if (exists && !values.fresh) {
      const db = new pg.Client({ connectionString: url.toString() });
      await db.connect();
      const done = await db.query(`SELECT to_regclass('bench_track_loaded') IS NOT NULL AS done`).then((r) => r.rows[0].done as boolean);
      await db.end();
      if (done) return { url: url.toString(), loaded: true };
    }
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
    return { url: url.toString(), loaded: false };
  } finally {
    await admin.end();
  }
}

/** The kernel's page cache and what is available, from /proc/meminfo (Linux). */
function memory(): string {
  if (!existsSync('/proc/meminfo')) return 'memory: unknown';
  const kib = (key: string) =>
    Number(
      /\d+/.exec(
        readFileSync('/proc/meminfo', 'utf8')
          .split('\n')
          .find((l) => l.startsWith(`${key}:`)) ?? '0',
      )![0],
    );
  return `page cache ${fmt(kib('Cached') / 2 ** 20, 1)} GiB, available ${fmt(kib('MemAvailable') / 2 ** 20, 1)} GiB`;
}

/** Drops the files of tag_sightings and its indexes from the OS page cache; how many files. */
async function evict(db: Database): Promise<number> {
  const dir = (await db.query<{ d: string }>(`SELECT current_setting('data_directory') AS d`)).rows[0]!.d;
  const { rows } = await db.query<{ path: string }>(
    `SELECT pg_relation_filepath(c.oid) AS path FROM pg_class c WHERE c.oid = 'tag_sightings'::regclass OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid = 'tag_sightings'::regclass)`,
  );
  let files = 0;
  for (const { path } of rows)
    for (let segment = 0; ; segment++) {
      const file = `${dir}/${path}${segment ? `.${segment}` : ''}`;
      if (!existsSync(file)) break;
      execFileSync('dd', [`if=${file}`, 'iflag=nocache', 'count=0', 'status=none']);
      files++;
    }
  return files;
}

async function load(db: Database, url: string): Promise<void> {
  await migrate(db);
  const days = Math.ceil(ROWS / (TAGS * SIGHTINGS_PER_TAG_DAY));
  const startMs = Math.floor(Date.now() / DAY_MS) * DAY_MS - days * DAY_MS;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: indexes } = await client.query<{ indexname: string; indexdef: string }>(`SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'tag_sightings'`);
    for (const i of indexes) await client.query(`DROP INDEX ${i.indexname}`);
    console.log(`loading ${fmt(ROWS)} sightings of ${fmt(TAGS)} bikes at ${fmt(STATIONS)} stations, ~${days} days, binary COPY (indexes dropped: ${indexes.map((i) => i.indexname).join(', ')})`);
    let started = performance.now();
    let copied = 0;
    const stream = trafficCopyStream({ rows: ROWS, tags: TAGS, stations: STATIONS, startMs, seed: 20_261_201 }, (day, n) => {
      copied += n;
      if (day % 10 === 9) console.log(`  day ${day + 1}: ${fmt(copied)} rows, ${elapsed(started)}, ${fmt(copied / ((performance.now() - started) / 1000))} rows/s`);
    });
    await pipeline(stream, client.query(copyFrom('COPY tag_sightings FROM STDIN (FORMAT binary)')));
    console.log(`COPY: ${fmt(copied)} rows in ${elapsed(started)}`);
    await client.query(`SET maintenance_work_mem = '1GB'`);
    for (const i of indexes) {
      started = performance.now();
      await client.query(i.indexdef);
      console.log(`${i.indexdef}: ${elapsed(started)}`);
    }
    started = performance.now();
    await client.query('VACUUM ANALYZE tag_sightings');
    console.log(`VACUUM ANALYZE: ${elapsed(started)}`);
    await client.query(`CREATE TABLE bench_track_loaded AS SELECT ${ROWS}::bigint AS rows, now() AS loaded_at`);
  } finally {
    await client.end();
  }
}

const pgServer = await ensurePostgres();
try {
  console.log(`# Track: ${machine()}; ${fmt(ROWS)} sightings, ${fmt(TAGS)} bikes, ${fmt(STATIONS)} stations, ${QUERIES} bikes asked for`);
  const set = await dataSet(pgServer.url);
  const db = await openDatabase({ databaseUrl: set.url, dataDir: null, maxConnections: 2 });
  try {
    if (!set.loaded) await load(db, set.url);
    else console.log('reusing the data set loaded earlier (--fresh to load it again)');
    const sizes = (
      await db.query<{ heap: number; indexes: number; n: number }>(
        `SELECT pg_relation_size('tag_sightings')::float8 AS heap, pg_indexes_size('tag_sightings')::float8 AS indexes, reltuples::float8 AS n FROM pg_class WHERE relname = 'tag_sightings'`,
      )
    ).rows[0]!;
    const gib = (b: number) => `${fmt(b / 2 ** 30, 1)} GiB`;
    console.log(`tag_sightings: ~${fmt(sizes.n)} rows, heap ${gib(sizes.heap)}, indexes ${gib(sizes.indexes)}; ${memory()}`);
    if (values.cold) {
      const files = await evict(db);
      console.log(`--cold: the ${files} files of tag_sightings and its indexes evicted from the page cache; ${memory()}`);
    }

    const end = (await db.query<{ end: Date }>('SELECT max(received_at) AS end FROM tag_sightings')).rows[0]!.end;
    const from = new Date(end.getTime() - 30 * DAY_MS);
    const { place } = gridOf(STATIONS);
    const places = new Map(Array.from({ length: STATIONS }, (_, i) => [stationId(i), place(i)]));
    const locate: StationLocator = (id) => places.get(id) ?? null;
    const service = new TrackService(db, new AuditLog(db, null), locate, await minuteSourceOf(db));
    const query = { from, to: end, resolution: 'auto' as const, stopAfterMin: 5, maxBuckets: 1000 };

    // Bikes never asked for before in this run: half for the reference, half for the track.
    const random = mulberry32(Date.now() >>> 0);
    const picked = new Set<number>();
    while (picked.size < Math.min(TAGS, 2 * QUERIES)) picked.add(Math.floor(random() * TAGS));
    const bikes = [...picked];
    const reference: number[] = [];
    const ours: number[] = [];
    const warm: number[] = [];
    let rowsRead = 0;
    let answer = { buckets: 0, trips: 0, stops: 0, bytes: 0, positions: 0 };
    for (let q = 0; q < QUERIES; q++) {
      let t = performance.now();
      const { rows } = await db.query(`SELECT station_id, first_heard, last_heard, rssi_dbm FROM tag_sightings WHERE tag_id = $1 AND received_at >= $2 AND received_at < $3`, [
        bikes[2 * q]!,
        from,
        end,
      ]);
      reference.push(performance.now() - t);
      rowsRead += rows.length;
      t = performance.now();
      const track = await service.track(bikes[2 * q + 1]!, query);
      const json = JSON.stringify(trackJson(track, locate));
      ours.push(performance.now() - t);
      answer = { buckets: track.buckets!.length, trips: track.trips.length, stops: track.stops.length, bytes: json.length, positions: track.positionCount };
    }
    for (let q = 0; q < QUERIES; q++) {
      const t = performance.now();
      JSON.stringify(trackJson(await service.track(bikes[2 * q + 1]!, query), locate));
      warm.push(performance.now() - t);
    }
    const line = (name: string, ms: number[]) => {
      const s = [...ms].sort((a, b) => a - b);
      return `${name.padEnd(34)} p50 ${fmt(percentile(s, 50), 1).padStart(6)} ms, p95 ${fmt(percentile(s, 95), 1).padStart(6)} ms, max ${fmt(s.at(-1)!, 1).padStart(6)} ms`;
    };
    const p = (ms: number[], n: number) =>
      percentile(
        [...ms].sort((a, b) => a - b),
        n,
      );
    console.log(`30 days (${from.toISOString()} – ${end.toISOString()}), ${fmt(rowsRead / QUERIES)} sightings per bike on average`);
    console.log(line('bare index scan (reference)', reference));
    console.log(line('track, first read of each bike', ours));
    console.log(line('track, asked again (warm)', warm));
    console.log(
      `last answer: ${answer.buckets} hour buckets, ${answer.trips} trips, ${answer.stops} stops from ${answer.positions} positions, ${fmt(answer.bytes / 1024, 1)} KiB of JSON; source ${service.minuteSource}`,
    );
    console.log(
      `ratio track/reference p50 ${fmt(p(ours, 50) / p(reference, 50), 2)}, p95 ${fmt(p(ours, 95) / p(reference, 95), 2)}; target ≤ ${TARGET_MS} ms: ${p(ours, 95) <= TARGET_MS ? 'met' : 'MISSED'} (p95)`,
    );
  } finally {
    await db.close();
  }
} finally {
  pgServer.stop();
}
