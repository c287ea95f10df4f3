-- One row per accepted frame. Its primary key is what makes a retransmitted
-- frame (MQTT DUP, CoAP retry, a resend after reconnect) impossible to store
-- twice: the payload rows of a frame are written only if its receipt is new.
-- No foreign key to devices: the pipeline only stores frames of registered
-- devices, and the check would cost a third of the insert.
CREATE TABLE uplinks (
  device_id text COLLATE "C" NOT NULL,
  seq bigint NOT NULL,
  body text NOT NULL,
  transport text NOT NULL CHECK (transport IN ('mqtt', 'coap')),
  device_time timestamptz,
  received_at timestamptz NOT NULL,
  PRIMARY KEY (device_id, seq)
);
-- Start-up reads each device's newest receipt: (device_id, seq DESC) is the primary key's order.

-- Heartbeats, one table per device kind. received_at is the platform's clock
-- (trusted, the time axis); device_time is the device's (may be off or null).
CREATE TABLE pillar_heartbeats (
  device_id text COLLATE "C" NOT NULL,
  seq bigint NOT NULL,
  received_at timestamptz NOT NULL,
  device_time timestamptz,
  power text NOT NULL,
  battery_mv integer NOT NULL,
  door_open boolean NOT NULL,
  camera text NOT NULL,
  interval_s integer NOT NULL,
  firmware_version text NOT NULL
);
CREATE INDEX pillar_heartbeats_device_time ON pillar_heartbeats (device_id, received_at DESC);

CREATE TABLE station_heartbeats (
  device_id text COLLATE "C" NOT NULL,
  seq bigint NOT NULL,
  received_at timestamptz NOT NULL,
  device_time timestamptz,
  tags_heard integer NOT NULL,
  backhaul text NOT NULL,
  backhaul_rssi_dbm smallint NOT NULL,
  interval_s integer NOT NULL,
  firmware_version text NOT NULL,
  uptime_s bigint NOT NULL
);
CREATE INDEX station_heartbeats_device_time ON station_heartbeats (device_id, received_at DESC);

CREATE TABLE tag_heartbeats (
  device_id text COLLATE "C" NOT NULL,
  seq bigint NOT NULL,
  received_at timestamptz NOT NULL,
  device_time timestamptz,
  battery_mv integer NOT NULL,
  interval_s integer NOT NULL,
  signal_dbm smallint NOT NULL,
  firmware_version text NOT NULL
);
CREATE INDEX tag_heartbeats_device_time ON tag_heartbeats (device_id, received_at DESC);

-- Tags heard by base stations: one row per tag per batch window. The police
-- query "where has tag X been" reads the (tag_id, received_at) index.
CREATE TABLE tag_sightings (
  station_id text COLLATE "C" NOT NULL,
  seq bigint NOT NULL,
  received_at timestamptz NOT NULL,
  tag_id bigint NOT NULL,
  first_heard timestamptz NOT NULL,
  last_heard timestamptz NOT NULL,
  rssi_dbm smallint NOT NULL,
  beacons integer NOT NULL
);
CREATE INDEX tag_sightings_tag_time ON tag_sightings (tag_id, received_at DESC);
CREATE INDEX tag_sightings_station_time ON tag_sightings (station_id, received_at DESC);

-- Button presses, calls, tamper, power and camera events from alarm pillars.
CREATE TABLE pillar_events (
  device_id text COLLATE "C" NOT NULL,
  seq bigint NOT NULL,
  received_at timestamptz NOT NULL,
  occurred_at timestamptz NOT NULL,
  event text NOT NULL
);
CREATE INDEX pillar_events_device_time ON pillar_events (device_id, received_at DESC);

-- Position fixes from GPS tags (WGS-84).
CREATE TABLE gps_fixes (
  device_id text COLLATE "C" NOT NULL,
  seq bigint NOT NULL,
  received_at timestamptz NOT NULL,
  fixed_at timestamptz NOT NULL,
  lat double precision NOT NULL,
  lon double precision NOT NULL,
  accuracy_m integer NOT NULL,
  speed_kmh real NOT NULL,
  heading_deg smallint NOT NULL,
  satellites smallint NOT NULL
);
CREATE INDEX gps_fixes_device_time ON gps_fixes (device_id, received_at DESC);

-- Devices' answers to downlink commands.
CREATE TABLE command_acks (
  device_id text COLLATE "C" NOT NULL,
  seq bigint NOT NULL,
  received_at timestamptz NOT NULL,
  command_id bigint NOT NULL,
  status text NOT NULL,
  detail text NOT NULL
);
CREATE INDEX command_acks_device_command ON command_acks (device_id, command_id);
