/** SQL for the devices table and its presence history. */
import type { DeviceKind } from '@watchpost/firmware-protocol';
import type { Queryable } from '../db/database.js';

export type Presence = 'never_seen' | 'online' | 'offline';

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
}

export async function selectDevices(db: Queryable): Promise<DeviceRow[]> {
  return (await db.query<DeviceRow>('SELECT * FROM devices ORDER BY id')).rows;
}

export interface NewDevice {
  id: string;
  kind: DeviceKind;
  name: string;
  lat: number | null;
  lon: number | null;
  secretVerifier: Uint8Array;
  macKey: Uint8Array;
}

/** Inserts a device; returns null if the id is taken. */
export async function insertDevice(db: Queryable, d: NewDevice): Promise<DeviceRow | null> {
  const { rows } = await db.query<DeviceRow>(
    `INSERT INTO devices (id, kind, name, lat, lon, secret_verifier, mac_key)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (id) DO NOTHING
     RETURNING *`,
    [d.id, d.kind, d.name, d.lat, d.lon, d.secretVerifier, d.macKey],
  );
  return rows[0] ?? null;
}

export async function updateCredentials(db: Queryable, id: string, secretVerifier: Uint8Array, macKey: Uint8Array): Promise<void> {
  // New credentials start a new sequence: re-provisioned firmware counts from 1 again.
  await db.query('UPDATE devices SET secret_verifier = $2, mac_key = $3, last_seq = 0 WHERE id = $1', [id, secretVerifier, macKey]);
}

export interface SeenUpdate {
  deviceId: string;
  lastSeq: number;
  lastSeenMs: number;
  intervalS: number | null;
}

/** After a batch commit: each device's newest sequence number, time heard and reported interval. */
export async function updateSeen(db: Queryable, updates: SeenUpdate[]): Promise<void> {
  if (updates.length === 0) return;
  await db.query(
    `UPDATE devices d
        SET last_seq = greatest(d.last_seq, v.seq),
            last_seen_at = greatest(d.last_seen_at, to_timestamp(v.ms / 1000.0)),
            heartbeat_interval_s = coalesce(v.interval_s, d.heartbeat_interval_s)
       FROM unnest($1::text[], $2::int8[], $3::float8[], $4::int4[]) AS v(id, seq, ms, interval_s)
      WHERE d.id = v.id`,
    [updates.map((u) => u.deviceId), updates.map((u) => u.lastSeq), updates.map((u) => u.lastSeenMs), updates.map((u) => u.intervalS)],
  );
}

export interface PresenceChange {
  deviceId: string;
  presence: 'online' | 'offline';
  atMs: number;
  reason: string;
}

export async function recordPresenceChanges(db: Queryable, changes: PresenceChange[]): Promise<void> {
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
  // The newest change per device wins (a batch may hold online then offline for one device).
  await db.query(
    `UPDATE devices d SET presence = v.presence, presence_since = to_timestamp(v.ms / 1000.0)
       FROM (SELECT DISTINCT ON (id) id, presence, ms
               FROM unnest($1::text[], $2::text[], $3::float8[]) WITH ORDINALITY AS u(id, presence, ms, n)
              ORDER BY id, n DESC) AS v
      WHERE d.id = v.id`,
    [ids, states, times],
  );
}

export async function selectPresenceHistory(db: Queryable, deviceId: string, limit: number): Promise<{ at: Date; presence: string; reason: string }[]> {
  return (
    await db.query<{ at: Date; presence: string; reason: string }>(
      'SELECT at, presence, reason FROM device_presence_changes WHERE device_id = $1 ORDER BY at DESC LIMIT $2',
      [deviceId, limit],
    )
  ).rows;
}
