/** SQL of the receivers administrators manage: webhook endpoints and MQTT subscriptions. */
import type { Queryable } from '@watchpost/ingest';

export interface WebhookEndpointRow {
  id: string;
  name: string;
  url: string;
  secret: string;
  kinds: string[];
  jurisdictions: string[];
  active: boolean;
  created_at: Date;
  created_by: string | null;
}

export interface MqttSubscriptionRow {
  id: string;
  name: string;
  secret_verifier: Uint8Array;
  kinds: string[];
  jurisdictions: string[];
  active: boolean;
  created_at: Date;
  created_by: string | null;
}

export async function listWebhookEndpoints(db: Queryable): Promise<WebhookEndpointRow[]> {
  return (await db.query<WebhookEndpointRow>('SELECT * FROM webhook_endpoints ORDER BY created_at, id')).rows;
}

export async function webhookEndpoint(db: Queryable, id: string): Promise<WebhookEndpointRow | null> {
  return (await db.query<WebhookEndpointRow>('SELECT * FROM webhook_endpoints WHERE id = $1', [id])).rows[0] ?? null;
}

export async function insertWebhookEndpoint(db: Queryable, e: Omit<WebhookEndpointRow, 'created_at' | 'active'>): Promise<WebhookEndpointRow> {
  const { rows } = await db.query<WebhookEndpointRow>('INSERT INTO webhook_endpoints (id, name, url, secret, kinds, jurisdictions, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *', [
    e.id,
    e.name,
    e.url,
    e.secret,
    e.kinds,
    e.jurisdictions,
    e.created_by,
  ]);
  return rows[0]!;
}

export interface EndpointChange {
  name?: string;
  url?: string;
  kinds?: string[];
  jurisdictions?: string[];
  active?: boolean;
}

export async function updateWebhookEndpoint(db: Queryable, id: string, c: EndpointChange): Promise<WebhookEndpointRow | null> {
  const { rows } = await db.query<WebhookEndpointRow>(
    `UPDATE webhook_endpoints SET name = coalesce($2, name), url = coalesce($3, url), kinds = coalesce($4, kinds),
            jurisdictions = coalesce($5, jurisdictions), active = coalesce($6, active)
      WHERE id = $1 RETURNING *`,
    [id, c.name ?? null, c.url ?? null, c.kinds ?? null, c.jurisdictions ?? null, c.active ?? null],
  );
  return rows[0] ?? null;
}

export async function listMqttSubscriptions(db: Queryable): Promise<MqttSubscriptionRow[]> {
  return (await db.query<MqttSubscriptionRow>('SELECT * FROM mqtt_subscriptions ORDER BY created_at, id')).rows;
}

export async function insertMqttSubscription(db: Queryable, s: Omit<MqttSubscriptionRow, 'created_at' | 'active'>): Promise<MqttSubscriptionRow> {
  const { rows } = await db.query<MqttSubscriptionRow>('INSERT INTO mqtt_subscriptions (id, name, secret_verifier, kinds, jurisdictions, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *', [
    s.id,
    s.name,
    s.secret_verifier,
    s.kinds,
    s.jurisdictions,
    s.created_by,
  ]);
  return rows[0]!;
}

export async function setMqttSubscriptionActive(db: Queryable, id: string, active: boolean): Promise<MqttSubscriptionRow | null> {
  return (await db.query<MqttSubscriptionRow>('UPDATE mqtt_subscriptions SET active = $2 WHERE id = $1 RETURNING *', [id, active])).rows[0] ?? null;
}
