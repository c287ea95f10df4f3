-- People and access: jurisdictions, units, users and their roles, sessions,
-- API tokens, one-time sign-in codes, and the append-only audit trail.

-- Areas of responsibility: the county, its towns, the police stations' areas.
CREATE TABLE jurisdictions (
  id text COLLATE "C" PRIMARY KEY,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('county', 'district', 'town', 'police_area')),
  parent_id text COLLATE "C" REFERENCES jurisdictions (id),
  -- GeoJSON (Multi)Polygon; which station or pillar falls in which area follows from it.
  boundary jsonb
);

-- The parties: the governance centre, police stations, command centres,
-- installation companies, the administration.
CREATE TABLE units (
  id text COLLATE "C" PRIMARY KEY,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('governance_centre', 'police_station', 'town_command', 'district_centre', 'police_command', 'installer', 'administration')),
  jurisdiction_id text COLLATE "C" REFERENCES jurisdictions (id)
);

CREATE TABLE users (
  id text COLLATE "C" PRIMARY KEY,
  -- staff sign in with a user name and a password; owners with their phone and a code
  username text COLLATE "C" UNIQUE,
  display_name text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'operator', 'police', 'installer', 'owner')),
  unit_id text COLLATE "C" REFERENCES units (id),
  phone text COLLATE "C" UNIQUE,
  -- the resident identity number, for owners registered at a registration point
  id_number text,
  -- scrypt, see broker/src/access/passwords.ts; null for owners
  password_hash text,
  -- demo accounts come with the demo fleet and say so everywhere they appear
  is_demo boolean NOT NULL DEFAULT false,
  disabled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text COLLATE "C",
  CHECK (role = 'owner' OR username IS NOT NULL),
  CHECK (role <> 'owner' OR phone IS NOT NULL)
);

CREATE TABLE user_jurisdictions (
  user_id text COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  jurisdiction_id text COLLATE "C" NOT NULL REFERENCES jurisdictions (id),
  PRIMARY KEY (user_id, jurisdiction_id)
);

-- Browser sessions: the cookie carries a random token; only its hash is kept.
CREATE TABLE sessions (
  token_hash bytea PRIMARY KEY,
  user_id text COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  ip text
);
CREATE INDEX sessions_user ON sessions (user_id);

-- Tokens for integrations: scoped, revocable; only a hash of the secret is kept.
CREATE TABLE api_tokens (
  id text COLLATE "C" PRIMARY KEY,
  user_id text COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name text NOT NULL,
  scopes text[] NOT NULL,
  secret_hash bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz,
  revoked_at timestamptz,
  last_used_at timestamptz
);

-- One-time codes sent by SMS to owners signing in.
CREATE TABLE sign_in_codes (
  phone text COLLATE "C" PRIMARY KEY,
  code_hash bytea NOT NULL,
  expires_at timestamptz NOT NULL,
  attempts integer NOT NULL DEFAULT 0
);

-- Who did what, when and why: every read of personal data and every change.
-- Each row's hash covers the row and the previous row's hash, so changing or
-- removing a row breaks the chain (npm run audit:verify finds where).
CREATE TABLE audit_log (
  seq bigint PRIMARY KEY,
  at timestamptz NOT NULL,
  actor_id text COLLATE "C",
  actor_role text,
  actor_name text,
  action text NOT NULL,
  subject_type text,
  subject_id text,
  reason text,
  detail jsonb NOT NULL DEFAULT '{}',
  ip text,
  prev_hash bytea NOT NULL,
  hash bytea NOT NULL
);
CREATE INDEX audit_log_actor ON audit_log (actor_id, seq DESC);
CREATE INDEX audit_log_subject ON audit_log (subject_type, subject_id, seq DESC);
CREATE INDEX audit_log_action_at ON audit_log (action, at DESC);

-- Append-only, whoever connects: rows are never updated or deleted.
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP;
END
$$;
CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
