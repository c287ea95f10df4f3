/** Tracks and activity as the API answers them. */
import type { ActivitySummary, StationMinutes } from './activity.js';
import type { Static } from 'typebox';
import type { ActivitySummaryBody, StationMinutesBody, TrackJson } from './schemas.js';
import type { Track } from './service.js';
import type { StationLocator } from './track.js';

const iso = (ms: number | Date) => new Date(ms).toISOString();

export function trackJson(track: Track, locate: StationLocator): TrackJson {
  const place = (station: string) => {
    const at = locate(station);
    return { station, lat: at?.lat ?? null, lon: at?.lon ?? null };
  };
  return {
    from: iso(track.from),
    to: iso(track.to),
    resolution: track.resolution,
    source: track.source,
    bucketS: track.bucketMs === null ? null : track.bucketMs / 1000,
    ...(track.positions ? { positions: track.positions.map((p) => ({ ...place(p.station), first: iso(p.firstMs), last: iso(p.lastMs), rssiDbm: p.rssiDbm })) } : {}),
    ...(track.buckets
      ? { buckets: track.buckets.map((b) => ({ start: iso(b.startMs), first: iso(b.firstMs), last: iso(b.lastMs), ...place(b.station), stations: b.stations, positions: b.positions })) }
      : {}),
    trips: track.trips.map((t) => ({
      start: iso(t.startMs),
      end: iso(t.endMs),
      fromStation: t.fromStation,
      toStation: t.toStation,
      positions: t.positions,
      stations: t.stations,
      distanceM: t.distanceM,
      durationS: t.durationS,
      avgSpeedKmh: t.avgSpeedKmh,
    })),
    stops: track.stops.map((s) => ({ kind: s.kind, ...place(s.station), from: iso(s.fromMs), to: iso(s.toMs), durationS: Math.round((s.toMs - s.fromMs) / 1000), nextStation: s.nextStation })),
    totals: {
      positions: track.positionCount,
      trips: track.trips.length,
      distanceM: track.trips.reduce((sum, t) => sum + t.distanceM, 0),
      movingS: track.trips.reduce((sum, t) => sum + t.durationS, 0),
    },
  };
}

export function stationMinutesJson(m: StationMinutes): Static<typeof StationMinutesBody> {
  return { stationId: m.station.id, from: iso(m.from), to: iso(m.to), minutes: m.minutes.map((r) => ({ at: iso(r.minute), tags: r.tags, sightings: r.sightings })) };
}

export function activitySummaryJson(s: ActivitySummary): Static<typeof ActivitySummaryBody> {
  return {
    from: iso(s.from),
    to: iso(s.to),
    stations: s.stations.map((r) => ({
      stationId: r.station.id,
      name: r.station.name,
      lat: r.station.lat,
      lon: r.station.lon,
      minutes: r.minutes,
      peakTags: r.peak_tags,
      avgTags: Math.round((r.tag_minutes / r.minutes) * 100) / 100,
      sightings: r.sightings,
    })),
  };
}
