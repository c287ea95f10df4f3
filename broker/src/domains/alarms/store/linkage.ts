/** SQL of each party's part in an alarm, the deadlines that remind and escalate it, and its cards. */
import type { Queryable } from '@watchpost/ingest';
import type { PartyRole } from '../../organisation/parties-store.js';

export type Level = 'normal' | 'yellow' | 'red';
export type Obligation = 'acknowledge' | 'dispatch' | 'arrive';
export type DeadlineKind = 'remind' | Obligation;

export interface AlarmPartyRow {
  alarm_id: string;
  role: PartyRole;
  unit_id: string;
  notified_at: Date;
  must_acknowledge: boolean;
  acknowledge_within_s: number | null;
  dispatch_within_s: number | null;
  arrive_within_s: number | null;
  remind_every_s: number | null;
  red_after_s: number | null;
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
  dispatched_at: Date | null;
  arrived_at: Date | null;
  level: Level;
  reminders: number;
  last_reminded_at: Date | null;
}

export type NewAlarmParty = Pick<
  AlarmPartyRow,
  'alarm_id' | 'role' | 'unit_id' | 'notified_at' | 'must_acknowledge' | 'acknowledge_within_s' | 'dispatch_within_s' | 'arrive_within_s' | 'remind_every_s' | 'red_after_s'
>;

export async function insertParties(db: Queryable, parties: readonly NewAlarmParty[]): Promise<AlarmPartyRow[]> {
  if (parties.length === 0) return [];
  const { rows } = await db.query<AlarmPartyRow>(
    `INSERT INTO alarm_parties (alarm_id, role, unit_id, notified_at, must_acknowledge, acknowledge_within_s, dispatch_within_s, arrive_within_s, remind_every_s, red_after_s)
     SELECT p.alarm_id, p.role, p.unit_id, p.notified_at, p.must_acknowledge, p.acknowledge_within_s, p.dispatch_within_s, p.arrive_within_s, p.remind_every_s, p.red_after_s
       FROM jsonb_populate_recordset(NULL::alarm_parties, $1::jsonb) AS p
     ON CONFLICT (alarm_id, role) DO NOTHING
     RETURNING *`,
    [JSON.stringify(parties)],
  );
  return rows;
}

/** An alarm's parties; locked when they are to be changed (acknowledged, reminded, carded). */
export async function partiesOf(db: Queryable, alarmId: string, lock = false): Promise<AlarmPartyRow[]> {
  return (await db.query<AlarmPartyRow>(`SELECT * FROM alarm_parties WHERE alarm_id = $1 ORDER BY notified_at, role${lock ? ' FOR UPDATE' : ''}`, [alarmId])).rows;
}

export async function partiesOfAlarms(db: Queryable, alarmIds: readonly string[]): Promise<AlarmPartyRow[]> {
  if (alarmIds.length === 0) return [];
  return (await db.query<AlarmPartyRow>('SELECT * FROM alarm_parties WHERE alarm_id = ANY($1::text[]) ORDER BY alarm_id, notified_at, role', [alarmIds])).rows;
}

export async function partyFor(db: Queryable, alarmId: string, role: string): Promise<AlarmPartyRow | null> {
  return (await db.query<AlarmPartyRow>('SELECT * FROM alarm_parties WHERE alarm_id = $1 AND role = $2 FOR UPDATE', [alarmId, role])).rows[0] ?? null;
}

export async function updateParty(db: Queryable, alarmId: string, role: string, change: Partial<Omit<AlarmPartyRow, 'alarm_id' | 'role'>>): Promise<AlarmPartyRow> {
  const keys = Object.keys(change) as (keyof typeof change)[];
  const { rows } = await db.query<AlarmPartyRow>(`UPDATE alarm_parties SET ${keys.map((k, i) => `${k} = $${i + 3}`).join(', ')} WHERE alarm_id = $1 AND role = $2 RETURNING *`, [
    alarmId,
    role,
    ...keys.map((k) => change[k]),
  ]);
  return rows[0]!;
}

// --- deadlines ------------------------------------------------------------

export interface NewDeadline {
  alarmId: string;
  role: PartyRole;
  kind: DeadlineKind;
  level: 'yellow' | 'red' | null;
  dueAt: Date;
}

export interface DeadlineRow {
  id: number;
  alarm_id: string;
  role: PartyRole;
  kind: DeadlineKind;
  level: 'yellow' | 'red' | null;
  due_at: Date;
  fired_at: Date | null;
  cancelled_at: Date | null;
}

export async function insertDeadlines(db: Queryable, deadlines: readonly NewDeadline[]): Promise<void> {
  if (deadlines.length === 0) return;
  await db.query(
    `INSERT INTO alarm_deadlines (alarm_id, role, kind, level, due_at)
     SELECT e->>0, e->>1, e->>2, e->>3, to_timestamp((e->>4)::float8 / 1000.0) FROM jsonb_array_elements($1::jsonb) AS e`,
    [JSON.stringify(deadlines.map((d) => [d.alarmId, d.role, d.kind, d.level, d.dueAt.getTime()]))],
  );
}

/** Cancels pending deadlines of an alarm (of one party, of some kinds); call with the party rows locked. */
export async function cancelDeadlines(db: Queryable, alarmId: string, filter: { role?: string; kinds?: readonly DeadlineKind[] } = {}): Promise<number> {
  const params: unknown[] = [alarmId];
  let sql = 'UPDATE alarm_deadlines SET cancelled_at = now() WHERE alarm_id = $1 AND fired_at IS NULL AND cancelled_at IS NULL';
  if (filter.role) sql += ` AND role = $${params.push(filter.role)}`;
  if (filter.kinds) sql += ` AND kind = ANY($${params.push(filter.kinds)}::text[])`;
  return (await db.query(`${sql} RETURNING id`, params)).rows.length;
}

/** Deadlines due by `now`, oldest first (not locked: each is taken by markFired, with its party locked). */
export async function dueDeadlines(db: Queryable, now: Date, limit: number): Promise<DeadlineRow[]> {
  return (await db.query<DeadlineRow>('SELECT * FROM alarm_deadlines WHERE fired_at IS NULL AND cancelled_at IS NULL AND due_at <= $1 ORDER BY due_at, id LIMIT $2', [now, limit])).rows;
}

/** Takes a deadline for firing; false if another transaction fired or cancelled it first (each fires once). */
export async function markFired(db: Queryable, id: number, at: Date): Promise<boolean> {
  return (await db.query('UPDATE alarm_deadlines SET fired_at = $2 WHERE id = $1 AND fired_at IS NULL AND cancelled_at IS NULL RETURNING id', [id, at])).rows.length > 0;
}

export async function nextDeadline(db: Queryable): Promise<Date | null> {
  return (await db.query<{ due: Date | null }>('SELECT min(due_at) AS due FROM alarm_deadlines WHERE fired_at IS NULL AND cancelled_at IS NULL')).rows[0]?.due ?? null;
}

export async function pendingDeadlinesOf(db: Queryable, alarmIds: readonly string[]): Promise<DeadlineRow[]> {
  if (alarmIds.length === 0) return [];
  return (await db.query<DeadlineRow>('SELECT * FROM alarm_deadlines WHERE alarm_id = ANY($1::text[]) AND fired_at IS NULL AND cancelled_at IS NULL ORDER BY due_at', [alarmIds])).rows;
}

// --- cards ----------------------------------------------------------------

export interface EscalationRow {
  id: number;
  alarm_id: string;
  role: PartyRole;
  unit_id: string;
  obligation: Obligation;
  level: 'yellow' | 'red';
  due_at: Date;
  at: Date;
  supervisor_role: PartyRole;
  supervisor_unit: string | null;
  points: number;
}

export async function insertEscalation(db: Queryable, e: Omit<EscalationRow, 'id'>): Promise<EscalationRow> {
  const { rows } = await db.query<EscalationRow>(
    `INSERT INTO alarm_escalations (alarm_id, role, unit_id, obligation, level, due_at, at, supervisor_role, supervisor_unit, points)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *`,
    [e.alarm_id, e.role, e.unit_id, e.obligation, e.level, e.due_at, e.at, e.supervisor_role, e.supervisor_unit, e.points],
  );
  return rows[0]!;
}

export async function escalationsOf(db: Queryable, alarmIds: readonly string[]): Promise<EscalationRow[]> {
  if (alarmIds.length === 0) return [];
  return (await db.query<EscalationRow>('SELECT * FROM alarm_escalations WHERE alarm_id = ANY($1::text[]) ORDER BY id', [alarmIds])).rows;
}
