/** SQL of device commands: written with the change that asks for one, marked sent, answered by the device's CommandAck. */
import type { DownlinkCommand } from '@watchpost/firmware-protocol';
import type { Queryable } from '@watchpost/ingest';

export type AckStatus = 'unspecified' | 'ok' | 'rejected' | 'failed' | 'unsupported';

export interface CommandRow {
  id: number;
  device_id: string;
  command: DownlinkCommand;
  purpose: string;
  subject_id: string | null;
  created_at: Date;
  expires_at: Date;
  sent_at: Date | null;
  sends: number;
  acked_at: Date | null;
  ack_status: AckStatus | null;
  ack_detail: string | null;
}

export interface NewCommand {
  deviceId: string;
  command: DownlinkCommand;
  purpose: string;
  subjectId?: string | null;
  expiresAt: Date;
}

export async function insertCommand(db: Queryable, c: NewCommand): Promise<CommandRow> {
  const { rows } = await db.query<CommandRow>('INSERT INTO device_commands (device_id, command, purpose, subject_id, expires_at) VALUES ($1, $2::jsonb, $3, $4, $5) RETURNING *', [
    c.deviceId,
    JSON.stringify(c.command),
    c.purpose,
    c.subjectId ?? null,
    c.expiresAt,
  ]);
  return rows[0]!;
}

/** What waits for a device: its commands not answered and not expired, oldest first. */
export async function waitingCommands(db: Queryable, deviceId: string, now: Date): Promise<CommandRow[]> {
  return (await db.query<CommandRow>('SELECT * FROM device_commands WHERE device_id = $1 AND acked_at IS NULL AND expires_at > $2 ORDER BY id LIMIT 100', [deviceId, now])).rows;
}

export async function markSent(db: Queryable, id: number, at: Date): Promise<void> {
  await db.query('UPDATE device_commands SET sent_at = $2, sends = sends + 1 WHERE id = $1', [id, at]);
}

export interface Ack {
  deviceId: string;
  commandId: number;
  status: AckStatus;
  detail: string;
  atMs: number;
}

/** Records answers against the commands they name (the first answer of each); returns the commands answered now. */
export async function recordAcks(db: Queryable, acks: readonly Ack[]): Promise<CommandRow[]> {
  if (acks.length === 0) return [];
  const { rows } = await db.query<CommandRow>(
    `UPDATE device_commands c SET acked_at = to_timestamp(v.ms / 1000.0), ack_status = v.status, ack_detail = v.detail
       FROM unnest($1::text[], $2::int8[], $3::text[], $4::text[], $5::float8[]) AS v(device_id, command_id, status, detail, ms)
      WHERE c.device_id = v.device_id AND c.id = v.command_id AND c.acked_at IS NULL
      RETURNING c.*`,
    [acks.map((a) => a.deviceId), acks.map((a) => a.commandId), acks.map((a) => a.status), acks.map((a) => a.detail.slice(0, 500)), acks.map((a) => a.atMs)],
  );
  return rows;
}

export async function commandsOf(db: Queryable, deviceId: string, limit: number): Promise<CommandRow[]> {
  return (await db.query<CommandRow>('SELECT * FROM device_commands WHERE device_id = $1 ORDER BY id DESC LIMIT $2', [deviceId, limit])).rows;
}

export async function commandsByIds(db: Queryable, ids: readonly number[]): Promise<CommandRow[]> {
  if (ids.length === 0) return [];
  return (await db.query<CommandRow>('SELECT * FROM device_commands WHERE id = ANY($1::int8[])', [ids])).rows;
}
