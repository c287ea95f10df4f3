/** Device and map schemas: the single source for validation, types and the OpenAPI document. */
import { Type, type Static } from 'typebox';

export const DeviceKind = Type.Enum(['pillar', 'station', 'tag']);
export const Presence = Type.Enum(['never_seen', 'online', 'offline']);

export const Device = Type.Object(
  {
    id: Type.String(),
    kind: DeviceKind,
    name: Type.String(),
    lat: Type.Union([Type.Number(), Type.Null()]),
    lon: Type.Union([Type.Number(), Type.Null()]),
    registeredAt: Type.String({ format: 'date-time' }),
    lastSeenAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    presence: Presence,
    presenceSince: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    heartbeatIntervalS: Type.Integer({ description: 'the interval the device reports, else its kind’s default' }),
    offlineAfterS: Type.Integer({ description: 'silence after which the device counts as offline' }),
  },
  { $id: 'Device' },
);
export type DeviceJson = Static<typeof Device>;

export const RegisterDeviceBody = Type.Object(
  {
    kind: DeviceKind,
    id: Type.Optional(Type.String({ pattern: '^[a-z0-9][a-z0-9-]{2,63}$', description: 'the serial printed on the device; generated when absent' })),
    name: Type.Optional(Type.String({ maxLength: 200 })),
    lat: Type.Optional(Type.Number({ minimum: -90, maximum: 90 })),
    lon: Type.Optional(Type.Number({ minimum: -180, maximum: 180 })),
    secret: Type.Optional(Type.String({ pattern: '^[0-9a-f]{32}$', description: 'a secret provisioned at the factory; generated when absent' })),
  },
  { additionalProperties: false },
);

export const ConnectionInfo = Type.Object({
  mqtt: Type.Object({ port: Type.Integer(), clientId: Type.String(), username: Type.String(), uplinkTopic: Type.String(), downlinkTopic: Type.String() }),
  coap: Type.Object({ port: Type.Integer(), path: Type.String({ description: 'POST MAC-signed frames here (UDP)' }) }),
});

export const RegisteredDevice = Type.Object({
  device: Device,
  secret: Type.String({ description: 'shown this once: the MQTT password and the key of frame MACs' }),
  connect: ConnectionInfo,
});

export const DeviceListQuery = Type.Object({
  kind: Type.Optional(DeviceKind),
  presence: Type.Optional(Presence),
});

export const DeviceList = Type.Object({
  devices: Type.Array(Device),
  counts: Type.Object({ never_seen: Type.Integer(), online: Type.Integer(), offline: Type.Integer() }),
});

/** PATCH /devices/:id: where the device stands (WGS-84, as every stored position), and optionally its name. */
export const PlaceDeviceBody = Type.Object(
  {
    lat: Type.Number({ minimum: -90, maximum: 90 }),
    lon: Type.Number({ minimum: -180, maximum: 180 }),
    name: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);

export const DeviceIdParams = Type.Object({ id: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{2,63}$' }) });

export const DeviceDetail = Type.Object({
  device: Device,
  presenceHistory: Type.Array(Type.Object({ at: Type.String({ format: 'date-time' }), presence: Type.String(), reason: Type.String() })),
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
  offline: Type.Optional(Type.Boolean({ description: "drawn from the overlay layers (roads, water, places, jurisdictions): no tile server" })),
  styleUrl: Type.Optional(Type.String({ description: 'a MapLibre style' })),
  pmtilesUrl: Type.Optional(Type.String({ description: 'a PMTiles archive (Protomaps basemap layers, or raster)' })),
  tiles: Type.Optional(Type.Array(Type.String(), { description: 'raster tile URL templates with {z} {x} {y}' })),
  tianditu: Type.Optional(Type.Object({ key: Type.String({ description: "the Tianditu browser key (tk)" }), layer: Type.Optional(Type.Enum(['vec', 'img', 'ter'])) })),
  amap: Type.Optional(Type.Object({ style: Type.Optional(Type.Enum(['road', 'satellite'])) })),
  attribution: Type.Optional(Type.String()),
  maxZoom: Type.Optional(Type.Number()),
});

export const MapConfig = Type.Object({
  styleUrl: Type.Union([Type.String(), Type.Null()]),
  center: Type.Tuple([Type.Number(), Type.Number()]),
  zoom: Type.Number(),
  basemaps: Type.Array(Basemap, { description: 'empty: the dashboard offers styleUrl (if any) and its offline basemap' }),
  timeZone: Type.String({ description: "the zone the platform's times are read in (IANA)" }),
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
