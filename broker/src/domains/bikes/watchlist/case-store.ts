/** SQL of the watchlist: cases and their timelines, the watchlist rows, hits. */
import { randomBytes } from 'node:crypto';
import type { Queryable } from '@watchpost/ingest';
import type { Actor } from '../../access/policy/index.js';

export type CaseStatus = 'reported' | 'sighted' | 'recovered' | 'closed';
export type AlertLevel = 'normal' | 'high' | 'urgent';
export type HitStatus = 'unconfirmed' | 'confirmed' | 'false';

export interface CaseRow {
  id: string;
  number: number;
  bike_id: string;
  owner_id: string;
  status: CaseStatus;
  jurisdictions: string[];
  last_seen_at: Date;
  last_seen_place: string;
  last_seen_lat: number | null;
  last_seen_lon: number | null;
  description: string;
  officer_id: string | null;
  reported_at: Date;
  reported_by: string | null;
  from_alert_id: number | null;
  closed_at: Date | null;
}

export const newCaseId = () => `c-${randomBytes(6).toString('hex')}`;

const CASE_COLUMNS = `id, number::float8 AS number, bike_id, owner_id, status, jurisdictions, last_seen_at, last_seen_place, last_seen_lat, last_seen_lon,
  description, officer_id, reported_at, reported_by, from_alert_id::float8 AS from_alert_id, closed_at`;

export interface NewCase {
  id: string;
  bikeId: string;
  ownerId: string;
  jurisdictions: readonly string[];
  lastSeenAt: Date;
  lastSeenPlace: string;
  lastSeenLat: number | null;
  lastSeenLon: number | null;
  description: string;
  officerId: string | null;
  reportedBy: string;
  fromAlertId: number | null;
}

/** Null when the bike has a case open already (the one-open-case index). */
export async function insertCase(db: Queryable, c: NewCase): Promise<CaseRow | null> {
  const { rows } = await db.query<CaseRow>(
    `INSERT INTO bike_cases (id, bike_id, owner_id, status, jurisdictions, last_seen_at, last_seen_place, last_seen_lat, last_seen_lon, description, officer_id, reported_by, from_alert_id)
     VALUES ($1, $2, $3, 'reported', $4, $5, $6, $7, $8, $9, $10, $11, $12)
     ON CONFLICT (bike_id) WHERE status <> 'closed' DO NOTHING
     RETURNING ${CASE_COLUMNS}`,
    [c.id, c.bikeId, c.ownerId, c.jurisdictions, c.lastSeenAt, c.lastSeenPlace, c.lastSeenLat, c.lastSeenLon, c.description, c.officerId, c.reportedBy, c.fromAlertId],
  );
  return rows[0] ?? null;
}

export async function caseById(db: Queryable, id: string): Promise<CaseRow | null> {
  return (await db.query<CaseRow>(`SELECT ${CASE_COLUMNS} FROM bike_cases WHERE id = $1`, [id])).rows[0] ?? null;
}

/** Cases of an owner, or in any of these jurisdictions (null: all), newest first. */
export async function listCases(db: Queryable, f: { ownerId?: string; jurisdictions?: readonly string[] | null; status?: CaseStatus; limit: number; offset: number }): Promise<CaseRow[]> {
  const where: string[] = [];
  const params: unknown[] = [f.limit, f.offset];
  if (f.ownerId) where.push(`owner_id = $${params.push(f.ownerId)}`);
  if (f.jurisdictions) where.push(`jurisdictions && $${params.push(f.jurisdictions)}::text[]`);
  if (f.status) where.push(`status = $${params.push(f.status)}`);
  return (await db.query<CaseRow>(`SELECT ${CASE_COLUMNS} FROM bike_cases ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY reported_at DESC, id LIMIT $1 OFFSET $2`, params)).rows;
}

export async function setCaseStatus(db: Queryable, id: string, status: CaseStatus): Promise<void> {
  await db.query(`UPDATE bike_cases SET status = $2, closed_at = CASE WHEN $2 = 'closed' THEN now() ELSE closed_at END WHERE id = $1`, [id, status]);
}

export async function setOfficer(db: Queryable, id: string, officerId: string): Promise<void> {
  await db.query('UPDATE bike_cases SET officer_id = $2 WHERE id = $1', [id, officerId]);
}

// --- the timeline --------------------------------------------------------

export interface CaseEventRow {
  id: number;
  at: Date;
  kind: string;
  actor_id: string | null;
  actor_role: string | null;
  actor_name: string | null;
  detail: Record<string, unknown>;
}

/** The platform's own acts on a case (a hit seen, a watch expired). */
export const PLATFORM: Actor = { actorId: null, actorRole: 'system', actorName: 'platform' };

export async function appendEvent(db: Queryable, caseId: string, kind: string, actor: Actor, detail: Record<string, unknown> = {}): Promise<void> {
  await db.query('INSERT INTO case_events (case_id, kind, actor_id, actor_role, actor_name, detail) VALUES ($1, $2, $3, $4, $5, $6)', [
    caseId,
    kind,
    actor.actorId,
    actor.actorRole,
    actor.actorName,
    JSON.stringify(detail),
  ]);
}

export async function caseEvents(db: Queryable, caseId: string): Promise<CaseEventRow[]> {
  return (await db.query<CaseEventRow>('SELECT id::float8 AS id, at, kind, actor_id, actor_role, actor_name, detail FROM case_events WHERE case_id = $1 ORDER BY id', [caseId])).rows;
}

// --- the watchlist -------------------------------------------------------

export interface WatchRow {
  tag_id: number;
  case_id: string;
  bike_id: string;
  level: AlertLevel;
  added_at: Date;
  expires_at: Date;
}

const WATCH_COLUMNS = 'tag_id::float8 AS tag_id, case_id, bike_id, level, added_at, expires_at';

export async function insertWatch(db: Queryable, w: { tagId: number; caseId: string; bikeId: string; level: AlertLevel; expiresAt: Date }): Promise<WatchRow> {
  const { rows } = await db.query<WatchRow>(`INSERT INTO watchlist (tag_id, case_id, bike_id, level, expires_at) VALUES ($1, $2, $3, $4, $5) RETURNING ${WATCH_COLUMNS}`, [
    w.tagId,
    w.caseId,
    w.bikeId,
    w.level,
    w.expiresAt,
  ]);
  return rows[0]!;
}

export async function updateWatch(db: Queryable, caseId: string, change: { level?: AlertLevel; expiresAt?: Date }): Promise<WatchRow | null> {
  const { rows } = await db.query<WatchRow>(`UPDATE watchlist SET level = coalesce($2, level), expires_at = coalesce($3, expires_at) WHERE case_id = $1 RETURNING ${WATCH_COLUMNS}`, [
    caseId,
    change.level ?? null,
    change.expiresAt ?? null,
  ]);
  return rows[0] ?? null;
}

export async function deleteWatch(db: Queryable, caseId: string): Promise<WatchRow | null> {
  return (await db.query<WatchRow>(`DELETE FROM watchlist WHERE case_id = $1 RETURNING ${WATCH_COLUMNS}`, [caseId])).rows[0] ?? null;
}

export async function watchOfCase(db: Queryable, caseId: string): Promise<WatchRow | null> {
  return (await db.query<WatchRow>(`SELECT ${WATCH_COLUMNS} FROM watchlist WHERE case_id = $1`, [caseId])).rows[0] ?? null;
}

/** Watch rows of these tags that have not expired, with their cases: what a sighting of them hits. */
export async function activeWatches(db: Queryable, tags: readonly number[] | null): Promise<(WatchRow & { c: CaseRow })[]> {
  const { rows } = await db.query<WatchRow & { c: CaseRow }>(
    `SELECT w.tag_id::float8 AS tag_id, w.case_id, w.bike_id, w.level, w.added_at, w.expires_at, to_jsonb(c) AS c
       FROM watchlist w JOIN bike_cases c ON c.id = w.case_id
      WHERE w.expires_at > now() ${tags ? 'AND w.tag_id = ANY($1::bigint[])' : ''}`,
    tags ? [tags] : [],
  );
  return rows.map((r) => ({ ...r, c: caseOfJson(r.c) }));
}

/** to_jsonb(bike_cases) back to a row: times as Dates, numbers as numbers. */
function caseOfJson(c: CaseRow): CaseRow {
  const d = (v: unknown) => (v == null ? null : new Date(v as string));
  return {
    ...c,
    number: Number(c.number),
    last_seen_at: d(c.last_seen_at)!,
    reported_at: d(c.reported_at)!,
    closed_at: d(c.closed_at),
    from_alert_id: c.from_alert_id == null ? null : Number(c.from_alert_id),
  };
}

// --- hits ----------------------------------------------------------------

export interface NewHit {
  caseId: string;
  tagId: number;
  stationId: string;
  seq: number;
  firstHeardMs: number;
  lastHeardMs: number;
  rssiDbm: number;
  historical: boolean;
  prediction: unknown[];
}

export interface HitRow {
  id: number;
  case_id: string;
  tag_id: number;
  station_id: string;
  seq: number;
  first_heard: Date;
  last_heard: Date;
  rssi_dbm: number;
  historical: boolean;
  raised_at: Date;
  status: HitStatus;
  reviewed_at: Date | null;
  reviewed_by: string | null;
  review_note: string | null;
  prediction: unknown[];
}

const HIT_COLUMNS = `id::float8 AS id, case_id, tag_id::float8 AS tag_id, station_id, seq::float8 AS seq, first_heard, last_heard, rssi_dbm, historical, raised_at,
  status, reviewed_at, reviewed_by, review_note, prediction`;

/** Writes hits, one statement; a sighting already raised for its case is skipped. Returns those raised now. */
export async function insertHits(db: Queryable, hits: readonly NewHit[]): Promise<HitRow[]> {
  if (hits.length === 0) return [];
  const { rows } = await db.query<HitRow>(
    `INSERT INTO bike_hits (case_id, tag_id, station_id, seq, first_heard, last_heard, rssi_dbm, historical, prediction)
     SELECT e->>'caseId', (e->>'tagId')::bigint, e->>'stationId', (e->>'seq')::bigint, to_timestamp((e->>'firstHeardMs')::float8 / 1000),
            to_timestamp((e->>'lastHeardMs')::float8 / 1000), (e->>'rssiDbm')::smallint, (e->>'historical')::boolean, e->'prediction'
       FROM jsonb_array_elements($1::jsonb) AS e
     ON CONFLICT (case_id, station_id, seq, tag_id) DO NOTHING
     RETURNING ${HIT_COLUMNS}`,
    [JSON.stringify(hits)],
  );
  return rows.sort((a, b) => a.id - b.id);
}

export async function hitsOfCase(db: Queryable, caseId: string, paging: { limit: number; offset: number }): Promise<HitRow[]> {
  return (await db.query<HitRow>(`SELECT ${HIT_COLUMNS} FROM bike_hits WHERE case_id = $1 ORDER BY first_heard DESC, id DESC LIMIT $2 OFFSET $3`, [caseId, paging.limit, paging.offset])).rows;
}

export async function hitById(db: Queryable, caseId: string, id: number): Promise<HitRow | null> {
  return (await db.query<HitRow>(`SELECT ${HIT_COLUMNS} FROM bike_hits WHERE case_id = $1 AND id = $2`, [caseId, id])).rows[0] ?? null;
}

export async function reviewHit(db: Queryable, id: number, status: Exclude<HitStatus, 'unconfirmed'>, by: string, note: string | null): Promise<void> {
  await db.query('UPDATE bike_hits SET status = $2, reviewed_at = now(), reviewed_by = $3, review_note = $4 WHERE id = $1', [id, status, by, note]);
}

export interface HitCounts {
  unconfirmed: number;
  confirmed: number;
  false: number;
}

/** Hits by status over the cases in these jurisdictions (null: all). */
export async function hitCounts(db: Queryable, jurisdictions: readonly string[] | null): Promise<HitCounts> {
  const { rows } = await db.query<{ status: HitStatus; n: number }>(
    `SELECT h.status, count(*)::int AS n FROM bike_hits h ${jurisdictions ? 'JOIN bike_cases c ON c.id = h.case_id WHERE c.jurisdictions && $1::text[]' : ''} GROUP BY h.status`,
    jurisdictions ? [jurisdictions] : [],
  );
  const counts: HitCounts = { unconfirmed: 0, confirmed: 0, false: 0 };
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}

// --- the look back -------------------------------------------------------

export interface StoredSighting {
  station_id: string;
  seq: number;
  tag_id: number;
  first_heard: Date;
  last_heard: Date;
  rssi_dbm: number;
}

/**
 * A tag's stored sightings heard since a time, oldest first (at most `limit`).
 * received_at bounds the index scan: a sighting is received after it is heard,
 * give or take the clock correction of its station, within an hour.
 */
export async function sightingsSince(db: Queryable, tagId: number, sinceMs: number, limit: number): Promise<StoredSighting[]> {
  const { rows } = await db.query<StoredSighting>(
    `SELECT station_id, seq::float8 AS seq, tag_id::float8 AS tag_id, first_heard, last_heard, rssi_dbm
       FROM tag_sightings
      WHERE tag_id = $1 AND received_at >= to_timestamp($2::float8 / 1000) - interval '1 hour' AND last_heard >= to_timestamp($2::float8 / 1000)
      ORDER BY first_heard, station_id, seq
      LIMIT $3`,
    [tagId, sinceMs, limit],
  );
  return rows;
}
