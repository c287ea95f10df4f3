/** Device schemas: the single source for validation, types and the OpenAPI document. */
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
    jurisdictions: Type.Array(Type.String(), { description: 'the jurisdictions it stands in, their ancestors included' }),
    placement: Type.Enum(['placed', 'outside', 'no_position'], { description: 'placed in a jurisdiction, outside every boundary (flagged), or without a position' }),
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
  placement: Type.Optional(Type.Enum(['placed', 'outside', 'no_position'])),
});

/** A new name or position (installers place a device from the map or their phone's location). */
export const MoveDeviceBody = Type.Object(
  {
    lat: Type.Union([Type.Null(), Type.Number({ minimum: -90, maximum: 90 })]),
    lon: Type.Union([Type.Null(), Type.Number({ minimum: -180, maximum: 180 })]),
    name: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);

export const DeviceList = Type.Object({
  devices: Type.Array(Device),
  counts: Type.Object({ never_seen: Type.Integer(), online: Type.Integer(), offline: Type.Integer() }),
});

export const DeviceIdParams = Type.Object({ id: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{2,63}$' }) });

export const DeviceDetail = Type.Object({
  device: Device,
  presenceHistory: Type.Array(Type.Object({ at: Type.String({ format: 'date-time' }), presence: Type.String(), reason: Type.String() })),
});
