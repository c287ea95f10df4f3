// Retention on the engine of the run (PGlite, or PostgreSQL with DATABASE_URL): the job's batched
// deletes; and on TimescaleDB (the PGlite fork): the policies, run as TimescaleDB's scheduler would.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Queryable } from '@watchpost/ingest';
import { eventually, openTestDatabase, openTimescaleTestDatabase, testLogger } from '@watchpost/ingest/test-support';
import { TrackRetention, type RetentionOptions } from './retention.js';
import { tracksAreHypertables } from './retention-store.js';
import { insertSightings, type SightingRow } from './test-support.js';

const DAY = 86_400_000;
const NOW = new Date();
const OPTIONS: RetentionOptions = { trackDays: 180, receiptDays: 3, replayWindow: 1024, everyMs: 3_600_000, firstRunMs: 0, batchRows: 100, pauseMs: 0 };

/** Rows of each station `daysAgo` days old, `n` of them a second apart. */
function sightingsAged(stations: string[], daysAgo: number, n: number): SightingRow[] {
  return stations.flatMap((station, s) => Array.from({ length: n }, (_, i) => ({ station, tagId: 1_000 + s, atMs: NOW.getTime() - daysAgo * DAY + i * 1_000 })));
}

async function insertFixes(db: Queryable, device: string, daysAgo: number, n: number): Promise<void> {
  await db.query(
    `INSERT INTO gps_fixes (device_id, seq, received_at, fixed_at, lat, lon, accuracy_m, speed_kmh, heading_deg, satellites)
     SELECT $1, g, $2::timestamptz + g * interval '1 second', $2::timestamptz, 33, 118.5, 5, 12, 90, 8 FROM generate_series(1, $3) g`,
    [device, new Date(NOW.getTime() - daysAgo * DAY), n],
  );
}

/** Receipts seq from..to of a device, the first `old` of them `oldDaysAgo` days old, the rest an hour old. */
async function insertReceipts(db: Queryable, device: string, from: number, to: number, oldUpTo: number, oldDaysAgo: number): Promise<void> {
  await db.query(
    `INSERT INTO uplinks (device_id, seq, body, transport, received_at)
     SELECT $1, g, 'sightingBatch', 'mqtt', CASE WHEN g <= $4 THEN $5::timestamptz + g * interval '1 millisecond' ELSE now() - interval '1 hour' END
       FROM generate_series($2::int8, $3::int8) g`,
    [device, from, to, oldUpTo, new Date(NOW.getTime() - oldDaysAgo * DAY)],
  );
}

const count = async (db: Queryable, sql: string, params: unknown[] = []) => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params)).rows[0]!.n;

describe('retention on this run’s engine', () => {
  it('deletes tracks older than the limit in batches, keeps younger ones; a second run has nothing to do', async () => {
    const t = await openTestDatabase();
    try {
      const stations = ['st-ret-a', 'st-ret-b', 'st-ret-c'];
      // 250 rows per station past the limit (three batches of 100 each), some just inside it, some new.
      await insertSightings(t.db, [...sightingsAged(stations, 400, 200), ...sightingsAged(stations, 181, 50), ...sightingsAged(stations, 179, 30), ...sightingsAged(stations, 1, 20)]);
      await insertFixes(t.db, 'tg-ret-gps1', 200, 150);
      await insertFixes(t.db, 'tg-ret-gps1', 10, 5);
      assert.equal(await tracksAreHypertables(t.db), false);

      const job = new TrackRetention(t.db, false, OPTIONS, testLogger);
      const report = await job.runOnce(NOW);
      assert.equal(report.deleted.tag_sightings, 3 * 250);
      assert.equal(report.deleted.gps_fixes, 150);
      assert.equal(await count(t.db, 'tag_sightings'), 3 * 50);
      assert.equal(await count(t.db, `tag_sightings WHERE received_at < $1`, [new Date(NOW.getTime() - 180 * DAY)]), 0);
      assert.equal(await count(t.db, 'gps_fixes'), 5);

      const again = await job.runOnce(NOW);
      assert.deepEqual(again.deleted, { tag_sightings: 0, gps_fixes: 0, uplinks: 0 });
    } finally {
      await t.drop();
    }
  });

  it('runs by itself every interval once started, until stopped', async () => {
    const t = await openTestDatabase();
    try {
      await insertSightings(t.db, [...sightingsAged(['st-ret-timer'], 200, 300), ...sightingsAged(['st-ret-timer'], 1, 5)]);
      const job = new TrackRetention(t.db, false, { ...OPTIONS, firstRunMs: 10, everyMs: 50 }, testLogger);
      job.start();
      try {
        await eventually(async () => (await count(t.db, 'tag_sightings')) === 5, 10_000, 'the old rows deleted by the scheduled run');
        // A row that becomes old later goes at a later run.
        await insertSightings(t.db, sightingsAged(['st-ret-timer-2'], 300, 10));
        await eventually(async () => (await count(t.db, `tag_sightings WHERE station_id = 'st-ret-timer-2'`)) === 0, 10_000, 'the next run');
      } finally {
        await job.stop();
      }
    } finally {
      await t.drop();
    }
  });

  it('prunes receipts past their days, but never one within its device’s replay window (nor so its newest)', async () => {
    const t = await openTestDatabase();
    try {
      // A busy station: seqs 1–2,000, the first 1,500 four days old. Window 1,024: seqs up to 976 may go.
      await insertReceipts(t.db, 'st-busy', 1, 2_000, 1_500, 4);
      // A station silent for ten days: 3,000 old receipts; up to 1,976 go, its newest 1,024 stay.
      await insertReceipts(t.db, 'st-silent', 1, 3_000, 3_000, 10);
      // A pillar that sends rarely: five old receipts, all within its window.
      await insertReceipts(t.db, 'pl-rare', 1, 5, 5, 30);
      // Two days old: younger than the limit.
      await insertReceipts(t.db, 'st-young', 1, 1_500, 1_500, 2);

      const report = await new TrackRetention(t.db, false, OPTIONS, testLogger).runOnce(NOW);
      assert.equal(report.deleted.uplinks, 976 + 1_976);
      const left = async (device: string) =>
        (await t.db.query<{ n: number; min: number; max: number }>('SELECT count(*)::int AS n, min(seq)::int AS min, max(seq)::int AS max FROM uplinks WHERE device_id = $1', [device])).rows[0];
      assert.deepEqual(await left('st-busy'), { n: 1_024, min: 977, max: 2_000 });
      assert.deepEqual(await left('st-silent'), { n: 1_024, min: 1_977, max: 3_000 });
      assert.deepEqual(await left('pl-rare'), { n: 5, min: 1, max: 5 });
      assert.deepEqual(await left('st-young'), { n: 1_500, min: 1, max: 1_500 });
    } finally {
      await t.drop();
    }
  });
});

describe('retention with TimescaleDB (the PGlite fork)', () => {
  it('sets the policies to the setting once, and changes them when the setting changes', async () => {
    const t = await openTimescaleTestDatabase();
    try {
      assert.equal(await tracksAreHypertables(t.db), true);
      const policies = async () =>
        (
          await t.db.query<{ hypertable_name: string; days: number }>(
            `SELECT hypertable_name, extract(day FROM (config->>'drop_after')::interval)::int AS days FROM timescaledb_information.jobs WHERE proc_name = 'policy_retention' ORDER BY 1`,
          )
        ).rows;
      const job = new TrackRetention(t.db, true, OPTIONS, testLogger);
      assert.deepEqual((await job.applyPolicies()).sort(), ['gps_fixes', 'station_activity_minutes', 'tag_sightings', 'tag_track_minutes']);
      assert.deepEqual(await job.applyPolicies(), [], 'the same setting changes nothing');
      assert.deepEqual(
        (await policies()).map((p) => [p.hypertable_name, p.days]),
        [
          ['gps_fixes', 180],
          ['station_activity_minutes', 180],
          ['tag_sightings', 180],
          ['tag_track_minutes', 180],
        ],
      );
      const shorter = new TrackRetention(t.db, true, { ...OPTIONS, trackDays: 30 }, testLogger);
      assert.equal((await shorter.applyPolicies()).length, 4);
      assert.ok((await policies()).every((p) => p.days === 30));
    } finally {
      await t.drop();
    }
  });

  it('the policies drop old sightings and their minute aggregates; young ones stay; the job leaves the tracks to them', async () => {
    const t = await openTimescaleTestDatabase();
    try {
      const stations = ['st-ts-a', 'st-ts-b'];
      await insertSightings(t.db, [...sightingsAged(stations, 200, 100), ...sightingsAged(stations, 170, 40), ...sightingsAged(stations, 1, 10)]);
      await t.db.exec(`CALL refresh_continuous_aggregate('tag_track_minutes', NULL, now() - interval '1 minute')`);
      const job = new TrackRetention(t.db, true, OPTIONS, testLogger);
      await job.applyPolicies();
      const before = await job.runOnce(NOW);
      assert.deepEqual(Object.keys(before.deleted), ['uplinks'], 'on TimescaleDB the policies delete tracks, not the job');
      assert.equal(await count(t.db, 'tag_sightings'), 2 * 150);

      const { rows: jobs } = await t.db.query<{ job_id: number; hypertable_name: string }>(
        `SELECT job_id, hypertable_name FROM timescaledb_information.jobs WHERE proc_name = 'policy_retention' AND hypertable_name IN ('tag_sightings', 'tag_track_minutes')`,
      );
      // What TimescaleDB's scheduler does on a server (the fork runs no background workers).
      for (const j of jobs) await t.db.exec(`CALL run_job(${j.job_id})`);
      const limit = new Date(NOW.getTime() - 180 * DAY);
      assert.equal(await count(t.db, `tag_sightings WHERE received_at < $1`, [limit]), 0);
      assert.equal(await count(t.db, 'tag_sightings'), 2 * 50);
      // The aggregate drops whole chunks (ten days each): nothing older than the limit and its chunk remains, the young minutes do.
      assert.equal(await count(t.db, `tag_track_minutes WHERE minute < $1`, [new Date(limit.getTime() - 10 * DAY)]), 0);
      assert.ok((await count(t.db, `tag_track_minutes WHERE minute > now() - interval '2 days'`)) > 0);
    } finally {
      await t.drop();
    }
  });
});
