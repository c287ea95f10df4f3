import { ProtocolError } from './errors.js';

/** The three kinds of device the platform knows. */
export const DEVICE_KINDS = ['pillar', 'station', 'tag'] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];

/** Every topic of protocol v1 starts with this prefix (CoAP paths too). */
export const TOPIC_PREFIX = 'wp/v1';

/**
 * Device ids: 3 to 64 characters, lower-case letters, digits and '-', starting
 * with a letter or digit. Safe in MQTT topics, CoAP paths, URLs and file names.
 */
export const DEVICE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{2,63}$/;

export type Direction = 'up' | 'down';

export interface DeviceTopic {
  kind: DeviceKind;
  deviceId: string;
  direction: Direction;
}

export function isDeviceKind(value: string): value is DeviceKind {
  return (DEVICE_KINDS as readonly string[]).includes(value);
}

export function isValidDeviceId(value: string): boolean {
  return DEVICE_ID_PATTERN.test(value);
}

/** wp/v1/{kind}/{deviceId}/up: what a device publishes. */
export function uplinkTopic(kind: DeviceKind, deviceId: string): string {
  return `${TOPIC_PREFIX}/${kind}/${deviceId}/up`;
}

/** wp/v1/{kind}/{deviceId}/down: what a device subscribes to for commands. */
export function downlinkTopic(kind: DeviceKind, deviceId: string): string {
  return `${TOPIC_PREFIX}/${kind}/${deviceId}/down`;
}

/** Parses a v1 device topic (or CoAP path, with or without a leading '/'); throws PROTO_TOPIC_INVALID. */
export function parseDeviceTopic(topic: string): DeviceTopic {
  const levels = topic.replace(/^\//, '').split('/');
  const [wp, version, kind, deviceId, direction] = levels;
  if (levels.length !== 5 || `${wp}/${version}` !== TOPIC_PREFIX) {
    throw new ProtocolError('PROTO_TOPIC_INVALID', `topic must be ${TOPIC_PREFIX}/{kind}/{deviceId}/{up|down}`, { topic });
  }
  if (!kind || !isDeviceKind(kind)) {
    throw new ProtocolError('PROTO_TOPIC_INVALID', `unknown device kind '${kind}' (expected ${DEVICE_KINDS.join(', ')})`, { topic });
  }
  if (!deviceId || !isValidDeviceId(deviceId)) {
    throw new ProtocolError('PROTO_TOPIC_INVALID', `invalid device id '${deviceId}'`, { topic });
  }
  if (direction !== 'up' && direction !== 'down') {
    throw new ProtocolError('PROTO_TOPIC_INVALID', `last topic level must be 'up' or 'down'`, { topic });
  }
  return { kind, deviceId, direction };
}
