-- The device registry: every pillar, base station and tag the platform knows,
-- with its credentials (never the secret itself) and its presence.
-- Device ids are ASCII [a-z0-9-]: COLLATE "C" makes every index on them
-- compare bytes instead of going through the locale.
CREATE TABLE devices (
  id text COLLATE "C" PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('pillar', 'station', 'tag')),
  name text NOT NULL DEFAULT '',
  lat double precision CHECK (lat BETWEEN -90 AND 90),
  lon double precision CHECK (lon BETWEEN -180 AND 180),
  -- HMAC-SHA256(key = secret, "wp/v1/password/" || id): checks the MQTT password
  secret_verifier bytea NOT NULL,
  -- HMAC-SHA256(key = secret, "wp/v1/mac/" || id): verifies frame MACs (CoAP)
  mac_key bytea NOT NULL,
  registered_at timestamptz NOT NULL DEFAULT now(),
  -- Written at each online/offline transition only. The newest seq, the time
  -- last heard and the reported heartbeat interval are read at start-up from
  -- the receipts and heartbeats (store/devices.ts): updating them here for
  -- every batch would double the cost of a commit.
  presence text NOT NULL DEFAULT 'never_seen' CHECK (presence IN ('never_seen', 'online', 'offline')),
  presence_since timestamptz
);
CREATE INDEX devices_kind ON devices (kind);

-- Every online/offline transition, for the maintenance desk's history.
CREATE TABLE device_presence_changes (
  device_id text COLLATE "C" NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
  at timestamptz NOT NULL,
  presence text NOT NULL CHECK (presence IN ('online', 'offline')),
  reason text NOT NULL
);
CREATE INDEX device_presence_changes_device_at ON device_presence_changes (device_id, at DESC);
