-- The bikes home's watchlist (布控): theft cases and their timelines, the
-- tags on the watchlist, the hits sightings of them raised; the owner's
-- guard (armed bikes, their alerts); tags that look cloned.

-- A stolen-bike report and the police case it opens. It lies in the
-- jurisdictions of where the bike was last seen (their ancestors included).
CREATE TABLE bike_cases (
  id text COLLATE "C" PRIMARY KEY,
  number bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  bike_id text COLLATE "C" NOT NULL REFERENCES bikes (id),
  owner_id text COLLATE "C" NOT NULL REFERENCES users (id),
  status text NOT NULL CHECK (status IN ('reported', 'sighted', 'recovered', 'closed')),
  jurisdictions text[] NOT NULL,
  last_seen_at timestamptz NOT NULL,
  last_seen_place text NOT NULL DEFAULT '',
  last_seen_lat double precision,
  last_seen_lon double precision,
  description text NOT NULL DEFAULT '',
  -- the police officer in charge (SMS for hits go to them)
  officer_id text COLLATE "C" REFERENCES users (id),
  reported_at timestamptz NOT NULL DEFAULT now(),
  reported_by text COLLATE "C",
  -- a guard alert the owner turned into this report
  from_alert_id bigint,
  closed_at timestamptz
);
-- One case at a time per bike, until it is closed.
CREATE UNIQUE INDEX bike_cases_one_open ON bike_cases (bike_id) WHERE status <> 'closed';
CREATE INDEX bike_cases_owner ON bike_cases (owner_id, reported_at DESC);

-- Who did what when on a case: append-only, like the audit trail.
CREATE TABLE case_events (
  id bigserial PRIMARY KEY,
  case_id text COLLATE "C" NOT NULL REFERENCES bike_cases (id),
  at timestamptz NOT NULL DEFAULT now(),
  -- reported, sighted, hit.confirmed, hit.false, watch.changed, watch.expired, officer, note, recovered, closed
  kind text NOT NULL,
  actor_id text COLLATE "C",
  actor_role text,
  actor_name text,
  detail jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX case_events_case ON case_events (case_id, id);
CREATE FUNCTION case_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'case_events is append-only (% refused)', TG_OP;
END $$;
CREATE TRIGGER case_events_no_update_delete BEFORE UPDATE OR DELETE ON case_events
  FOR EACH ROW EXECUTE FUNCTION case_events_append_only();
CREATE TRIGGER case_events_no_truncate BEFORE TRUNCATE ON case_events
  FOR EACH STATEMENT EXECUTE FUNCTION case_events_append_only();

-- The tags on the watchlist, each for one case, until it expires or is taken off.
CREATE TABLE watchlist (
  tag_id bigint PRIMARY KEY,
  case_id text COLLATE "C" NOT NULL UNIQUE REFERENCES bike_cases (id),
  bike_id text COLLATE "C" NOT NULL REFERENCES bikes (id),
  level text NOT NULL CHECK (level IN ('normal', 'high', 'urgent')),
  added_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);

-- A sighting of a watchlisted tag: one per sighting row (station, frame,
-- tag) and case, whether raised in the sighting's commit (live) or by the
-- report's look back (historical). The unique key is what makes a hit
-- impossible to raise twice.
CREATE TABLE bike_hits (
  id bigserial PRIMARY KEY,
  case_id text COLLATE "C" NOT NULL REFERENCES bike_cases (id),
  tag_id bigint NOT NULL,
  station_id text COLLATE "C" NOT NULL,
  seq bigint NOT NULL,
  first_heard timestamptz NOT NULL,
  last_heard timestamptz NOT NULL,
  rssi_dbm smallint NOT NULL,
  historical boolean NOT NULL,
  raised_at timestamptz NOT NULL DEFAULT now(),
  status text NOT NULL DEFAULT 'unconfirmed' CHECK (status IN ('unconfirmed', 'confirmed', 'false')),
  reviewed_at timestamptz,
  reviewed_by text COLLATE "C",
  review_note text,
  -- the next stations predicted at the hit: [{stationId, probability, arrivalWindowS}]
  prediction jsonb NOT NULL DEFAULT '[]',
  UNIQUE (case_id, station_id, seq, tag_id)
);
CREATE INDEX bike_hits_case ON bike_hits (case_id, first_heard DESC);
CREATE INDEX bike_hits_status ON bike_hits (status);

-- Bikes their owners armed (the guard), and where they were when armed.
CREATE TABLE bike_guards (
  bike_id text COLLATE "C" PRIMARY KEY REFERENCES bikes (id),
  armed boolean NOT NULL DEFAULT false,
  armed_at timestamptz,
  armed_station_id text COLLATE "C",
  -- alert when the bike passes a station without its key fob, armed or not
  fob_pairing boolean NOT NULL DEFAULT true,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- What the guard told an owner: the bike heard moving while armed, or
-- passing a station without its fob; a report may have been opened from it.
CREATE TABLE bike_guard_alerts (
  id bigserial PRIMARY KEY,
  bike_id text COLLATE "C" NOT NULL REFERENCES bikes (id),
  owner_id text COLLATE "C" NOT NULL,
  reason text NOT NULL CHECK (reason IN ('moved', 'no_fob')),
  station_id text COLLATE "C" NOT NULL,
  first_heard timestamptz NOT NULL,
  last_heard timestamptz NOT NULL,
  armed_at timestamptz,
  raised_at timestamptz NOT NULL DEFAULT now(),
  case_id text COLLATE "C" REFERENCES bike_cases (id)
);
CREATE INDEX bike_guard_alerts_bike ON bike_guard_alerts (bike_id, id DESC);

-- A tag heard at two stations farther apart than a bike can ride in the
-- time between: a cloned tag (or a misplaced station), for police and
-- administrators to look into.
CREATE TABLE bike_clone_flags (
  id bigserial PRIMARY KEY,
  tag_id bigint NOT NULL,
  bike_id text COLLATE "C" NOT NULL REFERENCES bikes (id),
  station_a text COLLATE "C" NOT NULL,
  heard_a timestamptz NOT NULL,
  station_b text COLLATE "C" NOT NULL,
  heard_b timestamptz NOT NULL,
  distance_m integer NOT NULL,
  seconds real NOT NULL,
  jurisdictions text[] NOT NULL DEFAULT '{}',
  flagged_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX bike_clone_flags_at ON bike_clone_flags (flagged_at DESC);
CREATE INDEX bike_clone_flags_tag ON bike_clone_flags (tag_id, flagged_at DESC);
