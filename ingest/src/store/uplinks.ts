/**
 * Writes a batch of accepted frames in ONE statement, so a batch costs one
 * round trip and is atomic without BEGIN/COMMIT: the receipts first (their
 * primary key refuses a frame already stored), then the rows of the new
 * frames into each body's table.
 * Rows travel as JSON arrays of arrays (one JSON.stringify, parsed in C by the
 * server): far cheaper than one parameter per value. Same SQL on PGlite and
 * PostgreSQL.
 */
import type { DeviceKind, UplinkBody, UplinkBodyType } from '@watchpost/firmware-protocol';
import type { Queryable } from '../db/database.js';
import { UPLINK_TABLES, type Column, type UplinkTable } from './uplink-tables.js';

export type Transport = 'mqtt' | 'coap';

/** A device clock outside the platform's window (see DEFAULT_CLOCK_WINDOW): behind it or ahead of it. */
export type ClockFlag = 'behind' | 'ahead';

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
  /** Set when the device clock was outside the platform's window: stored on the receipt. */
  clockFlag: ClockFlag | null;
  body: UplinkBody;
  /** The heartbeat interval the frame reports, if any (the device's record keeps it). */
  intervalS: number | null;
}

/** Element i of a row (a JSON array) as its column's type, named c<i>; epoch ms become timestamptz. */
const fromJson = ([, type]: Column, i: number) => `${type === 'timestamptz' ? `to_timestamp((e->>${i})::float8 / 1000.0)` : `(e->>${i})::${type}`} AS c${i}`;

const HEAD: readonly Column[] = [
  ['device_id', 'text'],
  ['seq', 'int8'],
  ['received_at', 'timestamptz'],
];

function tableInsert(t: UplinkTable, param: number): string {
  const columns = [...HEAD, ...t.columns];
  const names = columns.map(([n]) => (n === 'device_id' && t.table === 'tag_sightings' ? 'station_id' : n));
  return `ins_${t.table} AS (
    INSERT INTO ${t.table} (${names.join(', ')})
    SELECT ${columns.map((_, j) => `x.c${j}`).join(', ')}
      FROM (SELECT ${columns.map(fromJson).join(', ')} FROM jsonb_array_elements($${param}::jsonb) AS e) AS x
      JOIN fresh f ON f.device_id = x.c0 AND f.seq = x.c1
  )`;
}

/** The batch statement for the tables a batch touches: $1 the frames, then the rows of each of those tables. */
export function writeUplinksSql(tables: readonly UplinkTable[]): string {
  return `
WITH fresh AS (
  INSERT INTO uplinks (device_id, seq, body, transport, device_time, received_at, clock_flag)
  SELECT e->>0, (e->>1)::int8, e->>2, e->>3, to_timestamp((e->>4)::float8 / 1000.0), to_timestamp((e->>5)::float8 / 1000.0), e->>6
    FROM jsonb_array_elements($1::jsonb) AS e
  ON CONFLICT (device_id, seq) DO NOTHING
  RETURNING device_id, seq
), ${tables.map((t, i) => tableInsert(t, i + 2)).join(', ')}
SELECT device_id, seq FROM fresh`;
}

const TABLE_BIT = Object.fromEntries(UPLINK_TABLES.map((t, i) => [t.body, 1 << i])) as Record<UplinkBodyType, number>;

/** One statement per combination of tables a batch touches, generated once and prepared by name. */
const statements = new Map<number, { sql: string; name: string; tables: UplinkTable[] }>();

function statementFor(records: UplinkRecord[]) {
  let mask = 0;
  for (const r of records) mask |= TABLE_BIT[r.body.type];
  let statement = statements.get(mask);
  if (!statement) {
    const tables = UPLINK_TABLES.filter((t) => mask & TABLE_BIT[t.body]);
    statement = { sql: writeUplinksSql(tables), name: `write_uplinks_${mask}`, tables };
    statements.set(mask, statement);
  }
  return statement;
}

/**
 * Stores a batch (no two records may share device and seq). Returns, aligned
 * with `records`, true for a frame stored now and false for one stored before.
 */
export async function writeUplinks(db: Queryable, records: UplinkRecord[]): Promise<boolean[]> {
  const statement = statementFor(records);
  const frames = records.map((r) => [r.deviceId, r.seq, r.body.type, r.transport, r.deviceTimeMs, r.receivedAtMs, r.clockFlag]);
  const rows = statement.tables.map((t) => {
    const out: unknown[][] = [];
    for (const r of records) if (r.body.type === t.body) for (const row of t.rows(r, r.body)) out.push([r.deviceId, r.seq, r.receivedAtMs, ...row]);
    return out;
  });
  const params = [JSON.stringify(frames), ...rows.map((v) => JSON.stringify(v))];
  const { rows: stored } = await db.query<{ device_id: string; seq: number }>(statement.sql, params, { prepareAs: statement.name });
  const fresh = new Set(stored.map((r) => `${r.device_id}:${r.seq}`));
  return records.map((r) => fresh.has(`${r.deviceId}:${r.seq}`));
}
