/**
 * Every device the operator can see, kept current from the live feed. The map of
 * devices is replaced (copy on write) on each applied batch, so anything reading
 * `devices` re-runs once per batch, never once per device.
 */
import { applyChanges, applySnapshot, countByPresence, sortedIds, type ChangedKinds } from './fleet-state.js';
import type { Device, DeviceKind, LiveEvent } from './types.js';

export class Fleet {
  /** Devices by id; a new Map after each change. */
  devices = $state.raw<ReadonlyMap<string, Device>>(new Map());
  /** Ids in list order (by name); recomputed only when devices come, go or are renamed. */
  order = $state.raw<readonly string[]>([]);
  /** Bumped per kind when a device of that kind changes: each map source redraws on its own. */
  readonly revisions = $state<Record<DeviceKind, number>>({ pillar: 0, station: 0, tag: 0 });
  /** True once the first snapshot is in. */
  loaded = $state(false);
  readonly counts = $derived(countByPresence(this.devices.values()));

  applySnapshot(snapshot: readonly Device[]): void {
    const next = new Map(this.devices);
    this.commit(next, applySnapshot(next, snapshot), true);
    this.loaded = true;
  }

  applyChanges(events: readonly LiveEvent[]): void {
    const next = new Map(this.devices);
    this.commit(
      next,
      applyChanges(next, events),
      events.some((e) => e.type === 'device'),
    );
  }

  private commit(next: Map<string, Device>, changed: ChangedKinds, reorder: boolean): void {
    if (changed.size === 0) return;
    this.devices = next;
    if (reorder) this.order = sortedIds(next.values());
    for (const kind of changed) this.revisions[kind]++;
  }
}
