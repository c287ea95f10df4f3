-- Tracks (the bikes home, broker/src/domains/bikes/tracks): every sighting
-- stays the track until TRACK_RETENTION_DAYS; receipts are pruned after
-- UPLINK_RECEIPT_RETENTION_DAYS. Both by the platform's retention job
-- (tracks/retention.ts) on plain PostgreSQL and PGlite; on TimescaleDB the
-- tracks go by retention policies (012_bikes_tracks.timescale.sql).

-- The receipts job walks the oldest receipts first. The primary key
-- (device_id, seq) cannot find them; this index is appended to at its right
-- edge only (the platform's clock), one entry per frame, not per sighting.
CREATE INDEX uplinks_received_at ON uplinks (received_at);
