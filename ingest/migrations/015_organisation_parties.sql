-- Organisation home: the five parties of alarm linkage (Saihan district's
-- 五方联动). Each jurisdiction names the unit that plays each part; a part
-- it does not name is the one its nearest ancestor names (the district smart
-- centre is named once, at the district). See
-- broker/src/domains/organisation/parties.ts.
CREATE TABLE jurisdiction_parties (
  jurisdiction_id text COLLATE "C" NOT NULL REFERENCES jurisdictions (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('governance_centre', 'police_station', 'town_command', 'district_centre', 'police_command')),
  unit_id text COLLATE "C" NOT NULL REFERENCES units (id),
  PRIMARY KEY (jurisdiction_id, role)
);
CREATE INDEX jurisdiction_parties_unit ON jurisdiction_parties (unit_id);

-- How a unit is told, beyond the live feed its members follow: its webhook
-- endpoints and MQTT subscriptions (the outbox's receivers, by id) and
-- whether its members (users of the unit) get text messages on their phones.
CREATE TABLE unit_channels (
  unit_id text COLLATE "C" PRIMARY KEY REFERENCES units (id) ON DELETE CASCADE,
  webhook_endpoints text[] NOT NULL DEFAULT '{}',
  mqtt_subscriptions text[] NOT NULL DEFAULT '{}',
  sms_members boolean NOT NULL DEFAULT true,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- A notification may concern units (the parties an alarm is linked to): their
-- members reach it as they reach the alarm, wherever their own jurisdictions are.
ALTER TABLE notifications ADD COLUMN units text[] NOT NULL DEFAULT '{}';
