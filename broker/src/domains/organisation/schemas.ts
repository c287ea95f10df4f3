/** Schemas of the organisation: jurisdictions, units, the map's configuration and layers. */
import { Type } from 'typebox';
import { JURISDICTION_KINDS, UNIT_KINDS } from './store.js';

const Id = Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,63}$' });
const Position = Type.Array(Type.Number(), { minItems: 2, maxItems: 3 });
/** GeoJSON (Multi)Polygon; closed rings and coordinates in range are checked by the service, with a sentence. */
export const Boundary = Type.Union([
  Type.Object({ type: Type.Literal('Polygon'), coordinates: Type.Array(Type.Array(Position, { minItems: 4 }), { minItems: 1 }) }),
  Type.Object({ type: Type.Literal('MultiPolygon'), coordinates: Type.Array(Type.Array(Type.Array(Position, { minItems: 4 }), { minItems: 1 }), { minItems: 1 }) }),
]);

export const Jurisdiction = Type.Object({
  id: Id,
  name: Type.String({ minLength: 1, maxLength: 200 }),
  kind: Type.Enum([...JURISDICTION_KINDS]),
  // Null first: with type coercion on (for query strings), a null tried against String first becomes '' (a parent named '').
  parentId: Type.Optional(Type.Union([Type.Null(), Type.String()])),
});

export const JurisdictionWithBoundary = Type.Object({ ...Jurisdiction.properties, boundary: Type.Union([Type.Null(), Boundary]) });
export const JurisdictionBody = Type.Object({ ...Type.Omit(Jurisdiction, ['id']).properties, boundary: Type.Optional(Type.Union([Type.Null(), Boundary])) }, { additionalProperties: false });
export const JurisdictionParams = Type.Object({ id: Id });

export const BoundaryImport = Type.Object(
  { type: Type.Literal('FeatureCollection'), features: Type.Array(Type.Any(), { minItems: 1, maxItems: 5_000 }) },
  { description: 'GeoJSON Features with properties id, name (or name_zh), kind and parentId, and a Polygon or MultiPolygon geometry' },
);

export const Unit = Type.Object({
  id: Id,
  name: Type.String({ minLength: 1, maxLength: 200 }),
  kind: Type.Enum([...UNIT_KINDS]),
  jurisdictionId: Type.Optional(Type.Union([Type.Null(), Type.String()])),
});

/**
 * A basemap the dashboard offers (MAP_BASEMAPS): exactly one of offline, styleUrl, pmtilesUrl,
 * tiles (raster XYZ templates), tianditu or amap; coordinateSystem says which datum its tiles are
 * drawn in (GCJ-02 for AMap: positions are shifted on the way to the map and back).
 */
export const Basemap = Type.Object({
  id: Type.String(),
  title: Type.Optional(Type.String()),
  coordinateSystem: Type.Enum(['wgs84', 'gcj02']),
  offline: Type.Optional(Type.Boolean({ description: 'drawn from the overlay layers (roads, water, places, jurisdictions): no tile server' })),
  styleUrl: Type.Optional(Type.String({ description: 'a MapLibre style' })),
  pmtilesUrl: Type.Optional(Type.String({ description: 'a PMTiles archive (Protomaps basemap layers, or raster)' })),
  tiles: Type.Optional(Type.Array(Type.String(), { description: 'raster tile URL templates with {z} {x} {y}' })),
  tianditu: Type.Optional(Type.Object({ key: Type.String({ description: 'the Tianditu browser key (tk)' }), layer: Type.Optional(Type.Enum(['vec', 'img', 'ter'])) })),
  amap: Type.Optional(Type.Object({ style: Type.Optional(Type.Enum(['road', 'satellite'])) })),
  attribution: Type.Optional(Type.String()),
  maxZoom: Type.Optional(Type.Number()),
});

export const MapConfig = Type.Object({
  styleUrl: Type.Union([Type.String(), Type.Null()]),
  center: Type.Tuple([Type.Number(), Type.Number()]),
  zoom: Type.Number(),
  basemaps: Type.Array(Basemap, { description: 'empty: the dashboard offers styleUrl (if any) and its offline basemap' }),
  timeZone: Type.String({ description: "the platform's time zone (IANA), in which the dashboard shows times" }),
});

export const MapLayerBody = Type.Object(
  {
    title: Type.Optional(Type.String({ maxLength: 200 })),
    geojson: Type.Object({ type: Type.Literal('FeatureCollection'), features: Type.Array(Type.Any(), { maxItems: 50_000 }) }),
  },
  { additionalProperties: false },
);

export const MapLayer = Type.Object({ name: Type.String(), title: Type.String(), geojson: Type.Any(), updatedAt: Type.String({ format: 'date-time' }) });
export const MapLayerParams = Type.Object({ name: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,63}$' }) });
