/**
 * A case's trace on its map: the bike's track as read (GET /bikes/:id/track,
 * audited), then the hits heard since, as the live feed brings them. The trace
 * grows while the bike is ridden past stations, without reading (and auditing)
 * the track again for every hit.
 */
import type { Hit, Track } from './api.js';

export type TracePosition = NonNullable<Track['positions']>[number];

/** The track's positions, then one per station of the hits heard after its last; a hit at the last station lengthens that visit. */
export function traceWith(track: readonly TracePosition[], hits: readonly Hit[]): TracePosition[] {
  const trace = track.map((p) => ({ ...p }));
  const readUntil = trace.length ? Date.parse(trace.at(-1)!.last) : -Infinity;
  const newer = hits.filter((h) => Date.parse(h.heardAt) > readUntil).sort((a, b) => Date.parse(a.heardAt) - Date.parse(b.heardAt));
  for (const h of newer) {
    const last = trace.at(-1);
    if (last && last.station === h.station.id) {
      if (Date.parse(h.lastHeardAt) > Date.parse(last.last)) last.last = h.lastHeardAt;
      continue;
    }
    trace.push({ station: h.station.id, first: h.heardAt, last: h.lastHeardAt, lat: h.station.lat, lon: h.station.lon, rssiDbm: h.rssiDbm });
  }
  return trace;
}
