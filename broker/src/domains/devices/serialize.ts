import type { DeviceRecord, PresenceTracker } from '@watchpost/ingest';
import type { DeviceJson } from './schemas.js';

export const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A device as the API and the live feed show it: never its credentials. */
export function deviceJson(d: DeviceRecord, presence: PresenceTracker): DeviceJson {
  return {
    id: d.id,
    kind: d.kind,
    name: d.name,
    lat: d.lat,
    lon: d.lon,
    registeredAt: d.registeredAt.toISOString(),
    lastSeenAt: iso(d.lastSeenAt),
    presence: d.presence,
    presenceSince: iso(d.presenceSince),
    heartbeatIntervalS: presence.intervalS(d),
    offlineAfterS: presence.offlineAfterMs(d) / 1000,
  };
}
