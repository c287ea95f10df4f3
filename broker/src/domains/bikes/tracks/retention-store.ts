/**
 * SQL of track retention. On TimescaleDB: retention policies (whole daily
 * chunks dropped by TimescaleDB's own job). Elsewhere: deletes in bounded
 * batches, one device at a time, through the index (device, received_at)
 * every track table has, since none has an index on time alone.
 */
import type { Queryable } from '@watchpost/ingest';

/** A table of tracks: where a tag was. `device` is the column of the index's first key. */
export interface TrackTable {
  table: 'tag_sightings' | 'gps_fixes';
  device: 'station_id' | 'device_id';
}

export const TRACK_TABLES: readonly TrackTable[] = [
  { table: 'tag_sightings', device: 'station_id' },
  { table: 'gps_fixes', device: 'device_id' },
];

/** What the retention policies cover on TimescaleDB: the raw tracks and the aggregates made from them. */
export const TIMESCALE_RETAINED = ['tag_sightings', 'gps_fixes', 'tag_track_minutes', 'station_activity_minutes'] as const;

/** The devices that have rows in a table: a loose index scan (one probe per device), not a scan of the rows. */
export async function devicesIn(db: Queryable, t: TrackTable): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `WITH RECURSIVE d(id) AS (
       (SELECT ${t.device} FROM ${t.table} ORDER BY ${t.device} LIMIT 1)
       UNION ALL
       SELECT (SELECT ${t.device} FROM ${t.table} WHERE ${t.device} > d.id ORDER BY ${t.device} LIMIT 1) FROM d WHERE d.id IS NOT NULL
     )
     SELECT id FROM d WHERE id IS NOT NULL`,
  );
  return rows.map((r) => r.id);
}

/** Deletes up to `limit` of one device's rows received before `before`; returns how many. */
export async function deleteOlderRows(db: Queryable, t: TrackTable, deviceId: string, before: Date, limit: number): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `WITH gone AS (
       DELETE FROM ${t.table}
        WHERE ctid = ANY (ARRAY(SELECT ctid FROM ${t.table} WHERE ${t.device} = $1 AND received_at < $2 LIMIT $3))
       RETURNING 1
     )
     SELECT count(*)::int AS n FROM gone`,
    [deviceId, before, limit],
  );
  return rows[0]!.n;
}

/**
 * Makes the retention policy of a hypertable or continuous aggregate drop
 * what is older than `days`; true if it had to be changed. The same on every
 * start with the same setting: nothing changes.
 */
export async function setRetentionPolicy(db: Queryable, relation: (typeof TIMESCALE_RETAINED)[number], days: number): Promise<boolean> {
  const { rows } = await db.query<{ same: boolean }>(
    `SELECT (config->>'drop_after')::interval = make_interval(days => $2) AS same
       FROM timescaledb_information.jobs WHERE proc_name = 'policy_retention' AND hypertable_name = $1`,
    [relation, days],
  );
  if (rows.length === 1 && rows[0]!.same) return false;
  await db.query(`SELECT remove_retention_policy($1::regclass, if_exists => true)`, [relation]);
  await db.query(`SELECT add_retention_policy($1::regclass, drop_after => make_interval(days => $2))`, [relation, days]);
  return true;
}

/** Whether the tracks are TimescaleDB hypertables (the catalog exists only where the extension is installed). */
export async function tracksAreHypertables(db: Queryable): Promise<boolean> {
  const { rows } = await db.query<{ catalog: boolean }>(`SELECT to_regclass('_timescaledb_catalog.hypertable') IS NOT NULL AS catalog`);
  if (!rows[0]!.catalog) return false;
  const hyper = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM timescaledb_information.hypertables WHERE hypertable_name IN ('tag_sightings', 'gps_fixes')`);
  return hyper.rows[0]!.n === TRACK_TABLES.length;
}
