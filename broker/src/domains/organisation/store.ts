/** SQL of the organisation: jurisdictions (with boundaries and parents), units, map layers. */
import type { Queryable } from '@watchpost/ingest';
import type { Boundary } from './jurisdiction-map.js';

export const JURISDICTION_KINDS = ['county', 'district', 'town', 'police_area'] as const;
export type JurisdictionKind = (typeof JURISDICTION_KINDS)[number];

export const UNIT_KINDS = ['governance_centre', 'police_station', 'town_command', 'district_centre', 'police_command', 'installer', 'administration'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface JurisdictionRow {
  id: string;
  name: string;
  kind: JurisdictionKind;
  parent_id: string | null;
  boundary: Boundary | null;
}

export interface UnitRow {
  id: string;
  name: string;
  kind: UnitKind;
  jurisdiction_id: string | null;
}

export async function listJurisdictions(db: Queryable): Promise<JurisdictionRow[]> {
  return (await db.query<JurisdictionRow>('SELECT id, name, kind, parent_id, boundary FROM jurisdictions ORDER BY id')).rows;
}

export async function jurisdiction(db: Queryable, id: string): Promise<JurisdictionRow | null> {
  return (await db.query<JurisdictionRow>('SELECT id, name, kind, parent_id, boundary FROM jurisdictions WHERE id = $1', [id])).rows[0] ?? null;
}

/** Creates or changes a jurisdiction; `boundary: undefined` keeps the one it has. */
export async function putJurisdiction(db: Queryable, j: { id: string; name: string; kind: JurisdictionKind; parentId: string | null; boundary?: Boundary | null }): Promise<void> {
  await db.query(
    `INSERT INTO jurisdictions (id, name, kind, parent_id, boundary) VALUES ($1, $2, $3, $4, $5::jsonb)
     ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, parent_id = EXCLUDED.parent_id,
       boundary = CASE WHEN $6 THEN EXCLUDED.boundary ELSE jurisdictions.boundary END`,
    [j.id, j.name, j.kind, j.parentId, j.boundary === undefined || j.boundary === null ? null : JSON.stringify(j.boundary), j.boundary !== undefined],
  );
}

export async function listUnits(db: Queryable): Promise<UnitRow[]> {
  return (await db.query<UnitRow>('SELECT id, name, kind, jurisdiction_id FROM units ORDER BY id')).rows;
}

export async function putUnit(db: Queryable, u: { id: string; name: string; kind: UnitKind; jurisdictionId: string | null }): Promise<void> {
  await db.query(
    `INSERT INTO units (id, name, kind, jurisdiction_id) VALUES ($1, $2, $3, $4)
     ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, jurisdiction_id = EXCLUDED.jurisdiction_id`,
    [u.id, u.name, u.kind, u.jurisdictionId],
  );
}

export interface MapLayerRow {
  name: string;
  title: string;
  geojson: unknown;
  updated_at: Date;
}

export async function listMapLayers(db: Queryable): Promise<MapLayerRow[]> {
  return (await db.query<MapLayerRow>('SELECT name, title, geojson, updated_at FROM map_layers ORDER BY name')).rows;
}

export async function putMapLayer(db: Queryable, name: string, title: string, geojson: unknown): Promise<void> {
  await db.query(
    `INSERT INTO map_layers (name, title, geojson, updated_at) VALUES ($1, $2, $3::jsonb, now())
     ON CONFLICT (name) DO UPDATE SET title = EXCLUDED.title, geojson = EXCLUDED.geojson, updated_at = now()`,
    [name, title, JSON.stringify(geojson)],
  );
}
