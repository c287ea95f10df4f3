-- With TimescaleDB: sightings compressed after 3 days instead of 7 (the
-- days a late theft report looks back over and the live trace reads stay
-- uncompressed; a tag's track in a compressed chunk is one segment, as fast
-- to read), and two continuous aggregates the track and activity queries
-- read instead of the raw rows.
SELECT remove_compression_policy('tag_sightings', if_exists => true);
SELECT add_compression_policy('tag_sightings', INTERVAL '3 days');

-- One row per tag, station and minute heard: what a long track is built
-- from (a visit of a few 1–5 s batch windows becomes one or two rows).
-- Real-time: minutes not yet materialised are aggregated from the raw rows
-- at query time, so the newest sightings are in every answer.
CREATE MATERIALIZED VIEW tag_track_minutes
  WITH (timescaledb.continuous, timescaledb.materialized_only = false) AS
  SELECT time_bucket(INTERVAL '1 minute', received_at) AS minute,
         tag_id,
         station_id,
         count(*)::int AS sightings,
         max(rssi_dbm) AS rssi_dbm,
         min(first_heard) AS first_heard,
         max(last_heard) AS last_heard
    FROM tag_sightings
   GROUP BY 1, 2, 3
  WITH NO DATA;
-- TimescaleDB indexes it by each grouping column and the minute: (tag_id, minute DESC) is the track's.

-- Station activity: how many tags a station heard each minute (counts, never
-- identities), for operators and police.
CREATE MATERIALIZED VIEW station_activity_minutes
  WITH (timescaledb.continuous, timescaledb.materialized_only = false) AS
  SELECT time_bucket(INTERVAL '1 minute', received_at) AS minute,
         station_id,
         count(DISTINCT tag_id)::int AS tags,
         count(*)::int AS sightings
    FROM tag_sightings
   GROUP BY 1, 2
  WITH NO DATA;
-- Indexed (station_id, minute DESC) by TimescaleDB.

-- Refreshed every 5 minutes up to 1 minute ago (the last minute is still
-- being written). start_offset NULL: from the oldest sighting, so the first
-- run materialises what was stored before this migration; later runs only
-- redo the minutes new rows invalidated (sightings are stamped with the
-- platform's clock: only the newest minutes ever get rows).
SELECT add_continuous_aggregate_policy('tag_track_minutes', start_offset => NULL, end_offset => INTERVAL '1 minute', schedule_interval => INTERVAL '5 minutes');
SELECT add_continuous_aggregate_policy('station_activity_minutes', start_offset => NULL, end_offset => INTERVAL '1 minute', schedule_interval => INTERVAL '5 minutes');
-- Their retention follows TRACK_RETENTION_DAYS: the platform sets the policies at start (tracks/retention.ts).
