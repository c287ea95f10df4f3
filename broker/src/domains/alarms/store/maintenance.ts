/** SQL of maintenance: each pillar condition's state with its pending deadline, and the alerts. */
import type { Queryable } from '@watchpost/ingest';
import type { Condition } from '../maintenance/conditions.js';

export interface ConditionRow {
  device_id: string;
  condition: Condition;
  faulty: boolean;
  since: Date;
  alert_id: number | null;
  due_at: Date | null;
}

export interface AlertRow {
  id: number;
  device_id: string;
  condition: Condition;
  jurisdictions: string[];
  began_at: Date;
  raised_at: Date;
  ended_at: Date | null;
  cleared_at: Date | null;
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
}

export async function listConditions(db: Queryable): Promise<ConditionRow[]> {
  return (await db.query<ConditionRow>('SELECT * FROM maintenance_conditions')).rows;
}

/** The conditions of these devices, locked (an observation and a deadline of the same condition never cross). */
export async function conditionsOf(db: Queryable, deviceIds: readonly string[]): Promise<ConditionRow[]> {
  if (deviceIds.length === 0) return [];
  return (await db.query<ConditionRow>('SELECT * FROM maintenance_conditions WHERE device_id = ANY($1::text[]) ORDER BY device_id, condition FOR UPDATE', [deviceIds])).rows;
}

export async function putCondition(db: Queryable, c: ConditionRow): Promise<void> {
  await db.query(
    `INSERT INTO maintenance_conditions (device_id, condition, faulty, since, alert_id, due_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (device_id, condition) DO UPDATE SET faulty = EXCLUDED.faulty, since = EXCLUDED.since, alert_id = EXCLUDED.alert_id, due_at = EXCLUDED.due_at`,
    [c.device_id, c.condition, c.faulty, c.since, c.alert_id, c.due_at],
  );
}

export async function dueConditions(db: Queryable, now: Date, limit: number): Promise<ConditionRow[]> {
  return (await db.query<ConditionRow>('SELECT * FROM maintenance_conditions WHERE due_at <= $1 ORDER BY due_at LIMIT $2 FOR UPDATE SKIP LOCKED', [now, limit])).rows;
}

export async function nextConditionDue(db: Queryable): Promise<Date | null> {
  return (await db.query<{ due: Date | null }>('SELECT min(due_at) AS due FROM maintenance_conditions WHERE due_at IS NOT NULL')).rows[0]?.due ?? null;
}

export async function insertAlert(db: Queryable, a: { deviceId: string; condition: Condition; jurisdictions: readonly string[]; beganAt: Date; raisedAt: Date }): Promise<AlertRow> {
  const { rows } = await db.query<AlertRow>('INSERT INTO maintenance_alerts (device_id, condition, jurisdictions, began_at, raised_at) VALUES ($1, $2, $3, $4, $5) RETURNING *', [
    a.deviceId,
    a.condition,
    a.jurisdictions,
    a.beganAt,
    a.raisedAt,
  ]);
  return rows[0]!;
}

export async function clearAlert(db: Queryable, id: number, endedAt: Date, clearedAt: Date): Promise<AlertRow> {
  return (await db.query<AlertRow>('UPDATE maintenance_alerts SET ended_at = $2, cleared_at = $3 WHERE id = $1 RETURNING *', [id, endedAt, clearedAt])).rows[0]!;
}

export async function alertById(db: Queryable, id: number, lock = false): Promise<AlertRow | null> {
  return (await db.query<AlertRow>(`SELECT * FROM maintenance_alerts WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id])).rows[0] ?? null;
}

export async function acknowledgeAlert(db: Queryable, id: number, by: string, at: Date): Promise<AlertRow> {
  return (await db.query<AlertRow>('UPDATE maintenance_alerts SET acknowledged_at = $3, acknowledged_by = $2 WHERE id = $1 RETURNING *', [id, by, at])).rows[0]!;
}

export interface AlertFilter {
  open?: boolean;
  deviceId?: string;
  /** null: every alert; else those in these jurisdictions. */
  jurisdictions: readonly string[] | null;
  beforeId?: number;
  limit: number;
}

export async function listAlerts(db: Queryable, f: AlertFilter): Promise<AlertRow[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (v: unknown) => `$${params.push(v)}`;
  if (f.open === true) where.push('cleared_at IS NULL');
  if (f.open === false) where.push('cleared_at IS NOT NULL');
  if (f.deviceId) where.push(`device_id = ${param(f.deviceId)}`);
  if (f.jurisdictions) where.push(`jurisdictions && ${param(f.jurisdictions)}::text[]`);
  if (f.beforeId) where.push(`id < ${param(f.beforeId)}`);
  return (await db.query<AlertRow>(`SELECT * FROM maintenance_alerts ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ${param(f.limit)}`, params)).rows;
}
