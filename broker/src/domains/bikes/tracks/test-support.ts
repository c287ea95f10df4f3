/** Sightings for track tests: rows written straight into tag_sightings (the pipeline stamps received_at with now; history needs older). */
import type { Queryable } from '@watchpost/ingest';

export interface SightingRow {
  station: string;
  tagId: number;
  /** received_at; the batch window heard the tag from firstMs to lastMs (default: the 4 s before). */
  atMs: number;
  firstMs?: number;
  lastMs?: number;
  rssiDbm?: number;
}

/** Inserts rows in statements of 5,000. */
export async function insertSightings(db: Queryable, rows: readonly SightingRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 5_000) {
    const chunk = rows.slice(i, i + 5_000).map((r, j) => [r.station, i + j + 1, r.atMs, r.tagId, r.firstMs ?? r.atMs - 4_000, r.lastMs ?? r.atMs, r.rssiDbm ?? -70, 3]);
    await db.query(
      `INSERT INTO tag_sightings (station_id, seq, received_at, tag_id, first_heard, last_heard, rssi_dbm, beacons)
       SELECT e->>0, (e->>1)::int8, to_timestamp((e->>2)::float8 / 1000), (e->>3)::int8, to_timestamp((e->>4)::float8 / 1000), to_timestamp((e->>5)::float8 / 1000), (e->>6)::int2, (e->>7)::int4
         FROM jsonb_array_elements($1::jsonb) AS e`,
      [JSON.stringify(chunk)],
    );
  }
}

export interface Ride {
  tagId: number;
  /** The stations passed, in order. */
  stations: readonly string[];
  startMs: number;
  /** From one station's first window to the next's. */
  hopMs: number;
  /** Batch windows per station passed (each a sighting row), `windowMs` apart. */
  windows: number;
  windowMs?: number;
}

/** The sightings of a ride: each station hears the tag in `windows` consecutive windows. */
export function rideSightings(ride: Ride): SightingRow[] {
  const windowMs = ride.windowMs ?? 5_000;
  const rows: SightingRow[] = [];
  ride.stations.forEach((station, i) => {
    for (let w = 0; w < ride.windows; w++) {
      const windowStart = ride.startMs + i * ride.hopMs + w * windowMs;
      // Heard from just after the window opens to a second before it closes; received as it closes.
      rows.push({ station, tagId: ride.tagId, atMs: windowStart + windowMs + 200, firstMs: windowStart + 500, lastMs: windowStart + windowMs - 1_000, rssiDbm: -60 - w });
    }
  });
  return rows;
}
