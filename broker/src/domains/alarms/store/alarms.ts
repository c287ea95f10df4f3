/** SQL of alarms and their append-only timelines. */
import { randomBytes } from 'node:crypto';
import type { Queryable } from '@watchpost/ingest';
import type { Severity } from '../settings.js';

export const ALARM_STATES = ['raised', 'received', 'call_answered', 'verified', 'dispatched', 'on_scene', 'closed'] as const;
export type AlarmState = (typeof ALARM_STATES)[number];

export interface AlarmRow {
  id: string;
  device_id: string;
  jurisdictions: string[];
  units: string[];
  state: AlarmState;
  genuine: boolean | null;
  severity: Severity | null;
  presses: number;
  raised_at: Date;
  received_at: Date | null;
  call_answered_at: Date | null;
  verified_at: Date | null;
  dispatched_at: Date | null;
  on_scene_at: Date | null;
  closed_at: Date | null;
  disposition: string | null;
  call_open: boolean;
  help_command_id: number | null;
}

const ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** al-k7mq2xw9ha: read aloud and typed, like device ids. */
export function newAlarmId(): string {
  let id = 'al-';
  for (const b of randomBytes(10)) id += ID_ALPHABET[b % ID_ALPHABET.length];
  return id;
}

export async function insertAlarm(db: Queryable, a: { id: string; deviceId: string; jurisdictions: readonly string[]; raisedAt: Date }): Promise<AlarmRow> {
  const { rows } = await db.query<AlarmRow>(`INSERT INTO alarms (id, device_id, jurisdictions, state, raised_at) VALUES ($1, $2, $3, 'raised', $4) RETURNING *`, [
    a.id,
    a.deviceId,
    a.jurisdictions,
    a.raisedAt,
  ]);
  return rows[0]!;
}

/** The open alarms of these pillars, locked for the transaction (a press joins its pillar's open alarm). */
export async function openAlarmsOf(db: Queryable, deviceIds: readonly string[]): Promise<AlarmRow[]> {
  return (await db.query<AlarmRow>('SELECT * FROM alarms WHERE device_id = ANY($1::text[]) AND closed_at IS NULL FOR UPDATE', [deviceIds])).rows;
}

export async function alarmById(db: Queryable, id: string, lock = false): Promise<AlarmRow | null> {
  return (await db.query<AlarmRow>(`SELECT * FROM alarms WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id])).rows[0] ?? null;
}

export async function alarmsByIds(db: Queryable, ids: readonly string[]): Promise<AlarmRow[]> {
  if (ids.length === 0) return [];
  return (await db.query<AlarmRow>('SELECT * FROM alarms WHERE id = ANY($1::text[])', [ids])).rows;
}

/** Changes some columns of an alarm; returns it as it is now. */
export async function updateAlarm(db: Queryable, id: string, change: Partial<Omit<AlarmRow, 'id' | 'device_id' | 'raised_at'>>): Promise<AlarmRow> {
  const keys = Object.keys(change) as (keyof typeof change)[];
  const sets = keys.map((k, i) => `${k} = $${i + 2}`);
  const { rows } = await db.query<AlarmRow>(`UPDATE alarms SET ${sets.join(', ')} WHERE id = $1 RETURNING *`, [id, ...keys.map((k) => change[k])]);
  return rows[0]!;
}

export interface AlarmFilter {
  /** open: not closed; closed; all */
  state: 'open' | 'closed' | 'all';
  /** null: every alarm (an administrator); else those in these jurisdictions or linked to this unit. */
  reach: { jurisdictions: readonly string[]; unitId: string | null } | null;
  deviceId?: string;
  /** Alarms raised before this one (paging, newest first). */
  before?: { raisedAt: Date; id: string };
  limit: number;
}

export async function listAlarms(db: Queryable, f: AlarmFilter): Promise<AlarmRow[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (v: unknown) => `$${params.push(v)}`;
  if (f.state === 'open') where.push('closed_at IS NULL');
  if (f.state === 'closed') where.push('closed_at IS NOT NULL');
  if (f.reach) where.push(`(jurisdictions && ${param(f.reach.jurisdictions)}::text[] OR ${param(f.reach.unitId)}::text = ANY(units))`);
  if (f.deviceId) where.push(`device_id = ${param(f.deviceId)}`);
  if (f.before) where.push(`(raised_at, id) < (${param(f.before.raisedAt)}, ${param(f.before.id)})`);
  const sql = `SELECT * FROM alarms ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY raised_at DESC, id DESC LIMIT ${param(f.limit)}`;
  return (await db.query<AlarmRow>(sql, params)).rows;
}

// --- the timeline ---------------------------------------------------------

export interface TimelineEntry {
  alarmId: string;
  at: Date;
  step: string;
  actorId?: string | null;
  actorRole?: string | null;
  actorName?: string | null;
  party?: string | null;
  unitId?: string | null;
  detail?: Record<string, unknown>;
}

export interface TimelineRow {
  id: number;
  alarm_id: string;
  at: Date;
  step: string;
  actor_id: string | null;
  actor_role: string | null;
  actor_name: string | null;
  party: string | null;
  unit_id: string | null;
  detail: Record<string, unknown>;
}

/** Appends entries (the table refuses any change to them afterwards). */
export async function appendTimeline(db: Queryable, entries: readonly TimelineEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.query(
    `INSERT INTO alarm_timeline (alarm_id, at, step, actor_id, actor_role, actor_name, party, unit_id, detail)
     SELECT e->>0, to_timestamp((e->>1)::float8 / 1000.0), e->>2, e->>3, e->>4, e->>5, e->>6, e->>7, e->8
       FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS x(e, n) ORDER BY n`,
    [JSON.stringify(entries.map((e) => [e.alarmId, e.at.getTime(), e.step, e.actorId ?? null, e.actorRole ?? null, e.actorName ?? null, e.party ?? null, e.unitId ?? null, e.detail ?? {}]))],
  );
}

/** In time order: entries are numbered as they commit, and concurrent transactions (a request, the escalation worker) commit in their own order. */
export async function timelineOf(db: Queryable, alarmId: string): Promise<TimelineRow[]> {
  return (await db.query<TimelineRow>('SELECT * FROM alarm_timeline WHERE alarm_id = $1 ORDER BY at, id', [alarmId])).rows;
}
