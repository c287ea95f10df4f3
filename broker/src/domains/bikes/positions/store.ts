/** SQL of positions: each bike's latest one, and the learnt station graph. */
import type { Queryable } from '@watchpost/ingest';
import type { ModelJson } from '../prediction/index.js';
import type { LatestPosition } from './tracker.js';

export interface PositionRow {
  bike_id: string;
  station_id: string;
  first_heard: Date;
  last_heard: Date;
  rssi_dbm: number;
  from_station_id: string | null;
  bearing_deg: number | null;
  heading_station_id: string | null;
  heading_probability: number | null;
  recent: [string, number, number][];
  updated_at: Date;
}

export async function loadPositions(db: Queryable): Promise<PositionRow[]> {
  return (await db.query<PositionRow>('SELECT * FROM bike_positions')).rows;
}

export async function positionOf(db: Queryable, bikeId: string): Promise<PositionRow | null> {
  return (await db.query<PositionRow>('SELECT * FROM bike_positions WHERE bike_id = $1', [bikeId])).rows[0] ?? null;
}

export async function upsertPositions(db: Queryable, rows: readonly { bikeId: string; latest: LatestPosition; recent: [string, number, number][] }[]): Promise<void> {
  if (rows.length === 0) return;
  const json = rows.map(({ bikeId, latest: l, recent }) => [bikeId, l.station, l.firstMs, l.lastMs, l.rssiDbm, l.fromStation, l.bearingDeg, l.headingStation, l.headingProbability, recent]);
  await db.query(
    `INSERT INTO bike_positions (bike_id, station_id, first_heard, last_heard, rssi_dbm, from_station_id, bearing_deg, heading_station_id, heading_probability, recent, updated_at)
     SELECT e->>0, e->>1, to_timestamp((e->>2)::float8 / 1000), to_timestamp((e->>3)::float8 / 1000), (e->>4)::smallint, e->>5, (e->>6)::real, e->>7, (e->>8)::real, e->9, now()
       FROM jsonb_array_elements($1::jsonb) AS e
     ON CONFLICT (bike_id) DO UPDATE SET station_id = EXCLUDED.station_id, first_heard = EXCLUDED.first_heard, last_heard = EXCLUDED.last_heard, rssi_dbm = EXCLUDED.rssi_dbm,
       from_station_id = EXCLUDED.from_station_id, bearing_deg = EXCLUDED.bearing_deg, heading_station_id = EXCLUDED.heading_station_id,
       heading_probability = EXCLUDED.heading_probability, recent = EXCLUDED.recent, updated_at = now()`,
    [JSON.stringify(json)],
  );
}

export async function loadGraph(db: Queryable): Promise<{ model: ModelJson; learned_until: Date | null } | null> {
  return (await db.query<{ model: ModelJson; learned_until: Date | null }>('SELECT model, learned_until FROM bike_station_graph WHERE id = 1')).rows[0] ?? null;
}

export async function saveGraph(db: Queryable, model: ModelJson, transitions: number, learnedUntilMs: number): Promise<void> {
  await db.query(
    `INSERT INTO bike_station_graph (id, model, transitions, learned_until, saved_at) VALUES (1, $1, $2, to_timestamp($3::float8 / 1000), now())
     ON CONFLICT (id) DO UPDATE SET model = EXCLUDED.model, transitions = EXCLUDED.transitions, learned_until = EXCLUDED.learned_until, saved_at = now()`,
    [JSON.stringify(model), transitions, learnedUntilMs || null],
  );
}

/**
 * The registered bikes' sightings since a time, a page of tags at a time,
 * each tag's in time order: what a graph with no saved state learns from.
 */
export async function historyOfTags(db: Queryable, tags: readonly number[], sinceMs: number): Promise<{ tag_id: number; station_id: string; first_heard: Date; last_heard: Date; rssi_dbm: number }[]> {
  return (
    await db.query<{ tag_id: number; station_id: string; first_heard: Date; last_heard: Date; rssi_dbm: number }>(
      `SELECT tag_id::float8 AS tag_id, station_id, first_heard, last_heard, rssi_dbm FROM tag_sightings
        WHERE tag_id = ANY($1::bigint[]) AND received_at >= to_timestamp($2::float8 / 1000) ORDER BY tag_id, first_heard`,
      [tags, sinceMs],
    )
  ).rows;
}
