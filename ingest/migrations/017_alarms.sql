-- Alarms home: emergency alarms from pillars and their timelines, the
-- pillars' cameras and printed alarm coordinates, and maintenance alerts.
-- See broker/src/domains/alarms/.

-- One alarm per press of a pillar's button (a second press while it is open
-- joins it). Opened inside the commit of the pillar event that brings it: when
-- the pillar gets its PUBACK, the alarm exists. The row holds the alarm's
-- state now; how it got there is its timeline.
CREATE TABLE alarms (
  id text COLLATE "C" PRIMARY KEY,
  device_id text COLLATE "C" NOT NULL REFERENCES devices (id),
  -- the pillar's jurisdictions (with their ancestors) when it was pressed: who reaches the alarm
  jurisdictions text[] NOT NULL,
  -- the units of the parties linked in so far: their members reach the alarm too
  units text[] NOT NULL DEFAULT '{}',
  state text NOT NULL CHECK (state IN ('raised', 'received', 'call_answered', 'verified', 'dispatched', 'on_scene', 'closed')),
  -- set when verified: genuine or false, and how serious (the linkage plan's severity)
  genuine boolean,
  severity text CHECK (severity IN ('low', 'medium', 'high')),
  presses integer NOT NULL DEFAULT 1,
  raised_at timestamptz NOT NULL,
  received_at timestamptz,
  call_answered_at timestamptz,
  verified_at timestamptz,
  dispatched_at timestamptz,
  on_scene_at timestamptz,
  closed_at timestamptz,
  disposition text,
  -- the two-way voice channel is open (SetCallState sent)
  call_open boolean NOT NULL DEFAULT false,
  -- the "help is on its way" downlink (device_commands.id)
  help_command_id bigint
);
CREATE UNIQUE INDEX alarms_open_per_pillar ON alarms (device_id) WHERE closed_at IS NULL;
CREATE INDEX alarms_raised ON alarms (raised_at DESC, id DESC);
CREATE INDEX alarms_jurisdictions ON alarms USING gin (jurisdictions);
CREATE INDEX alarms_units ON alarms USING gin (units);

-- Everything that happened to an alarm, when and by whom: pressed, received,
-- answered, verified, dispatched, on scene, closed; each party notified,
-- reminded, acknowledging, escalated; the pillar acknowledging its downlink.
-- Append-only, whoever connects (as the audit trail).
CREATE TABLE alarm_timeline (
  id bigserial PRIMARY KEY,
  alarm_id text COLLATE "C" NOT NULL REFERENCES alarms (id),
  at timestamptz NOT NULL,
  step text NOT NULL,
  actor_id text COLLATE "C",
  actor_role text,
  actor_name text,
  -- the party (role and unit) the entry is about, if any
  party text,
  unit_id text COLLATE "C",
  detail jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX alarm_timeline_alarm ON alarm_timeline (alarm_id, id);

CREATE FUNCTION alarm_timeline_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'alarm_timeline is append-only (% refused)', TG_OP;
END
$$;
CREATE TRIGGER alarm_timeline_no_update_delete BEFORE UPDATE OR DELETE ON alarm_timeline
  FOR EACH ROW EXECUTE FUNCTION alarm_timeline_append_only();
CREATE TRIGGER alarm_timeline_no_truncate BEFORE TRUNCATE ON alarm_timeline
  FOR EACH STATEMENT EXECUTE FUNCTION alarm_timeline_append_only();

-- A pillar's dome camera as the alarm console links it: a stream URL (RTSP,
-- HLS, WebRTC) or a GB/T 28181 channel id (20 digits).
CREATE TABLE pillar_cameras (
  device_id text COLLATE "C" PRIMARY KEY REFERENCES devices (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('rtsp', 'hls', 'webrtc', 'gb28181')),
  url text,
  channel_id text,
  name text NOT NULL DEFAULT '',
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'gb28181') = (channel_id IS NOT NULL) AND (kind = 'gb28181') = (url IS NULL))
);

-- Alarm coordinates (报警坐标): the short code printed under each pillar and
-- camera, so a caller who phones in can say where they are. Easy to read
-- aloud (no 0/O, 1/I/L, 2/Z, 5/S, 8/B) with a check character.
CREATE TABLE alarm_coordinates (
  code text COLLATE "C" PRIMARY KEY,
  device_id text COLLATE "C" NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
  -- the pillar itself, or its camera
  target text NOT NULL CHECK (target IN ('pillar', 'camera')),
  assigned_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (device_id, target)
);

-- Maintenance: what a pillar's heartbeats, events and presence say of its
-- state, per condition, with flap suppression. A condition's state must hold
-- for a while before it alerts (and clears the same way): due_at is when the
-- state that is pending now will have held long enough, so a restart resumes
-- it on time.
CREATE TABLE maintenance_conditions (
  device_id text COLLATE "C" NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
  condition text NOT NULL CHECK (condition IN ('tamper', 'power_lost', 'battery_low', 'camera_offline', 'offline')),
  -- what the device reports now (true: the fault), and since when
  faulty boolean NOT NULL,
  since timestamptz NOT NULL,
  -- the alert open for this condition, if any
  alert_id bigint,
  -- when the pending change (alert or clear) is due; null: nothing pending
  due_at timestamptz,
  PRIMARY KEY (device_id, condition)
);
CREATE INDEX maintenance_conditions_due ON maintenance_conditions (due_at) WHERE due_at IS NOT NULL;

-- Alerts for the maintenance desk (not emergency alarms): raised once a fault
-- has held, cleared once it has been gone as long.
CREATE TABLE maintenance_alerts (
  id bigserial PRIMARY KEY,
  device_id text COLLATE "C" NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
  condition text NOT NULL,
  jurisdictions text[] NOT NULL,
  -- when the fault began (before it had held long enough to alert)
  began_at timestamptz NOT NULL,
  raised_at timestamptz NOT NULL,
  -- when it ended, and when that had held long enough to clear the alert
  ended_at timestamptz,
  cleared_at timestamptz,
  acknowledged_at timestamptz,
  acknowledged_by text COLLATE "C"
);
CREATE INDEX maintenance_alerts_open ON maintenance_alerts (raised_at DESC) WHERE cleared_at IS NULL;
CREATE INDEX maintenance_alerts_device ON maintenance_alerts (device_id, raised_at DESC);
CREATE INDEX maintenance_alerts_jurisdictions ON maintenance_alerts USING gin (jurisdictions);
