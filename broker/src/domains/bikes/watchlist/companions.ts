/**
 * Companion analysis (伴随分析): the tags heard at the same stations within
 * the same windows as a stolen bike's tag (a thief's own bike, a van's tag,
 * an accomplice's fob), ranked by how many distinct stations they shared,
 * then by how many of the bike's visits they were heard around. A tag heard
 * with it at one station only is anyone passing by: two stations at least.
 */
import type { Queryable } from '@watchpost/ingest';

export interface Companion {
  tag_id: number;
  stations: number;
  together: number;
  first_heard: Date;
  last_heard: Date;
  bike_id: string | null;
  plate: string | null;
}

export async function companionsOf(db: Queryable, tagId: number, range: { fromMs: number; toMs: number }, windowS: number, limit: number): Promise<{ visits: number; companions: Companion[] }> {
  const params = [tagId, range.fromMs, range.toMs, windowS, limit];
  const { rows } = await db.query<Companion & { visits: number }>(
    `WITH mine AS (
       SELECT station_id, min(first_heard) AS first_heard, max(last_heard) AS last_heard
         FROM tag_sightings
        WHERE tag_id = $1 AND received_at >= to_timestamp($2::float8 / 1000) AND received_at < to_timestamp($3::float8 / 1000)
        GROUP BY station_id, date_trunc('minute', first_heard)
     ),
     near AS (
       SELECT s.tag_id, m.station_id, m.first_heard AS visit, min(s.first_heard) AS first_heard, max(s.last_heard) AS last_heard
         FROM mine m
         JOIN tag_sightings s ON s.station_id = m.station_id
          AND s.received_at BETWEEN m.first_heard - make_interval(secs => $4::float8) AND m.last_heard + make_interval(secs => $4::float8 + 60)
          AND s.first_heard <= m.last_heard + make_interval(secs => $4::float8) AND s.last_heard >= m.first_heard - make_interval(secs => $4::float8)
        WHERE s.tag_id <> $1
        GROUP BY s.tag_id, m.station_id, m.first_heard
     ),
     ranked AS (
       SELECT tag_id, count(DISTINCT station_id)::int AS stations, count(*)::int AS together, min(first_heard) AS first_heard, max(last_heard) AS last_heard
         FROM near GROUP BY tag_id HAVING count(DISTINCT station_id) >= 2
     )
     SELECT r.tag_id::float8 AS tag_id, r.stations, r.together, r.first_heard, r.last_heard, t.bike_id, b.plate, (SELECT count(*)::int FROM mine) AS visits
       FROM ranked r LEFT JOIN bike_tags t ON t.tag_id = r.tag_id LEFT JOIN bikes b ON b.id = t.bike_id
      ORDER BY r.stations DESC, r.together DESC, r.tag_id
      LIMIT $5`,
    params,
  );
  const visits =
    rows[0]?.visits ??
    (
      await db.query<{ n: number }>(
        `SELECT count(DISTINCT (station_id, date_trunc('minute', first_heard)))::int AS n FROM tag_sightings WHERE tag_id = $1 AND received_at >= to_timestamp($2::float8 / 1000) AND received_at < to_timestamp($3::float8 / 1000)`,
        params.slice(0, 3),
      )
    ).rows[0]!.n;
  return { visits, companions: rows.map(({ visits: _v, ...c }) => c) };
}
