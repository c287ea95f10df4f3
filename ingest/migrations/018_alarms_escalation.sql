-- Alarms home: linkage plans, each party's part in each alarm, the deadlines
-- that remind and escalate them, and the cards (yellow, red) with their point
-- deductions. See broker/src/domains/alarms/linkage/.

-- A linkage plan (联动预案) per jurisdiction and severity: which parties are
-- notified on the press and which after verification, which must
-- acknowledge, and their time limits. An alarm takes the plan of the deepest
-- of its jurisdictions that has one (a county plan covers its towns).
CREATE TABLE linkage_plans (
  jurisdiction_id text COLLATE "C" NOT NULL REFERENCES jurisdictions (id) ON DELETE CASCADE,
  severity text NOT NULL CHECK (severity IN ('low', 'medium', 'high')),
  -- [{ role, when: 'press' | 'verified', mustAcknowledge, acknowledgeWithinS, dispatchWithinS, arriveWithinS, remindEveryS, redAfterS }]
  parties jsonb NOT NULL,
  -- the party told of every card (the police sub-bureau command centre, unless the plan says)
  supervisor text NOT NULL CHECK (supervisor IN ('governance_centre', 'police_station', 'town_command', 'district_centre', 'police_command')),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text COLLATE "C",
  PRIMARY KEY (jurisdiction_id, severity)
);

-- A party's part in one alarm: linked in (notified) with its plan's limits
-- copied (a later change of plan does not move a running alarm's deadlines),
-- and what it did. Locked (FOR UPDATE) by whatever changes the party, so an
-- acknowledgement and a reminder firing never cross.
CREATE TABLE alarm_parties (
  alarm_id text COLLATE "C" NOT NULL REFERENCES alarms (id),
  role text NOT NULL CHECK (role IN ('governance_centre', 'police_station', 'town_command', 'district_centre', 'police_command')),
  unit_id text COLLATE "C" NOT NULL REFERENCES units (id),
  notified_at timestamptz NOT NULL,
  must_acknowledge boolean NOT NULL,
  acknowledge_within_s integer,
  dispatch_within_s integer,
  arrive_within_s integer,
  remind_every_s integer,
  red_after_s integer,
  acknowledged_at timestamptz,
  acknowledged_by text COLLATE "C",
  dispatched_at timestamptz,
  arrived_at timestamptz,
  level text NOT NULL DEFAULT 'normal' CHECK (level IN ('normal', 'yellow', 'red')),
  reminders integer NOT NULL DEFAULT 0,
  last_reminded_at timestamptz,
  PRIMARY KEY (alarm_id, role)
);
CREATE INDEX alarm_parties_unit ON alarm_parties (unit_id, notified_at);

-- Deadlines live here, not only in timers: a restart resumes them, and each
-- fires once (fired_at is set in the transaction that acts on it).
CREATE TABLE alarm_deadlines (
  id bigserial PRIMARY KEY,
  alarm_id text COLLATE "C" NOT NULL REFERENCES alarms (id),
  role text NOT NULL,
  -- remind: the next reminder; acknowledge, dispatch, arrive: the limit of that obligation
  kind text NOT NULL CHECK (kind IN ('remind', 'acknowledge', 'dispatch', 'arrive')),
  -- the card a missed limit gives (yellow, then red); null for a reminder
  level text CHECK (level IN ('yellow', 'red')),
  due_at timestamptz NOT NULL,
  fired_at timestamptz,
  cancelled_at timestamptz
);
CREATE INDEX alarm_deadlines_pending ON alarm_deadlines (due_at) WHERE fired_at IS NULL AND cancelled_at IS NULL;
CREATE INDEX alarm_deadlines_alarm ON alarm_deadlines (alarm_id, role);

-- Every card a party got (督办): for which obligation, when it was due and
-- when it fired, who was told, and the points its unit lost.
CREATE TABLE alarm_escalations (
  id bigserial PRIMARY KEY,
  alarm_id text COLLATE "C" NOT NULL REFERENCES alarms (id),
  role text NOT NULL,
  unit_id text COLLATE "C" NOT NULL,
  obligation text NOT NULL CHECK (obligation IN ('acknowledge', 'dispatch', 'arrive')),
  level text NOT NULL CHECK (level IN ('yellow', 'red')),
  due_at timestamptz NOT NULL,
  at timestamptz NOT NULL,
  supervisor_role text NOT NULL,
  supervisor_unit text COLLATE "C",
  points integer NOT NULL
);
CREATE INDEX alarm_escalations_unit ON alarm_escalations (unit_id, at);
CREATE INDEX alarm_escalations_alarm ON alarm_escalations (alarm_id);
