/** Devices as GeoJSON for the map: one FeatureCollection per kind, only devices with a position. */
import type { FeatureCollection, Point } from 'geojson';
import { hasPosition } from './fleet-state.js';
import type { Device, DeviceKind, Presence } from './types.js';

/** What a device feature carries; the layers style by `presence`, clicks look up `id`. */
export interface DeviceFeatureProps {
  id: string;
  name: string;
  kind: DeviceKind;
  presence: Presence;
}

export function deviceFeatures(devices: Iterable<Device>, kind: DeviceKind): FeatureCollection<Point, DeviceFeatureProps> {
  const features: FeatureCollection<Point, DeviceFeatureProps>['features'] = [];
  for (const d of devices) {
    if (d.kind !== kind || !hasPosition(d)) continue;
    features.push({
      type: 'Feature',
      // WGS-84 as registered: no GCJ-02 shift (the platform and its overlays are all WGS-84).
      geometry: { type: 'Point', coordinates: [d.lon, d.lat] },
      properties: { id: d.id, name: d.name, kind: d.kind, presence: d.presence },
    });
  }
  return { type: 'FeatureCollection', features };
}
