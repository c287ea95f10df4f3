/** SQL of alarm coordinates (the printed codes) and of pillars' cameras. */
import type { Queryable } from '@watchpost/ingest';

export type CoordinateTarget = 'pillar' | 'camera';

export interface CoordinateRow {
  code: string;
  device_id: string;
  target: CoordinateTarget;
  assigned_at: Date;
}

export async function listCoordinates(db: Queryable): Promise<CoordinateRow[]> {
  return (await db.query<CoordinateRow>('SELECT * FROM alarm_coordinates ORDER BY device_id, target')).rows;
}

/** Inserts a code; null if the code is taken (or the device already has one for the target). */
export async function insertCoordinate(db: Queryable, c: { code: string; deviceId: string; target: CoordinateTarget }): Promise<CoordinateRow | null> {
  const { rows } = await db.query<CoordinateRow>('INSERT INTO alarm_coordinates (code, device_id, target) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING *', [c.code, c.deviceId, c.target]);
  return rows[0] ?? null;
}

export type CameraKind = 'rtsp' | 'hls' | 'webrtc' | 'gb28181';

export interface CameraRow {
  device_id: string;
  kind: CameraKind;
  url: string | null;
  channel_id: string | null;
  name: string;
  updated_at: Date;
}

export async function listCameras(db: Queryable): Promise<CameraRow[]> {
  return (await db.query<CameraRow>('SELECT * FROM pillar_cameras ORDER BY device_id')).rows;
}

export async function putCamera(db: Queryable, c: Omit<CameraRow, 'updated_at'>): Promise<CameraRow> {
  const { rows } = await db.query<CameraRow>(
    `INSERT INTO pillar_cameras (device_id, kind, url, channel_id, name) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (device_id) DO UPDATE SET kind = EXCLUDED.kind, url = EXCLUDED.url, channel_id = EXCLUDED.channel_id, name = EXCLUDED.name, updated_at = now()
     RETURNING *`,
    [c.device_id, c.kind, c.url, c.channel_id, c.name],
  );
  return rows[0]!;
}
