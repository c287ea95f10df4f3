/** SQL of the outbox: notifications, deliveries and their attempts. */
import type { Queryable } from '@watchpost/ingest';

export type Channel = 'webhook' | 'sms' | 'mqtt';
export type DeliveryStatus = 'queued' | 'delivered' | 'failed';

/** A notification as its producer writes it. */
export interface NewNotification {
  kind: string;
  resource: string;
  jurisdictions?: readonly string[];
  ownerId?: string | null;
  /** The units it concerns (an alarm's parties): their members reach it as they reach the alarm. */
  units?: readonly string[];
  subjectId?: string | null;
  payload?: Record<string, unknown>;
  sensitive?: boolean;
}

export interface NotificationRow {
  id: number;
  created_at: Date;
  kind: string;
  resource: string;
  jurisdictions: string[];
  owner_id: string | null;
  units: string[];
  subject_id: string | null;
  payload: Record<string, unknown>;
  sensitive: boolean;
}

export interface DeliveryRow {
  id: number;
  notification_id: number;
  channel: Channel;
  recipient: string;
  idempotency_key: string;
  status: DeliveryStatus;
  attempts: number;
  created_at: Date;
  next_attempt_at: Date;
  delivered_at: Date | null;
  last_error: string | null;
}

/** Writes notifications in one statement; rows come back in the order given. */
export async function insertNotifications(db: Queryable, items: readonly NewNotification[]): Promise<NotificationRow[]> {
  if (items.length === 0) return [];
  const rows = items.map((n) => [n.kind, n.resource, n.jurisdictions ?? [], n.ownerId ?? null, n.subjectId ?? null, n.payload ?? {}, n.sensitive ?? false, n.units ?? []]);
  const { rows: inserted } = await db.query<NotificationRow>(
    `INSERT INTO notifications (kind, resource, jurisdictions, owner_id, subject_id, payload, sensitive, units)
     SELECT e->>0, e->>1, ARRAY(SELECT jsonb_array_elements_text(e->2)), e->>3, e->>4, e->5, (e->>6)::boolean, ARRAY(SELECT jsonb_array_elements_text(e->7))
       FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS x(e, n)
      ORDER BY n
     RETURNING *`,
    [JSON.stringify(rows)],
  );
  // RETURNING follows insertion order, which follows ORDER BY n; sort by id to be sure.
  return inserted.sort((a, b) => a.id - b.id);
}

export interface NewDelivery {
  notificationId: number;
  channel: Channel;
  recipient: string;
}

export const idempotencyKey = (d: NewDelivery) => `wp-${d.notificationId}-${d.channel}-${d.recipient}`;

export async function insertDeliveries(db: Queryable, items: readonly NewDelivery[]): Promise<number> {
  if (items.length === 0) return 0;
  const rows = items.map((d) => [d.notificationId, d.channel, d.recipient, idempotencyKey(d)]);
  const { rows: inserted } = await db.query<{ id: number }>(
    `INSERT INTO deliveries (notification_id, channel, recipient, idempotency_key)
     SELECT (e->>0)::int8, e->>1, e->>2, e->>3 FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS x(e, n) ORDER BY n
     ON CONFLICT (idempotency_key) DO NOTHING
     RETURNING id`,
    [JSON.stringify(rows)],
  );
  return inserted.length;
}

/** A recipient's oldest queued delivery, with its notification: what goes out next. */
export interface Head extends DeliveryRow {
  notification: NotificationRow;
}

/**
 * The head of every recipient's queue (its oldest queued delivery), due or
 * not: a later delivery never overtakes a head that waits for its retry.
 */
export async function queueHeads(db: Queryable, limit: number): Promise<Head[]> {
  const { rows } = await db.query<DeliveryRow & { n: NotificationRow }>(
    `SELECT h.*, to_jsonb(n) AS n
       FROM (SELECT DISTINCT ON (channel, recipient) * FROM deliveries WHERE status = 'queued' ORDER BY channel, recipient, id) h
       JOIN notifications n ON n.id = h.notification_id
      ORDER BY h.next_attempt_at
      LIMIT $1`,
    [limit],
  );
  return rows.map(({ n, ...d }) => ({ ...d, notification: { ...n, created_at: new Date(n.created_at) } }));
}

/** The next queued delivery of one recipient after `afterId`. */
export async function nextOf(db: Queryable, channel: Channel, recipient: string, afterId: number): Promise<Head | null> {
  const { rows } = await db.query<DeliveryRow & { n: NotificationRow }>(
    `SELECT d.*, to_jsonb(n) AS n FROM deliveries d JOIN notifications n ON n.id = d.notification_id
      WHERE d.status = 'queued' AND d.channel = $1 AND d.recipient = $2 AND d.id > $3
      ORDER BY d.id LIMIT 1`,
    [channel, recipient, afterId],
  );
  const row = rows[0];
  if (!row) return null;
  const { n, ...d } = row;
  return { ...d, notification: { ...n, created_at: new Date(n.created_at) } };
}

export interface AttemptResult {
  outcome: 'delivered' | 'retry' | 'failed';
  at: Date;
  durationMs: number;
  statusCode: number | null;
  error: string | null;
  /** For 'retry': when to try again. */
  nextAttemptAt?: Date;
}

/** Records an attempt and moves the delivery on, in one transaction's worth of statements. */
export async function recordAttempt(db: Queryable, delivery: Pick<DeliveryRow, 'id' | 'notification_id'>, result: AttemptResult, sensitive: boolean): Promise<void> {
  await db.query('INSERT INTO delivery_attempts (delivery_id, at, duration_ms, outcome, status_code, error) VALUES ($1, $2, $3, $4, $5, $6)', [
    delivery.id,
    result.at,
    Math.round(result.durationMs),
    result.outcome,
    result.statusCode,
    result.error,
  ]);
  if (result.outcome === 'delivered') {
    await db.query(`UPDATE deliveries SET status = 'delivered', attempts = attempts + 1, delivered_at = $2, last_error = NULL WHERE id = $1`, [delivery.id, result.at]);
  } else if (result.outcome === 'retry') {
    await db.query('UPDATE deliveries SET attempts = attempts + 1, next_attempt_at = $2, last_error = $3 WHERE id = $1', [delivery.id, result.nextAttemptAt, result.error]);
  } else {
    await db.query(`UPDATE deliveries SET status = 'failed', attempts = attempts + 1, last_error = $2 WHERE id = $1`, [delivery.id, result.error]);
  }
  // A sign-in code must not outlive its delivery: once nothing of it is queued, its text goes.
  if (sensitive && result.outcome !== 'retry') {
    await db.query(
      `UPDATE notifications SET payload = '{"cleared": true}'::jsonb
        WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM deliveries WHERE notification_id = $1 AND status = 'queued')`,
      [delivery.notification_id],
    );
  }
}

/** Parked deliveries back in the queue, due now (an administrator's retry). */
export async function requeue(db: Queryable, ids: readonly number[]): Promise<number> {
  const { rows } = await db.query<{ id: number }>(`UPDATE deliveries SET status = 'queued', next_attempt_at = now() WHERE id = ANY($1::int8[]) AND status = 'failed' RETURNING id`, [ids]);
  return rows.length;
}

/** A recipient's queued deliveries due now (it is back: an integration subscribed again). */
export async function dueNow(db: Queryable, channel: Channel, recipient: string): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    `UPDATE deliveries SET next_attempt_at = now() WHERE status = 'queued' AND channel = $1 AND recipient = $2 AND next_attempt_at > now() RETURNING id`,
    [channel, recipient],
  );
  return rows.length;
}

export interface DeliveryFilter {
  status?: DeliveryStatus;
  channel?: Channel;
  recipient?: string;
  beforeId?: number;
  limit: number;
}

export async function listDeliveries(db: Queryable, f: DeliveryFilter): Promise<(DeliveryRow & { kind: string })[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, v: unknown) => where.push(sql.replace('?', `$${params.push(v)}`));
  if (f.status) add('d.status = ?', f.status);
  if (f.channel) add('d.channel = ?', f.channel);
  if (f.recipient) add('d.recipient = ?', f.recipient);
  if (f.beforeId) add('d.id < ?', f.beforeId);
  params.push(f.limit);
  const { rows } = await db.query<DeliveryRow & { kind: string }>(
    `SELECT d.*, n.kind FROM deliveries d JOIN notifications n ON n.id = d.notification_id
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY d.id DESC LIMIT $${params.length}`,
    params,
  );
  return rows;
}

export async function attemptsOf(db: Queryable, deliveryId: number): Promise<{ at: Date; duration_ms: number; outcome: string; status_code: number | null; error: string | null }[]> {
  return (
    await db.query<{ at: Date; duration_ms: number; outcome: string; status_code: number | null; error: string | null }>(
      'SELECT at, duration_ms, outcome, status_code, error FROM delivery_attempts WHERE delivery_id = $1 ORDER BY at',
      [deliveryId],
    )
  ).rows;
}

/** Counts for /metrics: queued deliveries and the age of the oldest. */
export async function queueStats(db: Queryable): Promise<{ queued: number; oldestAgeS: number }> {
  const { rows } = await db.query<{ queued: number; oldest: Date | null }>(`SELECT count(*)::int8 AS queued, min(created_at) AS oldest FROM deliveries WHERE status = 'queued'`);
  const r = rows[0]!;
  return { queued: r.queued, oldestAgeS: r.oldest ? Math.max(0, (Date.now() - r.oldest.getTime()) / 1000) : 0 };
}

/** Committed notifications after `afterId` (the live feed's replay for a reconnecting browser). */
export async function notificationsAfter(db: Queryable, afterId: number, limit: number): Promise<NotificationRow[]> {
  return (await db.query<NotificationRow>('SELECT * FROM notifications WHERE id > $1 ORDER BY id LIMIT $2', [afterId, limit])).rows;
}
