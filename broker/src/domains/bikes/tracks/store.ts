/**
 * SQL of tracks and station activity. Every query reads a range of the
 * platform's clock (received_at) through an index that starts with the tag or
 * the station. With TimescaleDB the minute-level queries read the continuous
 * aggregates of 012_bikes_tracks.timescale.sql; elsewhere the same figures
 * are aggregated from the raw rows with date_trunc: same columns, same
 * minutes.
 */
import type { Queryable } from '@watchpost/ingest';
import type { TagSighting } from '../prediction/positions.js';

/** Where the minute-level figures come from. */
export type MinuteSource = 'continuous-aggregate' | 'raw';

/** The continuous aggregates exist only where TimescaleDB migrated them. */
export async function minuteSourceOf(db: Queryable): Promise<MinuteSource> {
  const { rows } = await db.query<{ ca: boolean }>(`SELECT to_regclass('tag_track_minutes') IS NOT NULL AS ca`);
  return rows[0]!.ca ? 'continuous-aggregate' : 'raw';
}

interface HeardRow {
  station_id: string;
  first_heard: Date;
  last_heard: Date;
  rssi_dbm: number;
}

const sightingOf = (r: HeardRow): TagSighting => ({ station: r.station_id, rssiDbm: r.rssi_dbm, firstMs: r.first_heard.getTime(), lastMs: r.last_heard.getTime() });

/** A tag's sightings received in [from, to): every batch window of every station that heard it. */
export async function selectSightings(db: Queryable, tagId: number, from: Date, to: Date): Promise<TagSighting[]> {
  const { rows } = await db.query<HeardRow>(`SELECT station_id, first_heard, last_heard, rssi_dbm FROM tag_sightings WHERE tag_id = $1 AND received_at >= $2 AND received_at < $3`, [tagId, from, to], {
    prepareAs: 'track_sightings',
  });
  return rows.map(sightingOf);
}

/**
 * A tag's sightings received in the minutes [from, to), one per station and
 * minute: first and last heard in that minute, the strongest RSSI. `from` and
 * `to` are whole minutes.
 */
export async function selectMinuteSightings(db: Queryable, source: MinuteSource, tagId: number, from: Date, to: Date): Promise<TagSighting[]> {
  const { rows } =
    source === 'continuous-aggregate'
      ? await db.query<HeardRow>(`SELECT station_id, first_heard, last_heard, rssi_dbm FROM tag_track_minutes WHERE tag_id = $1 AND minute >= $2 AND minute < $3`, [tagId, from, to], {
          prepareAs: 'track_minutes_ca',
        })
      : await db.query<HeardRow>(
          `SELECT station_id, min(first_heard) AS first_heard, max(last_heard) AS last_heard, max(rssi_dbm) AS rssi_dbm
             FROM tag_sightings
            WHERE tag_id = $1 AND received_at >= $2 AND received_at < $3
            GROUP BY date_trunc('minute', received_at), station_id`,
          [tagId, from, to],
          { prepareAs: 'track_minutes_raw' },
        );
  return rows.map(sightingOf);
}

export interface MinuteActivity {
  minute: Date;
  /** Different tags heard in that minute. */
  tags: number;
  sightings: number;
}

/** What one station heard, minute by minute, in the minutes [from, to): counts only. */
export async function selectStationMinutes(db: Queryable, source: MinuteSource, stationId: string, from: Date, to: Date): Promise<MinuteActivity[]> {
  const { rows } =
    source === 'continuous-aggregate'
      ? await db.query<MinuteActivity>(`SELECT minute, tags, sightings FROM station_activity_minutes WHERE station_id = $1 AND minute >= $2 AND minute < $3 ORDER BY minute`, [stationId, from, to])
      : await db.query<MinuteActivity>(
          `SELECT date_trunc('minute', received_at) AS minute, count(DISTINCT tag_id)::int AS tags, count(*)::int AS sightings
             FROM tag_sightings
            WHERE station_id = $1 AND received_at >= $2 AND received_at < $3
            GROUP BY 1 ORDER BY 1`,
          [stationId, from, to],
        );
  return rows;
}

export interface StationSummary {
  station_id: string;
  /** Minutes in which the station heard any tag. */
  minutes: number;
  /** The most tags it heard in one minute, and the sum over its minutes (tag-minutes). */
  peak_tags: number;
  tag_minutes: number;
  sightings: number;
}

/**
 * Each of these stations' activity over the minutes [from, to), from its
 * per-minute counts; stations that heard nothing are left out. On the raw
 * rows one index range per station (tag_sightings has no index on time alone).
 */
export async function selectStationSummaries(db: Queryable, source: MinuteSource, stationIds: readonly string[], from: Date, to: Date): Promise<StationSummary[]> {
  if (stationIds.length === 0) return [];
  const perMinute =
    source === 'continuous-aggregate'
      ? `SELECT station_id, tags, sightings FROM station_activity_minutes WHERE station_id = ANY($1::text[]) AND minute >= $2 AND minute < $3`
      : `SELECT s.id AS station_id, m.tags, m.sightings
           FROM unnest($1::text[]) AS s(id)
           CROSS JOIN LATERAL (
             SELECT count(DISTINCT tag_id)::int AS tags, count(*)::int AS sightings
               FROM tag_sightings
              WHERE station_id = s.id AND received_at >= $2 AND received_at < $3
              GROUP BY date_trunc('minute', received_at)
           ) AS m`;
  const { rows } = await db.query<StationSummary>(
    `SELECT station_id, count(*)::int AS minutes, max(tags)::int AS peak_tags, sum(tags)::int AS tag_minutes, sum(sightings)::int AS sightings
       FROM (${perMinute}) AS per_minute
      GROUP BY station_id ORDER BY station_id`,
    [stationIds, from, to],
  );
  return rows;
}
