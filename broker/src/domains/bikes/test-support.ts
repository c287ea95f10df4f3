/**
 * For the bikes home's tests: a county of a few stations in two police
 * areas, people of each role, sighting frames as stations send them, and
 * the uplink harness driven with them.
 */
import { encodeUplink, uplinkTopic } from '@watchpost/firmware-protocol';
import type { Queryable } from '@watchpost/ingest';
import { insertUser } from '../access/people-store.js';
import type { Caller, Role } from '../access/policy/index.js';
import { TEST_CALLER, type UplinkHarness } from '../../uplink/test-support.js';

/** Two police areas side by side in one county, 0.1° (≈ 9 km) wide each. */
export const WEST = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [118.4, 32.9],
      [118.5, 32.9],
      [118.5, 33.1],
      [118.4, 33.1],
      [118.4, 32.9],
    ],
  ],
};
export const EAST = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [118.5, 32.9],
      [118.6, 32.9],
      [118.6, 33.1],
      [118.5, 33.1],
      [118.5, 32.9],
    ],
  ],
};

export async function putCounty(h: UplinkHarness): Promise<void> {
  await h.organisation.putJurisdiction(TEST_CALLER, 'county', { name: 'County', kind: 'county' });
  await h.organisation.putJurisdiction(TEST_CALLER, 'west', { name: 'West', kind: 'police_area', parentId: 'county', boundary: WEST });
  await h.organisation.putJurisdiction(TEST_CALLER, 'east', { name: 'East', kind: 'police_area', parentId: 'county', boundary: EAST });
}

/** Stations along a road west to east, 1 km apart (lat 33.0, lon from 118.45). */
export async function stationsAlongRoad(h: UplinkHarness, n: number, prefix = 'st'): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = `${prefix}-${String(i).padStart(3, '0')}`;
    await h.register({ kind: 'station', id, name: `Station ${i}`, lat: 33.0, lon: 118.45 + i * 0.0107 });
    ids.push(id);
  }
  return ids;
}

export function callerOf(id: string, role: Role, jurisdictions: string[] = []): Caller {
  return {
    principal: {
      via: 'session',
      user: { id, username: role === 'owner' ? null : id, displayName: `${role} ${id}`, role, unitId: null, jurisdictions, isDemo: false },
      sessionHash: Buffer.alloc(32),
      csrfToken: 'test',
      expiresAt: new Date(Date.now() + 86_400_000),
    },
    ip: '127.0.0.1',
  };
}

let phones = 0;
/** An owner (their phone: 139 and a counter) as a caller. */
export async function newOwner(db: Queryable, name = 'Owner'): Promise<Caller & { phone: string }> {
  const phone = `139${String(10_000_000 + phones++ + Math.floor(Math.random() * 1e6) * 10).slice(-8)}`;
  const id = await insertUser(db, { username: null, displayName: name, role: 'owner', phone, passwordHash: null, createdBy: null });
  return Object.assign(callerOf(id, 'owner'), { phone });
}

export async function newStaff(db: Queryable, role: Exclude<Role, 'owner'>, jurisdictions: string[], phone: string | null = null): Promise<Caller> {
  const id = await insertUser(db, { username: `${role}-${Math.random().toString(36).slice(2, 10)}`, displayName: role, role, phone, passwordHash: null, createdBy: null, jurisdictions });
  return callerOf(id, role, jurisdictions);
}

export interface Heard {
  tagId: number;
  rssiDbm?: number;
  /** Within the window, ms. */
  firstOffsetMs?: number;
  lastOffsetMs?: number;
}

export function sightingFrame(stationId: string, seq: number, windowStartMs: number, heard: readonly Heard[]): Uint8Array {
  return encodeUplink({
    deviceId: stationId,
    seq,
    deviceTimeMs: windowStartMs,
    body: {
      type: 'sightingBatch',
      windowStartMs,
      sightings: heard.map((s) => ({ tagId: s.tagId, rssiDbm: s.rssiDbm ?? -60, firstOffsetMs: s.firstOffsetMs ?? 0, lastOffsetMs: s.lastOffsetMs ?? 4_000, count: 3 })),
    },
  });
}

const seqs = new Map<string, number>();
/** A station's batch of the 5 s window starting at `atMs`, through the pipeline (over MQTT, without a socket). */
export async function hear(h: UplinkHarness, stationId: string, atMs: number, heard: readonly Heard[]) {
  const seq = (seqs.get(stationId) ?? 0) + 1;
  seqs.set(stationId, seq);
  const outcome = await h.handle({
    transport: 'mqtt',
    topic: uplinkTopic('station', stationId),
    sessionDeviceId: stationId,
    payload: sightingFrame(stationId, seq, atMs, heard),
    receivedAtMs: atMs + 5_000,
  });
  if (outcome.status === 'refused') throw new Error(`frame refused: ${outcome.refusal.code} ${outcome.refusal.message}`);
  return { ...outcome, seq };
}
