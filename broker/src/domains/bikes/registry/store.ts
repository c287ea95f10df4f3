/** SQL of the register: bikes, their tags and the bindings' history, their photos. */
import { randomBytes } from 'node:crypto';
import type { Queryable } from '@watchpost/ingest';
import type { TagRole } from './memory.js';
import type { BikeFields } from './validate.js';

export interface BikeRow {
  id: string;
  owner_id: string;
  owner_name: string;
  owner_phone: string | null;
  plate: string;
  brand: string;
  model: string;
  colour: string;
  frame_number: string;
  motor_number: string;
  tag_id: number | null;
  fob_tag_id: number | null;
  has_photo: boolean;
  registered_at: Date;
  updated_at: Date;
  /** The case open on it (not closed), if any. */
  case_id: string | null;
  case_status: string | null;
}

const SELECT_BIKE = `
  SELECT b.id, b.owner_id, u.display_name AS owner_name, u.phone AS owner_phone, b.plate, b.brand, b.model, b.colour,
         b.frame_number, b.motor_number, b.registered_at, b.updated_at,
         (SELECT tag_id::float8 FROM bike_tags t WHERE t.bike_id = b.id AND t.role = 'bike') AS tag_id,
         (SELECT tag_id::float8 FROM bike_tags t WHERE t.bike_id = b.id AND t.role = 'fob') AS fob_tag_id,
         EXISTS (SELECT 1 FROM bike_photos p WHERE p.bike_id = b.id) AS has_photo,
         c.id AS case_id, c.status AS case_status
    FROM bikes b JOIN users u ON u.id = b.owner_id
    LEFT JOIN bike_cases c ON c.bike_id = b.id AND c.status <> 'closed'`;

export const newBikeId = () => `b-${randomBytes(6).toString('hex')}`;

/** A checked registration (validate.ts) with its new id and its owner. */
export interface NewBike extends BikeFields {
  id: string;
  ownerId: string;
}

/** Writes bikes, their tags and the opening of their bindings' history, a statement each however many. */
export async function insertBikes(db: Queryable, bikes: readonly NewBike[], by: string): Promise<void> {
  if (bikes.length === 0) return;
  const json = JSON.stringify(bikes);
  await db.query(
    `INSERT INTO bikes (id, owner_id, plate, brand, model, colour, frame_number, motor_number, registered_by)
     SELECT e->>'id', e->>'ownerId', e->>'plate', e->>'brand', e->>'model', e->>'colour', e->>'frameNumber', e->>'motorNumber', $2
       FROM jsonb_array_elements($1::jsonb) AS e`,
    [json, by],
  );
  const tags = `SELECT e->>'id' AS bike_id, 'bike' AS role, (e->>'tagId')::bigint AS tag_id FROM jsonb_array_elements($1::jsonb) AS e
                UNION ALL
                SELECT e->>'id', 'fob', (e->>'fobTagId')::bigint FROM jsonb_array_elements($1::jsonb) AS e WHERE e->>'fobTagId' IS NOT NULL`;
  await db.query(`INSERT INTO bike_tags (tag_id, bike_id, role) SELECT tag_id, bike_id, role FROM (${tags}) t`, [json]);
  await db.query(`INSERT INTO bike_tag_history (bike_id, role, tag_id, bound_by) SELECT bike_id, role, tag_id, $2 FROM (${tags}) t`, [json, by]);
}

export async function bikeById(db: Queryable, id: string): Promise<BikeRow | null> {
  return (await db.query<BikeRow>(`${SELECT_BIKE} WHERE b.id = $1`, [id])).rows[0] ?? null;
}

export async function bikesOfOwner(db: Queryable, ownerId: string): Promise<BikeRow[]> {
  return (await db.query<BikeRow>(`${SELECT_BIKE} WHERE b.owner_id = $1 ORDER BY b.registered_at, b.id`, [ownerId])).rows;
}

export async function listBikes(db: Queryable, paging: { limit: number; offset: number }): Promise<BikeRow[]> {
  return (await db.query<BikeRow>(`${SELECT_BIKE} ORDER BY b.registered_at, b.id LIMIT $1 OFFSET $2`, [paging.limit, paging.offset])).rows;
}

export interface BikeQuery {
  plate?: string;
  frameNumber?: string;
  tagId?: number;
}

/** Bikes by plate, frame number or tag (plate tag or fob), exactly. */
export async function findBikes(db: Queryable, q: BikeQuery): Promise<BikeRow[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (q.plate !== undefined) where.push(`b.plate = $${params.push(q.plate)}`);
  if (q.frameNumber !== undefined) where.push(`b.frame_number = $${params.push(q.frameNumber)}`);
  if (q.tagId !== undefined) where.push(`b.id IN (SELECT bike_id FROM bike_tags WHERE tag_id = $${params.push(q.tagId)})`);
  if (where.length === 0) return [];
  return (await db.query<BikeRow>(`${SELECT_BIKE} WHERE ${where.join(' OR ')} ORDER BY b.id LIMIT 20`, params)).rows;
}

export interface BikeChange {
  plate?: string;
  brand?: string;
  model?: string;
  colour?: string;
  frameNumber?: string;
  motorNumber?: string;
}

const COLUMN: Record<keyof BikeChange, string> = { plate: 'plate', brand: 'brand', model: 'model', colour: 'colour', frameNumber: 'frame_number', motorNumber: 'motor_number' };

export async function updateBike(db: Queryable, id: string, change: BikeChange): Promise<void> {
  const sets: string[] = [];
  const params: unknown[] = [id];
  for (const [k, v] of Object.entries(change) as [keyof BikeChange, string | undefined][]) if (v !== undefined) sets.push(`${COLUMN[k]} = $${params.push(v)}`);
  if (sets.length === 0) return;
  await db.query(`UPDATE bikes SET ${sets.join(', ')}, updated_at = now() WHERE id = $1`, params);
}

/** Which of these plates, frame numbers and chip ids are taken already (by a bike, or a bike's tag or fob). */
export async function takenIdentifiers(
  db: Queryable,
  q: { plates: readonly string[]; frames: readonly string[]; tags: readonly number[] },
): Promise<{ plates: Set<string>; frames: Set<string>; tags: Set<number> }> {
  // One after the other: db is often a transaction's client, which runs one query at a time anyway (pg warns of overlapping ones).
  const plates = await db.query<{ v: string }>('SELECT plate AS v FROM bikes WHERE plate = ANY($1::text[])', [q.plates]);
  const frames = await db.query<{ v: string }>('SELECT frame_number AS v FROM bikes WHERE frame_number = ANY($1::text[])', [q.frames]);
  const tags = await db.query<{ v: number }>('SELECT tag_id::float8 AS v FROM bike_tags WHERE tag_id = ANY($1::bigint[])', [q.tags]);
  return { plates: new Set(plates.rows.map((r) => r.v)), frames: new Set(frames.rows.map((r) => r.v)), tags: new Set(tags.rows.map((r) => Number(r.v))) };
}

/**
 * Binds `tagId` to the bike as `role` (null: unbinds it; a bike's plate tag
 * cannot be unbound, only replaced), closing the binding it replaces in the
 * history with the reason.
 */
export async function rebindTag(db: Queryable, bikeId: string, role: TagRole, tagId: number | null, by: string, reason: string): Promise<void> {
  await db.query(`UPDATE bike_tag_history SET unbound_at = now(), unbound_by = $3, reason = $4 WHERE bike_id = $1 AND role = $2 AND unbound_at IS NULL`, [bikeId, role, by, reason]);
  await db.query('DELETE FROM bike_tags WHERE bike_id = $1 AND role = $2', [bikeId, role]);
  if (tagId === null) return;
  await db.query('INSERT INTO bike_tags (tag_id, bike_id, role) VALUES ($1, $2, $3)', [tagId, bikeId, role]);
  await db.query('INSERT INTO bike_tag_history (bike_id, role, tag_id, bound_by, reason) VALUES ($1, $2, $3, $4, $5)', [bikeId, role, tagId, by, reason]);
}

export interface TagPeriodRow {
  role: TagRole;
  tag_id: number;
  bound_at: Date;
  bound_by: string | null;
  unbound_at: Date | null;
  unbound_by: string | null;
  reason: string | null;
}

export async function tagHistory(db: Queryable, bikeId: string): Promise<TagPeriodRow[]> {
  return (
    await db.query<TagPeriodRow>('SELECT role, tag_id::float8 AS tag_id, bound_at, bound_by, unbound_at, unbound_by, reason FROM bike_tag_history WHERE bike_id = $1 ORDER BY bound_at, id', [bikeId])
  ).rows.map((r) => ({ ...r, tag_id: Number(r.tag_id) }));
}

export async function putPhoto(db: Queryable, bikeId: string, contentType: string, bytes: Buffer, by: string): Promise<void> {
  await db.query(
    `INSERT INTO bike_photos (bike_id, content_type, bytes, uploaded_by) VALUES ($1, $2, $3, $4)
     ON CONFLICT (bike_id) DO UPDATE SET content_type = EXCLUDED.content_type, bytes = EXCLUDED.bytes, uploaded_by = EXCLUDED.uploaded_by, uploaded_at = now()`,
    [bikeId, contentType, bytes, by],
  );
}

export async function photoOf(db: Queryable, bikeId: string): Promise<{ content_type: string; bytes: Buffer; uploaded_at: Date } | null> {
  const row = (await db.query<{ content_type: string; bytes: Uint8Array; uploaded_at: Date }>('SELECT content_type, bytes, uploaded_at FROM bike_photos WHERE bike_id = $1', [bikeId])).rows[0];
  return row ? { ...row, bytes: Buffer.from(row.bytes) } : null;
}
