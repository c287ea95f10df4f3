-- With TimescaleDB: time-series tables are hypertables in daily chunks on the
-- platform's clock, compressed per device after a week.
SELECT create_hypertable('pillar_heartbeats', by_range('received_at', INTERVAL '1 day'));
SELECT create_hypertable('station_heartbeats', by_range('received_at', INTERVAL '1 day'));
SELECT create_hypertable('tag_heartbeats', by_range('received_at', INTERVAL '1 day'));
SELECT create_hypertable('tag_sightings', by_range('received_at', INTERVAL '1 day'));
SELECT create_hypertable('pillar_events', by_range('received_at', INTERVAL '7 days'));
SELECT create_hypertable('gps_fixes', by_range('received_at', INTERVAL '1 day'));

ALTER TABLE pillar_heartbeats SET (timescaledb.compress, timescaledb.compress_segmentby = 'device_id', timescaledb.compress_orderby = 'received_at DESC');
ALTER TABLE station_heartbeats SET (timescaledb.compress, timescaledb.compress_segmentby = 'device_id', timescaledb.compress_orderby = 'received_at DESC');
ALTER TABLE tag_heartbeats SET (timescaledb.compress, timescaledb.compress_segmentby = 'device_id', timescaledb.compress_orderby = 'received_at DESC');
ALTER TABLE tag_sightings SET (timescaledb.compress, timescaledb.compress_segmentby = 'tag_id', timescaledb.compress_orderby = 'received_at DESC');
ALTER TABLE gps_fixes SET (timescaledb.compress, timescaledb.compress_segmentby = 'device_id', timescaledb.compress_orderby = 'received_at DESC');

SELECT add_compression_policy('pillar_heartbeats', INTERVAL '7 days');
SELECT add_compression_policy('station_heartbeats', INTERVAL '7 days');
SELECT add_compression_policy('tag_heartbeats', INTERVAL '7 days');
SELECT add_compression_policy('tag_sightings', INTERVAL '7 days');
SELECT add_compression_policy('gps_fixes', INTERVAL '7 days');
