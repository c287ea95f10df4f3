/** Devices as GeoJSON for the map: one FeatureCollection per kind, only devices with a position. */
import type { FeatureCollection, Point } from 'geojson';
import { hasPosition } from './fleet-state.js';
import { WGS84, type Datum } from './map/datum.js';
import type { Device, DeviceKind, Presence } from './types.js';

/** What a device feature carries; the layers style by `presence`, label by `label`, clicks look up `id`. */
export interface DeviceFeatureProps {
  id: string;
  name: string;
  /** What the map writes beside it: the name, else the id. */
  label: string;
  kind: DeviceKind;
  presence: Presence;
}

/** Positions are WGS-84 as registered; `datum` shifts them for a GCJ-02 basemap. */
export function deviceFeatures(devices: Iterable<Device>, kind: DeviceKind, datum: Datum = WGS84): FeatureCollection<Point, DeviceFeatureProps> {
  const features: FeatureCollection<Point, DeviceFeatureProps>['features'] = [];
  for (const d of devices) {
    if (d.kind !== kind || !hasPosition(d)) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: datum.toMap([d.lon, d.lat]) },
      properties: { id: d.id, name: d.name, label: d.name || d.id, kind: d.kind, presence: d.presence },
    });
  }
  return { type: 'FeatureCollection', features };
}
