-- The bikes home (broker/src/domains/bikes): the register of e-bikes, one
-- tag to one bike to one owner, the tag bindings' history, the bikes'
-- photos, each bike's latest position, and the station graph the
-- next-station predictor learnt (so a restart keeps it).

-- A registered e-bike: its owner, what identifies it (plate, frame number),
-- what describes it. The tags bound to it are in bike_tags.
CREATE TABLE bikes (
  id text COLLATE "C" PRIMARY KEY,
  owner_id text COLLATE "C" NOT NULL REFERENCES users (id),
  -- 号牌, as issued (upper case, no spaces)
  plate text COLLATE "C" NOT NULL UNIQUE,
  brand text NOT NULL DEFAULT '',
  model text NOT NULL DEFAULT '',
  colour text NOT NULL DEFAULT '',
  -- 车架号 and 电机号, as stamped
  frame_number text COLLATE "C" NOT NULL UNIQUE,
  motor_number text NOT NULL DEFAULT '',
  registered_at timestamptz NOT NULL DEFAULT now(),
  registered_by text COLLATE "C",
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX bikes_owner ON bikes (owner_id);

-- The tags bound now: the 32-bit chip id base stations report. One row per
-- chip, so a chip is bound once, whether as a bike's plate tag or as an
-- owner's key fob; one plate tag and at most one fob per bike.
CREATE TABLE bike_tags (
  tag_id bigint PRIMARY KEY CHECK (tag_id >= 0 AND tag_id <= 4294967295),
  bike_id text COLLATE "C" NOT NULL REFERENCES bikes (id),
  role text NOT NULL CHECK (role IN ('bike', 'fob')),
  bound_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (bike_id, role)
);

-- Every binding a bike had, the current one open (unbound_at null): a track
-- of a bike is its tags' sightings over their periods.
CREATE TABLE bike_tag_history (
  id bigserial PRIMARY KEY,
  bike_id text COLLATE "C" NOT NULL REFERENCES bikes (id),
  role text NOT NULL CHECK (role IN ('bike', 'fob')),
  tag_id bigint NOT NULL,
  bound_at timestamptz NOT NULL DEFAULT now(),
  bound_by text COLLATE "C",
  unbound_at timestamptz,
  unbound_by text COLLATE "C",
  -- why the tag was re-bound or unbound (a broken tag, a new fob): audited too
  reason text
);
CREATE INDEX bike_tag_history_bike ON bike_tag_history (bike_id, bound_at);
CREATE INDEX bike_tag_history_tag ON bike_tag_history (tag_id, bound_at);

-- One small photo per bike (JPEG, PNG or WebP; the size limit is the platform's).
CREATE TABLE bike_photos (
  bike_id text COLLATE "C" PRIMARY KEY REFERENCES bikes (id),
  content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
  bytes bytea NOT NULL,
  uploaded_at timestamptz NOT NULL DEFAULT now(),
  uploaded_by text COLLATE "C"
);

-- Where each bike was last heard: the station its position was at, when,
-- where it came from and which station it heads for (the predictor's best).
-- Derived from tag_sightings after their commit (positions/tracker.ts):
-- rebuilt from them, never the only copy of anything.
CREATE TABLE bike_positions (
  bike_id text COLLATE "C" PRIMARY KEY REFERENCES bikes (id),
  station_id text COLLATE "C" NOT NULL,
  first_heard timestamptz NOT NULL,
  last_heard timestamptz NOT NULL,
  rssi_dbm smallint NOT NULL,
  from_station_id text COLLATE "C",
  bearing_deg real,
  heading_station_id text COLLATE "C",
  heading_probability real,
  -- the positions before it, oldest first: [[station, firstMs, lastMs], …]
  recent jsonb NOT NULL DEFAULT '[]',
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- The station graph (prediction/model.ts, its toJSON): one row, saved as it
-- learns; learned_until is the newest position it has seen.
CREATE TABLE bike_station_graph (
  id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  model jsonb NOT NULL,
  transitions bigint NOT NULL,
  learned_until timestamptz,
  saved_at timestamptz NOT NULL DEFAULT now()
);
