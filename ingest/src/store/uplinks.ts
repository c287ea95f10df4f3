/**
 * Writes a batch of accepted frames in the caller's transaction: first the
 * receipts (whose primary key refuses a frame already stored), then the
 * payload rows of the new frames only, one multi-row INSERT per table.
 */
import type { DeviceKind, UplinkBody, UplinkBodyType } from '@watchpost/firmware-protocol';
import type { Queryable } from '../db/database.js';

export type Transport = 'mqtt' | 'coap';

export interface UplinkRecord {
  deviceId: string;
  kind: DeviceKind;
  seq: number;
  transport: Transport;
  receivedAtMs: number;
  /** The device's clock as it sent it; null when the device had no valid time. */
  deviceTimeMs: number | null;
  /** Added to device times to put them on the platform's clock (0 when the device clock is trusted). */
  clockCorrectionMs: number;
  body: UplinkBody;
}

/** 'POWER_SOURCE_MAINS' → 'mains': enum values as stored in the database. */
export function enumLabel(value: string, prefix: string): string {
  return value.startsWith(prefix) ? value.slice(prefix.length).toLowerCase() : value.toLowerCase();
}

/** A device time on the platform's clock, or the receive time when the device had none. */
function platformTime(r: UplinkRecord, deviceMs: number): number {
  return r.deviceTimeMs === null ? r.receivedAtMs : deviceMs + r.clockCorrectionMs;
}

type Of<T extends UplinkBodyType> = Extract<UplinkBody, { type: T }>;
type Rows<T extends UplinkBodyType> = { r: UplinkRecord; b: Of<T> }[];

const col = <T extends UplinkBodyType, V>(rows: Rows<T>, pick: (r: UplinkRecord, b: Of<T>) => V): V[] => rows.map(({ r, b }) => pick(r, b));
const head = <T extends UplinkBodyType>(rows: Rows<T>) => [
  col(rows, (r) => r.deviceId),
  col(rows, (r) => r.seq),
  col(rows, (r) => r.receivedAtMs),
];
const deviceTime = <T extends UplinkBodyType>(rows: Rows<T>) => col(rows, (r) => (r.deviceTimeMs === null ? null : r.deviceTimeMs));

/** One INSERT … SELECT FROM unnest(…) per body type; every table starts with device, seq, received_at. */
const inserters: { [T in UplinkBodyType]: (db: Queryable, rows: Rows<T>) => Promise<unknown> } = {
  pillarHeartbeat: (db, rows) =>
    db.query(
      `INSERT INTO pillar_heartbeats (device_id, seq, received_at, device_time, power, battery_mv, door_open, camera, interval_s, firmware_version)
       SELECT d, s, to_timestamp(r / 1000.0), to_timestamp(t / 1000.0), p, bm, door, cam, i, fw
         FROM unnest($1::text[], $2::int8[], $3::float8[], $4::float8[], $5::text[], $6::int4[], $7::bool[], $8::text[], $9::int4[], $10::text[])
           AS v(d, s, r, t, p, bm, door, cam, i, fw)`,
      [
        ...head(rows),
        deviceTime(rows),
        col(rows, (_, b) => enumLabel(b.power, 'POWER_SOURCE_')),
        col(rows, (_, b) => b.batteryMv),
        col(rows, (_, b) => b.doorOpen),
        col(rows, (_, b) => enumLabel(b.camera, 'CAMERA_STATUS_')),
        col(rows, (_, b) => b.intervalS),
        col(rows, (_, b) => b.firmwareVersion),
      ],
    ),
  stationHeartbeat: (db, rows) =>
    db.query(
      `INSERT INTO station_heartbeats (device_id, seq, received_at, device_time, tags_heard, backhaul, backhaul_rssi_dbm, interval_s, firmware_version, uptime_s)
       SELECT d, s, to_timestamp(r / 1000.0), to_timestamp(t / 1000.0), th, bh, rssi, i, fw, up
         FROM unnest($1::text[], $2::int8[], $3::float8[], $4::float8[], $5::int4[], $6::text[], $7::int2[], $8::int4[], $9::text[], $10::int8[])
           AS v(d, s, r, t, th, bh, rssi, i, fw, up)`,
      [
        ...head(rows),
        deviceTime(rows),
        col(rows, (_, b) => b.tagsHeard),
        col(rows, (_, b) => enumLabel(b.backhaul, 'BACKHAUL_TYPE_')),
        col(rows, (_, b) => b.backhaulRssiDbm),
        col(rows, (_, b) => b.intervalS),
        col(rows, (_, b) => b.firmwareVersion),
        col(rows, (_, b) => b.uptimeS),
      ],
    ),
  tagHeartbeat: (db, rows) =>
    db.query(
      `INSERT INTO tag_heartbeats (device_id, seq, received_at, device_time, battery_mv, interval_s, signal_dbm, firmware_version)
       SELECT d, s, to_timestamp(r / 1000.0), to_timestamp(t / 1000.0), bm, i, sig, fw
         FROM unnest($1::text[], $2::int8[], $3::float8[], $4::float8[], $5::int4[], $6::int4[], $7::int2[], $8::text[])
           AS v(d, s, r, t, bm, i, sig, fw)`,
      [
        ...head(rows),
        deviceTime(rows),
        col(rows, (_, b) => b.batteryMv),
        col(rows, (_, b) => b.intervalS),
        col(rows, (_, b) => b.signalDbm),
        col(rows, (_, b) => b.firmwareVersion),
      ],
    ),
  sightingBatch: (db, rows) => {
    const flat = rows.flatMap(({ r, b }) => b.sightings.map((s) => ({ r, s, start: platformTime(r, b.windowStartMs) })));
    return db.query(
      `INSERT INTO tag_sightings (station_id, seq, received_at, tag_id, first_heard, last_heard, rssi_dbm, beacons)
       SELECT d, s, to_timestamp(r / 1000.0), tag, to_timestamp(f / 1000.0), to_timestamp(l / 1000.0), rssi, n
         FROM unnest($1::text[], $2::int8[], $3::float8[], $4::int8[], $5::float8[], $6::float8[], $7::int2[], $8::int4[])
           AS v(d, s, r, tag, f, l, rssi, n)`,
      [
        flat.map((x) => x.r.deviceId),
        flat.map((x) => x.r.seq),
        flat.map((x) => x.r.receivedAtMs),
        flat.map((x) => x.s.tagId),
        flat.map((x) => x.start + x.s.firstOffsetMs),
        flat.map((x) => x.start + x.s.lastOffsetMs),
        flat.map((x) => x.s.rssiDbm),
        flat.map((x) => x.s.count),
      ],
    );
  },
  pillarEvent: (db, rows) =>
    db.query(
      `INSERT INTO pillar_events (device_id, seq, received_at, occurred_at, event)
       SELECT d, s, to_timestamp(r / 1000.0), to_timestamp(o / 1000.0), e
         FROM unnest($1::text[], $2::int8[], $3::float8[], $4::float8[], $5::text[]) AS v(d, s, r, o, e)`,
      [...head(rows), col(rows, (r) => platformTime(r, r.deviceTimeMs ?? 0)), col(rows, (_, b) => enumLabel(b.event, 'PILLAR_EVENT_TYPE_'))],
    ),
  gpsFix: (db, rows) =>
    db.query(
      `INSERT INTO gps_fixes (device_id, seq, received_at, fixed_at, lat, lon, accuracy_m, speed_kmh, heading_deg, satellites)
       SELECT d, s, to_timestamp(r / 1000.0), to_timestamp(f / 1000.0), lat, lon, acc, spd, hd, sat
         FROM unnest($1::text[], $2::int8[], $3::float8[], $4::float8[], $5::float8[], $6::float8[], $7::int4[], $8::float4[], $9::int2[], $10::int2[])
           AS v(d, s, r, f, lat, lon, acc, spd, hd, sat)`,
      [
        ...head(rows),
        col(rows, (r, b) => (b.fixTimeMs ? platformTime(r, b.fixTimeMs) : r.receivedAtMs)),
        col(rows, (_, b) => b.latE7 / 1e7),
        col(rows, (_, b) => b.lonE7 / 1e7),
        col(rows, (_, b) => b.accuracyM),
        col(rows, (_, b) => b.speedDkmh / 10),
        col(rows, (_, b) => b.headingDeg),
        col(rows, (_, b) => b.satellites),
      ],
    ),
  commandAck: (db, rows) =>
    db.query(
      `INSERT INTO command_acks (device_id, seq, received_at, command_id, status, detail)
       SELECT d, s, to_timestamp(r / 1000.0), c, st, dt
         FROM unnest($1::text[], $2::int8[], $3::float8[], $4::int8[], $5::text[], $6::text[]) AS v(d, s, r, c, st, dt)`,
      [...head(rows), col(rows, (_, b) => b.commandId), col(rows, (_, b) => enumLabel(b.status, 'ACK_STATUS_')), col(rows, (_, b) => b.detail)],
    ),
};

/** Inserts the receipts; returns, for each record, whether it is new (false: stored before). */
async function insertReceipts(db: Queryable, records: UplinkRecord[]): Promise<boolean[]> {
  const { rows } = await db.query<{ device_id: string; seq: number }>(
    `INSERT INTO uplinks (device_id, seq, body, transport, device_time, received_at)
     SELECT d, s, b, t, to_timestamp(dt / 1000.0), to_timestamp(r / 1000.0)
       FROM unnest($1::text[], $2::int8[], $3::text[], $4::text[], $5::float8[], $6::float8[]) AS v(d, s, b, t, dt, r)
     ON CONFLICT (device_id, seq) DO NOTHING
     RETURNING device_id, seq`,
    [
      records.map((r) => r.deviceId),
      records.map((r) => r.seq),
      records.map((r) => r.body.type),
      records.map((r) => r.transport),
      records.map((r) => r.deviceTimeMs),
      records.map((r) => r.receivedAtMs),
    ],
  );
  const fresh = new Set(rows.map((r) => `${r.device_id}:${r.seq}`));
  return records.map((r) => fresh.has(`${r.deviceId}:${r.seq}`));
}

/**
 * Stores a batch (no two records may share device and seq). Returns, aligned
 * with `records`, true for a frame stored now and false for one stored before.
 */
export async function writeUplinks(db: Queryable, records: UplinkRecord[]): Promise<boolean[]> {
  const fresh = await insertReceipts(db, records);
  const byType = new Map<UplinkBodyType, { r: UplinkRecord; b: UplinkBody }[]>();
  records.forEach((r, i) => {
    if (!fresh[i]) return;
    const list = byType.get(r.body.type) ?? [];
    list.push({ r, b: r.body });
    byType.set(r.body.type, list);
  });
  for (const [type, rows] of byType) {
    await (inserters[type] as (db: Queryable, rows: { r: UplinkRecord; b: UplinkBody }[]) => Promise<unknown>)(db, rows);
  }
  return fresh;
}
