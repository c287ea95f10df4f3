-- Notifications home: the outbox. A change that must tell someone writes a
-- notification and its deliveries in its own transaction; the dispatcher
-- (broker/src/domains/notifications/dispatcher.ts) delivers them afterwards,
-- retrying until each is delivered or parked as failed.

-- What happened, once: the live feed replays these to a reconnecting browser.
CREATE TABLE notifications (
  id bigserial PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now(),
  -- dotted: 'device.presence', 'alarm.raised', 'bike.hit', 'auth.code' …
  kind text NOT NULL,
  -- the data-policy resource it is about (broker/src/domains/access/policy.ts): who may see it
  resource text NOT NULL,
  -- the jurisdictions it happened in (the 'jurisdiction' reach), and the owner it belongs to (the 'own' reach)
  jurisdictions text[] NOT NULL DEFAULT '{}',
  owner_id text COLLATE "C",
  subject_id text,
  payload jsonb NOT NULL DEFAULT '{}',
  -- a payload that must not outlive its delivery (a sign-in code) is cleared once delivered or given up
  sensitive boolean NOT NULL DEFAULT false
);
CREATE INDEX notifications_kind ON notifications (kind, id DESC);

-- One per recipient and channel: the outbox proper. A recipient's deliveries
-- go out in id order; the head waits for its retries before the next goes.
CREATE TABLE deliveries (
  id bigserial PRIMARY KEY,
  notification_id bigint NOT NULL REFERENCES notifications (id),
  channel text NOT NULL CHECK (channel IN ('webhook', 'sms', 'mqtt')),
  -- webhook endpoint id, phone number, or MQTT subscription id
  recipient text COLLATE "C" NOT NULL,
  -- sent with every attempt: the receiver processes each key once
  idempotency_key text COLLATE "C" NOT NULL UNIQUE,
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'delivered', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  delivered_at timestamptz,
  last_error text
);
CREATE INDEX deliveries_queued ON deliveries (channel, recipient, id) WHERE status = 'queued';
CREATE INDEX deliveries_failed ON deliveries (id DESC) WHERE status = 'failed';
CREATE INDEX deliveries_notification ON deliveries (notification_id);

-- Every attempt, kept: what an administrator reads when a receiver complains.
CREATE TABLE delivery_attempts (
  delivery_id bigint NOT NULL REFERENCES deliveries (id),
  at timestamptz NOT NULL,
  duration_ms integer NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('delivered', 'retry', 'failed')),
  -- the HTTP status a webhook or SMS gateway answered, when it answered
  status_code integer,
  error text
);
CREATE INDEX delivery_attempts_delivery ON delivery_attempts (delivery_id, at);

-- Webhook endpoints of integrations and parties, managed by administrators.
-- The secret signs every request (X-Watchpost-Signature); it is shown once,
-- at creation, and kept here because signing needs it.
CREATE TABLE webhook_endpoints (
  id text COLLATE "C" PRIMARY KEY,
  name text NOT NULL,
  url text NOT NULL,
  secret text NOT NULL,
  -- notification kinds it receives: exact ('alarm.raised') or a prefix ('alarm.*'); empty: only what is addressed to it
  kinds text[] NOT NULL DEFAULT '{}',
  -- only notifications from these jurisdictions; empty: every jurisdiction
  jurisdictions text[] NOT NULL DEFAULT '{}',
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text COLLATE "C"
);

-- Integrations that subscribe over MQTT, with their own credentials: client
-- id and user name are the subscription id, the password its secret; they may
-- subscribe to wp/v1/integrations/{id}/notifications only, and publish nothing.
CREATE TABLE mqtt_subscriptions (
  id text COLLATE "C" PRIMARY KEY,
  name text NOT NULL,
  -- HMAC-SHA256 of the secret (as device secrets): the secret itself is shown once
  secret_verifier bytea NOT NULL,
  kinds text[] NOT NULL DEFAULT '{}',
  jurisdictions text[] NOT NULL DEFAULT '{}',
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text COLLATE "C"
);
