/** SQL of the devices home: the devices table, its placement and its presence history. */
import type { DeviceKind } from '@watchpost/firmware-protocol';
import type { Queryable } from '@watchpost/ingest';

export type Presence = 'never_seen' | 'online' | 'offline';
export type Placement = 'placed' | 'outside' | 'no_position';

export interface DeviceRow {
  id: string;
  kind: DeviceKind;
  name: string;
  lat: number | null;
  lon: number | null;
  secret_verifier: Uint8Array;
  mac_key: Uint8Array;
  registered_at: Date;
  last_seen_at: Date | null;
  last_seq: number;
  heartbeat_interval_s: number | null;
  presence: Presence;
  presence_since: Date | null;
  jurisdictions: string[];
  placement: Placement;
}

/**
 * Every device with what the platform knew of it when it stopped: its newest
 * receipt (seq and time) and the interval its newest heartbeat reported. One
 * index probe per device and table.
 */
export async function selectDevices(db: Queryable): Promise<DeviceRow[]> {
  const newestHeartbeat = (table: string, kind: DeviceKind) =>
    `LEFT JOIN LATERAL (SELECT interval_s FROM ${table} h WHERE d.kind = '${kind}' AND h.device_id = d.id ORDER BY received_at DESC LIMIT 1) ${kind} ON true`;
  const { rows } = await db.query<DeviceRow>(
    `SELECT d.*, coalesce(r.seq, 0) AS last_seq, r.received_at AS last_seen_at,
            nullif(coalesce(pillar.interval_s, station.interval_s, tag.interval_s), 0) AS heartbeat_interval_s
       FROM devices d
       LEFT JOIN LATERAL (SELECT seq, received_at FROM uplinks u WHERE u.device_id = d.id ORDER BY seq DESC LIMIT 1) r ON true
       ${newestHeartbeat('pillar_heartbeats', 'pillar')}
       ${newestHeartbeat('station_heartbeats', 'station')}
       ${newestHeartbeat('tag_heartbeats', 'tag')}
      ORDER BY d.id`,
  );
  return rows;
}

export interface NewDevice {
  id: string;
  kind: DeviceKind;
  name: string;
  lat: number | null;
  lon: number | null;
  secretVerifier: Uint8Array;
  macKey: Uint8Array;
  jurisdictions: readonly string[];
  placement: Placement;
}

/** Inserts a device; returns null if the id is taken. */
export async function insertDevice(db: Queryable, d: NewDevice): Promise<DeviceRow | null> {
  const { rows } = await db.query<DeviceRow>(
    `INSERT INTO devices (id, kind, name, lat, lon, secret_verifier, mac_key, jurisdictions, placement)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (id) DO NOTHING
     RETURNING *, 0 AS last_seq, NULL::timestamptz AS last_seen_at, NULL::int AS heartbeat_interval_s`,
    [d.id, d.kind, d.name, d.lat, d.lon, d.secretVerifier, d.macKey, d.jurisdictions, d.placement],
  );
  return rows[0] ?? null;
}

/** A device's name, position and placement. */
export async function updatePlace(db: Queryable, id: string, p: { name: string; lat: number | null; lon: number | null; jurisdictions: readonly string[]; placement: Placement }): Promise<void> {
  await db.query('UPDATE devices SET name = $2, lat = $3, lon = $4, jurisdictions = $5, placement = $6 WHERE id = $1', [id, p.name, p.lat, p.lon, p.jurisdictions, p.placement]);
}

/** Many devices' placements at once (a boundary changed). */
export async function updatePlacements(db: Queryable, changes: readonly { id: string; jurisdictions: readonly string[]; placement: Placement }[]): Promise<void> {
  if (changes.length === 0) return;
  await db.query(
    `UPDATE devices d SET jurisdictions = ARRAY(SELECT jsonb_array_elements_text(v.e->1)), placement = v.e->>2
       FROM jsonb_array_elements($1::jsonb) AS v(e) WHERE d.id = v.e->>0`,
    [JSON.stringify(changes.map((c) => [c.id, c.jurisdictions, c.placement]))],
  );
}

/**
 * New credentials start a new sequence: re-provisioned firmware counts from 1
 * again, so the old receipts go too (else seq 1 would pass for a duplicate).
 * The frames already stored stay.
 */
export async function updateCredentials(db: Queryable, id: string, secretVerifier: Uint8Array, macKey: Uint8Array): Promise<void> {
  await db.query('UPDATE devices SET secret_verifier = $2, mac_key = $3 WHERE id = $1', [id, secretVerifier, macKey]);
  await db.query('DELETE FROM uplinks WHERE device_id = $1', [id]);
}

/** A device's new position (and name, when given); null if there is no such device. */
export async function updatePlacement(db: Queryable, id: string, lat: number, lon: number, name: string | null): Promise<{ lat: number; lon: number; name: string } | null> {
  const { rows } = await db.query<{ lat: number; lon: number; name: string }>('UPDATE devices SET lat = $2, lon = $3, name = coalesce($4, name) WHERE id = $1 RETURNING lat, lon, name', [
    id,
    lat,
    lon,
    name,
  ]);
  return rows[0] ?? null;
}

export interface PresenceChange {
  deviceId: string;
  presence: 'online' | 'offline';
  atMs: number;
  reason: string;
}

/** Records transitions; the devices row keeps the newest by time, whichever transaction commits last. */
export async function recordPresenceChanges(db: Queryable, changes: readonly PresenceChange[]): Promise<void> {
  if (changes.length === 0) return;
  const ids = changes.map((c) => c.deviceId);
  const states = changes.map((c) => c.presence);
  const times = changes.map((c) => c.atMs);
  await db.query(
    `INSERT INTO device_presence_changes (device_id, presence, at, reason)
     SELECT id, presence, to_timestamp(ms / 1000.0), reason
       FROM unnest($1::text[], $2::text[], $3::float8[], $4::text[]) AS v(id, presence, ms, reason)`,
    [ids, states, times, changes.map((c) => c.reason)],
  );
  await db.query(
    `UPDATE devices d SET presence = v.presence, presence_since = to_timestamp(v.ms / 1000.0)
       FROM (SELECT DISTINCT ON (id) id, presence, ms
               FROM unnest($1::text[], $2::text[], $3::float8[]) WITH ORDINALITY AS u(id, presence, ms, n)
              ORDER BY id, n DESC) AS v
      WHERE d.id = v.id AND (d.presence_since IS NULL OR d.presence_since <= to_timestamp(v.ms / 1000.0))`,
    [ids, states, times],
  );
}

export async function selectPresenceHistory(db: Queryable, deviceId: string, limit: number): Promise<{ at: Date; presence: string; reason: string }[]> {
  return (await db.query<{ at: Date; presence: string; reason: string }>('SELECT at, presence, reason FROM device_presence_changes WHERE device_id = $1 ORDER BY at DESC LIMIT $2', [deviceId, limit]))
    .rows;
}
