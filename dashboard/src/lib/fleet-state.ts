/**
 * How the fleet changes: the snapshot and `changes` batches of the live feed
 * applied to a map of devices by id. Pure (no Svelte, no DOM), so the rules are
 * unit-tested in node; `fleet.svelte.ts` runs them on its reactive map.
 *
 * Devices are replaced, never mutated in place: a changed device is a new object,
 * so whoever holds the old one (a popup, a list row) sees a clean change.
 */
import type { Device, DeviceKind, LiveEvent, PresenceCounts } from './types.js';

/** The kinds whose devices changed: the map redraws only their sources. */
export type ChangedKinds = Set<DeviceKind>;

/** Replaces every device with the snapshot (a fresh start after each (re)connection). */
export function applySnapshot(devices: Map<string, Device>, snapshot: readonly Device[]): ChangedKinds {
  const changed: ChangedKinds = new Set();
  const next = new Map(snapshot.map((d) => [d.id, d]));
  for (const [id, old] of devices) {
    if (!next.has(id)) {
      devices.delete(id);
      changed.add(old.kind);
    }
  }
  for (const [id, device] of next) {
    if (!sameDevice(devices.get(id), device)) {
      devices.set(id, device);
      changed.add(device.kind);
    }
  }
  return changed;
}

/** Applies one `changes` batch in order. Presence news of a device not (yet) known is dropped. */
export function applyChanges(devices: Map<string, Device>, events: readonly LiveEvent[]): ChangedKinds {
  const changed: ChangedKinds = new Set();
  for (const event of events) {
    const updated = event.type === 'device' ? event.device : withPresence(devices.get(event.id), event);
    if (!updated) continue;
    devices.set(updated.id, updated);
    changed.add(updated.kind);
  }
  return changed;
}

type PresenceEvent = Extract<LiveEvent, { type: 'presence' }>;

function withPresence(device: Device | undefined, event: PresenceEvent): Device | null {
  if (!device) return null;
  // Older than what we show (a batch that crossed a snapshot): keep the newer state.
  if (device.presenceSince && Date.parse(event.at) < Date.parse(device.presenceSince)) return null;
  return { ...device, presence: event.presence, presenceSince: event.at, lastSeenAt: event.lastSeenAt ?? device.lastSeenAt };
}

function sameDevice(a: Device | undefined, b: Device): boolean {
  return (
    a !== undefined &&
    a.presence === b.presence &&
    a.presenceSince === b.presenceSince &&
    a.lastSeenAt === b.lastSeenAt &&
    a.name === b.name &&
    a.lat === b.lat &&
    a.lon === b.lon &&
    a.kind === b.kind &&
    a.heartbeatIntervalS === b.heartbeatIntervalS &&
    a.offlineAfterS === b.offlineAfterS
  );
}

export function countByPresence(devices: Iterable<Device>): PresenceCounts {
  const counts: PresenceCounts = { online: 0, offline: 0, never_seen: 0 };
  for (const d of devices) counts[d.presence]++;
  return counts;
}

export function hasPosition(d: Device): d is Device & { lat: number; lon: number } {
  return d.lat !== null && d.lon !== null && Number.isFinite(d.lat) && Number.isFinite(d.lon);
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Ids in list order: by name (numbers in names sorted as numbers), then id. */
export function sortedIds(devices: Iterable<Device>): string[] {
  return [...devices].sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((d) => d.id);
}
