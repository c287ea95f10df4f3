/** A device as the API and the live feed show it: never its credentials. */
import { iso } from '../../kernel/serialize.js';
import type { PresenceTracker } from './presence.js';
import type { DeviceRecord } from './registry.js';
import type { DeviceJson } from './schemas.js';

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
    jurisdictions: d.jurisdictions,
    placement: d.placement,
  };
}
