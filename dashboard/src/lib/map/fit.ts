/** Where the map looks on first load and on "fit": every device the user may see that has a position. */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { LonLat } from '../geo/gcj02.js';
import { hasPosition } from '../fleet-state.js';
import type { Device } from '../types.js';
import type { Datum } from './datum.js';

export type Bounds = [southWest: LonLat, northEast: LonLat];

/** The box around the points, or null with none. One point is a box of no size (fitBounds' maxZoom decides). */
export function boundsOf(points: Iterable<LonLat>): Bounds | null {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const [lon, lat] of points) {
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) continue;
    w = Math.min(w, lon);
    e = Math.max(e, lon);
    s = Math.min(s, lat);
    n = Math.max(n, lat);
  }
  return w === Infinity
    ? null
    : [
        [w, s],
        [e, n],
      ];
}

/** Street level: a lone device is shown with the streets around it, not a single building. */
export const FIT_MAX_ZOOM = 16;

/** Moves the map to show every device with a position (as this basemap draws them); false if there is none. */
export function fitMap(map: MaplibreMap, devices: Iterable<Device>, datum: Datum, animate: boolean): boolean {
  const points: LonLat[] = [];
  for (const d of devices) if (hasPosition(d)) points.push(datum.toMap([d.lon, d.lat]));
  const bounds = boundsOf(points);
  if (!bounds) return false;
  const small = Math.min(map.getContainer().clientWidth, map.getContainer().clientHeight);
  const side = Math.min(60, Math.max(16, small / 8));
  // Clear of the map's own controls above and the legend below.
  const padding = { top: side + 40, bottom: Math.min(side + 90, small / 3), left: side, right: side };
  map.fitBounds(bounds, { padding, maxZoom: FIT_MAX_ZOOM, animate, essential: true });
  return true;
}
