/** The side panel's device list: which devices match the operator's filter, in list order. */
import type { Device, DeviceKind, Presence } from './types.js';

export interface DeviceFilter {
  /** Matched against name and id, case-insensitively. */
  text: string;
  kind: DeviceKind | 'all';
  presence: Presence | 'all';
}

export interface FilteredDevices {
  /** At most `limit` rows: thousands of rows would freeze a phone. */
  rows: Device[];
  /** How many devices match in all. */
  matched: number;
}

export function filterDevices(order: readonly string[], devices: ReadonlyMap<string, Device>, filter: DeviceFilter, limit: number): FilteredDevices {
  const text = filter.text.trim().toLowerCase();
  const rows: Device[] = [];
  let matched = 0;
  for (const id of order) {
    const d = devices.get(id);
    if (!d) continue;
    if (filter.kind !== 'all' && d.kind !== filter.kind) continue;
    if (filter.presence !== 'all' && d.presence !== filter.presence) continue;
    if (text && !d.id.includes(text) && !d.name.toLowerCase().includes(text)) continue;
    matched++;
    if (rows.length < limit) rows.push(d);
  }
  return { rows, matched };
}
