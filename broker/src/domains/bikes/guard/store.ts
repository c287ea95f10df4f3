/** SQL of the owner's guard: armed bikes and the alerts raised. */
import type { Queryable } from '@watchpost/ingest';

export interface GuardRow {
  bike_id: string;
  armed: boolean;
  armed_at: Date | null;
  armed_station_id: string | null;
  fob_pairing: boolean;
  updated_at: Date;
}

export interface AlertRow {
  id: number;
  bike_id: string;
  owner_id: string;
  reason: 'moved' | 'no_fob';
  station_id: string;
  first_heard: Date;
  last_heard: Date;
  armed_at: Date | null;
  raised_at: Date;
  case_id: string | null;
}

export async function loadGuards(db: Queryable): Promise<GuardRow[]> {
  return (await db.query<GuardRow>('SELECT * FROM bike_guards')).rows;
}

export async function guardOf(db: Queryable, bikeId: string): Promise<GuardRow | null> {
  return (await db.query<GuardRow>('SELECT * FROM bike_guards WHERE bike_id = $1', [bikeId])).rows[0] ?? null;
}

export async function putGuard(db: Queryable, g: { bikeId: string; armed: boolean; armedAt: Date | null; armedStationId: string | null; fobPairing: boolean }): Promise<GuardRow> {
  const { rows } = await db.query<GuardRow>(
    `INSERT INTO bike_guards (bike_id, armed, armed_at, armed_station_id, fob_pairing, updated_at) VALUES ($1, $2, $3, $4, $5, now())
     ON CONFLICT (bike_id) DO UPDATE SET armed = EXCLUDED.armed, armed_at = EXCLUDED.armed_at, armed_station_id = EXCLUDED.armed_station_id, fob_pairing = EXCLUDED.fob_pairing, updated_at = now()
     RETURNING *`,
    [g.bikeId, g.armed, g.armedAt, g.armedStationId, g.fobPairing],
  );
  return rows[0]!;
}

const ALERT_COLUMNS = 'id::float8 AS id, bike_id, owner_id, reason, station_id, first_heard, last_heard, armed_at, raised_at, case_id';

export async function insertAlert(
  db: Queryable,
  a: { bikeId: string; ownerId: string; reason: 'moved' | 'no_fob'; stationId: string; firstMs: number; lastMs: number; armedAtMs: number | null },
): Promise<AlertRow> {
  const { rows } = await db.query<AlertRow>(
    `INSERT INTO bike_guard_alerts (bike_id, owner_id, reason, station_id, first_heard, last_heard, armed_at)
     VALUES ($1, $2, $3, $4, to_timestamp($5::float8 / 1000), to_timestamp($6::float8 / 1000), CASE WHEN $7::float8 IS NULL THEN NULL ELSE to_timestamp($7::float8 / 1000) END)
     RETURNING ${ALERT_COLUMNS}`,
    [a.bikeId, a.ownerId, a.reason, a.stationId, a.firstMs, a.lastMs, a.armedAtMs],
  );
  return rows[0]!;
}

export async function alertsOf(db: Queryable, bikeId: string, limit: number): Promise<AlertRow[]> {
  return (await db.query<AlertRow>(`SELECT ${ALERT_COLUMNS} FROM bike_guard_alerts WHERE bike_id = $1 ORDER BY id DESC LIMIT $2`, [bikeId, limit])).rows;
}

export async function alertById(db: Queryable, bikeId: string, id: number): Promise<AlertRow | null> {
  return (await db.query<AlertRow>(`SELECT ${ALERT_COLUMNS} FROM bike_guard_alerts WHERE bike_id = $1 AND id = $2`, [bikeId, id])).rows[0] ?? null;
}
