/**
 * What a pillar's frames say of its condition, for the maintenance desk: a
 * heartbeat reports all four states at once (door, power, battery, camera),
 * an event reports one as it changes. Pure.
 */
import type { UplinkRecord } from '@watchpost/ingest';

export const CONDITIONS = ['tamper', 'power_lost', 'battery_low', 'camera_offline', 'offline'] as const;
export type Condition = (typeof CONDITIONS)[number];

export interface Observation {
  deviceId: string;
  condition: Condition;
  /** true: the fault is there. */
  faulty: boolean;
  atMs: number;
}

const EVENTS: Partial<Record<string, [Condition, boolean]>> = {
  PILLAR_EVENT_TYPE_TAMPER_OPENED: ['tamper', true],
  PILLAR_EVENT_TYPE_TAMPER_CLOSED: ['tamper', false],
  PILLAR_EVENT_TYPE_POWER_LOST: ['power_lost', true],
  PILLAR_EVENT_TYPE_POWER_RESTORED: ['power_lost', false],
  PILLAR_EVENT_TYPE_CAMERA_OFFLINE: ['camera_offline', true],
  PILLAR_EVENT_TYPE_CAMERA_ONLINE: ['camera_offline', false],
};

/** The observations a pillar frame carries (none for a button press, an ack, or another kind's frame). */
export function observationsOf(r: UplinkRecord, batteryLowMv: number): Observation[] {
  if (r.kind !== 'pillar') return [];
  const at = { deviceId: r.deviceId, atMs: r.receivedAtMs };
  const b = r.body;
  if (b.type === 'pillarHeartbeat') {
    const out: Observation[] = [{ ...at, condition: 'tamper', faulty: b.doorOpen }];
    if (b.power !== 'POWER_SOURCE_UNSPECIFIED') out.push({ ...at, condition: 'power_lost', faulty: b.power === 'POWER_SOURCE_BATTERY' });
    // 0: not measured.
    if (b.batteryMv > 0) out.push({ ...at, condition: 'battery_low', faulty: b.batteryMv < batteryLowMv });
    if (b.camera !== 'CAMERA_STATUS_UNSPECIFIED') out.push({ ...at, condition: 'camera_offline', faulty: b.camera !== 'CAMERA_STATUS_OK' });
    return out;
  }
  if (b.type === 'pillarEvent') {
    const e = EVENTS[b.event];
    return e ? [{ ...at, condition: e[0], faulty: e[1] }] : [];
  }
  return [];
}
