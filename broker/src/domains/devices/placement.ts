/**
 * Where a device stands among the jurisdictions, from its position: placed
 * (in one or more, with their ancestors), outside every boundary (kept and
 * flagged, for an administrator to look at), or without a position.
 */
import type { JurisdictionMap } from '../organisation/jurisdiction-map.js';
import type { Placement } from './store.js';

export function placeOf(map: JurisdictionMap, lat: number | null, lon: number | null): { jurisdictions: string[]; placement: Placement } {
  if (lat === null || lon === null) return { jurisdictions: [], placement: 'no_position' };
  const jurisdictions = map.locate(lon, lat);
  return { jurisdictions, placement: jurisdictions.length > 0 ? 'placed' : 'outside' };
}

export const samePlace = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((j, i) => j === b[i]);
