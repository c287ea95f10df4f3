/**
 * Where each body goes: for every table, its columns and how a frame becomes
 * its rows. The batch statement (uplinks.ts) is generated from these
 * descriptions, so adding a body means adding one entry here.
 * Every table starts with the frame's device, seq and receive time.
 */
import type { UplinkBody, UplinkBodyType } from '@watchpost/firmware-protocol';
import type { UplinkRecord } from './uplinks.js';

/** A column and its PostgreSQL type; timestamptz values travel as epoch milliseconds. */
export type Column = readonly [name: string, type: 'text' | 'int2' | 'int4' | 'int8' | 'float4' | 'float8' | 'bool' | 'timestamptz'];

export interface UplinkTable<T extends UplinkBodyType = UplinkBodyType> {
  table: string;
  body: T;
  /** Columns after device_id (or station_id), seq and received_at. */
  columns: readonly Column[];
  /** The rows one frame contributes, values in column order. */
  rows(record: UplinkRecord, body: Extract<UplinkBody, { type: T }>): unknown[][];
}

/** 'POWER_SOURCE_MAINS' → 'mains': enum values as stored in the database. */
export function enumLabel(value: string, prefix: string): string {
  return value.startsWith(prefix) ? value.slice(prefix.length).toLowerCase() : value.toLowerCase();
}

/** A device time on the platform's clock, or the receive time when the device had none. */
export function platformTime(r: UplinkRecord, deviceMs: number): number {
  return r.deviceTimeMs === null ? r.receivedAtMs : deviceMs + r.clockCorrectionMs;
}

const table = <T extends UplinkBodyType>(t: UplinkTable<T>) => t as unknown as UplinkTable;

export const UPLINK_TABLES: readonly UplinkTable[] = [
  table({
    table: 'pillar_heartbeats',
    body: 'pillarHeartbeat',
    columns: [
      ['device_time', 'timestamptz'],
      ['power', 'text'],
      ['battery_mv', 'int4'],
      ['door_open', 'bool'],
      ['camera', 'text'],
      ['interval_s', 'int4'],
      ['firmware_version', 'text'],
    ],
    rows: (r, b) => [[r.deviceTimeMs, enumLabel(b.power, 'POWER_SOURCE_'), b.batteryMv, b.doorOpen, enumLabel(b.camera, 'CAMERA_STATUS_'), b.intervalS, b.firmwareVersion]],
  }),
  table({
    table: 'station_heartbeats',
    body: 'stationHeartbeat',
    columns: [
      ['device_time', 'timestamptz'],
      ['tags_heard', 'int4'],
      ['backhaul', 'text'],
      ['backhaul_rssi_dbm', 'int2'],
      ['interval_s', 'int4'],
      ['firmware_version', 'text'],
      ['uptime_s', 'int8'],
    ],
    rows: (r, b) => [[r.deviceTimeMs, b.tagsHeard, enumLabel(b.backhaul, 'BACKHAUL_TYPE_'), b.backhaulRssiDbm, b.intervalS, b.firmwareVersion, b.uptimeS]],
  }),
  table({
    table: 'tag_heartbeats',
    body: 'tagHeartbeat',
    columns: [
      ['device_time', 'timestamptz'],
      ['battery_mv', 'int4'],
      ['interval_s', 'int4'],
      ['signal_dbm', 'int2'],
      ['firmware_version', 'text'],
    ],
    rows: (r, b) => [[r.deviceTimeMs, b.batteryMv, b.intervalS, b.signalDbm, b.firmwareVersion]],
  }),
  table({
    table: 'tag_sightings',
    body: 'sightingBatch',
    columns: [
      ['tag_id', 'int8'],
      ['first_heard', 'timestamptz'],
      ['last_heard', 'timestamptz'],
      ['rssi_dbm', 'int2'],
      ['beacons', 'int4'],
    ],
    rows: (r, b) => {
      const start = platformTime(r, b.windowStartMs);
      return b.sightings.map((s) => [s.tagId, start + s.firstOffsetMs, start + s.lastOffsetMs, s.rssiDbm, s.count]);
    },
  }),
  table({
    table: 'pillar_events',
    body: 'pillarEvent',
    columns: [
      ['occurred_at', 'timestamptz'],
      ['event', 'text'],
    ],
    rows: (r, b) => [[platformTime(r, r.deviceTimeMs ?? 0), enumLabel(b.event, 'PILLAR_EVENT_TYPE_')]],
  }),
  table({
    table: 'gps_fixes',
    body: 'gpsFix',
    columns: [
      ['fixed_at', 'timestamptz'],
      ['lat', 'float8'],
      ['lon', 'float8'],
      ['accuracy_m', 'int4'],
      ['speed_kmh', 'float4'],
      ['heading_deg', 'int2'],
      ['satellites', 'int2'],
    ],
    rows: (r, b) => [[b.fixTimeMs ? platformTime(r, b.fixTimeMs) : r.receivedAtMs, b.latE7 / 1e7, b.lonE7 / 1e7, b.accuracyM, b.speedDkmh / 10, b.headingDeg, b.satellites]],
  }),
  table({
    table: 'command_acks',
    body: 'commandAck',
    columns: [
      ['command_id', 'int8'],
      ['status', 'text'],
      ['detail', 'text'],
    ],
    rows: (_r, b) => [[b.commandId, enumLabel(b.status, 'ACK_STATUS_'), b.detail]],
  }),
];
