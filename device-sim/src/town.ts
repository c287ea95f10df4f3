/**
 * A synthetic town for demos and tests: a grid of streets around a centre,
 * base stations at crossings, pillars along the streets, and two police-
 * station jurisdictions splitting it. Deterministic, so a restarted
 * simulator draws the same town.
 */
export interface Town {
  center: [number, number];
  roads: GeoJSON.FeatureCollection;
  jurisdictions: GeoJSON.FeatureCollection;
  crossings: [number, number][];
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** A town of `blocks` × `blocks` street blocks, each about `blockM` metres, centred on [lon, lat]. */
export function buildTown(center: [number, number], blocks = 8, blockM = 400): Town {
  const [lon0, lat0] = center;
  const dLat = blockM / 111_320;
  const dLon = blockM / (111_320 * Math.cos((lat0 * Math.PI) / 180));
  const half = blocks / 2;
  const lonAt = (i: number) => round(lon0 + (i - half) * dLon);
  const latAt = (j: number) => round(lat0 + (j - half) * dLat);

  const roads: GeoJSON.Feature[] = [];
  for (let i = 0; i <= blocks; i++) {
    roads.push({
      type: 'Feature',
      properties: { kind: i === half ? 'main' : 'street' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [lonAt(i), latAt(0)],
          [lonAt(i), latAt(blocks)],
        ],
      },
    });
    roads.push({
      type: 'Feature',
      properties: { kind: i === half ? 'main' : 'street' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [lonAt(0), latAt(i)],
          [lonAt(blocks), latAt(i)],
        ],
      },
    });
  }
  const box = (i0: number, i1: number, name: string): GeoJSON.Feature => ({
    type: 'Feature',
    properties: { name },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [lonAt(i0), latAt(0)],
          [lonAt(i1), latAt(0)],
          [lonAt(i1), latAt(blocks)],
          [lonAt(i0), latAt(blocks)],
          [lonAt(i0), latAt(0)],
        ],
      ],
    },
  });
  const crossings: [number, number][] = [];
  for (let i = 0; i <= blocks; i++) for (let j = 0; j <= blocks; j++) crossings.push([lonAt(i), latAt(j)]);
  return {
    center,
    roads: { type: 'FeatureCollection', features: roads },
    jurisdictions: { type: 'FeatureCollection', features: [box(0, half, 'West police station'), box(half, blocks, 'East police station')] },
    crossings,
  };
}
