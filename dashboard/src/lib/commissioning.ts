/**
 * A base station's commissioning as its installer follows it: registered →
 * online (it has been heard from) → commissioned (it has heard tags). The
 * platform keeps no commissioning state; "commissioned" is derived here from
 * the station's activity (GET /stations/:id/activity: tags heard per minute,
 * at most 7 days back), so a station silent on tags for a week reads as online.
 */
import type { StationMinutes } from './owner-api.js';
import type { Device } from './types.js';

export const COMMISSIONING_STAGES = ['registered', 'online', 'commissioned'] as const;
export type CommissioningStage = (typeof COMMISSIONING_STAGES)[number];

/** How far back the activity is read: the most the platform answers for one station, less a minute's margin. */
export const ACTIVITY_LOOK_BACK_MS = 7 * 24 * 3_600_000 - 60_000;

/** Tag sightings the activity counts. */
export function sightingsIn(activity: StationMinutes | null): number {
  return activity?.minutes.reduce((sum, m) => sum + m.sightings, 0) ?? 0;
}

/** The furthest stage the station has reached. */
export function stageOf(device: Pick<Device, 'presence' | 'lastSeenAt'>, activity: StationMinutes | null): CommissioningStage {
  if (sightingsIn(activity) > 0) return 'commissioned';
  return device.presence === 'online' || device.lastSeenAt !== null ? 'online' : 'registered';
}
