/**
 * The protocol's rules for a decoded uplink that the bytes alone cannot
 * enforce: it belongs to the topic it came on, and its values make sense.
 * Pure; throws ProtocolError.
 */
import { ProtocolError } from './errors.js';
import { isBodyAllowed, type UplinkBody, type UplinkFrame } from './frames.js';
import type { DeviceTopic } from './topics.js';

/** A base station reports at most this many tags per batch (PROTOCOL.md; the nanopb max_count). */
export const MAX_SIGHTINGS_PER_BATCH = 128;

export function validateUplink(topic: DeviceTopic, frame: UplinkFrame): void {
  const context = { deviceId: topic.deviceId, seq: frame.seq };
  if (topic.direction !== 'up') {
    throw new ProtocolError('PROTO_TOPIC_INVALID', 'devices publish only on their /up topic', context);
  }
  if (frame.deviceId !== topic.deviceId) {
    throw new ProtocolError('PROTO_DEVICE_MISMATCH', `frame device_id '${frame.deviceId}' does not match topic device '${topic.deviceId}'`, context);
  }
  if (!isBodyAllowed(topic.kind, frame.body.type)) {
    throw new ProtocolError('PROTO_KIND_MISMATCH', `a ${topic.kind} may not send ${frame.body.type}`, { ...context, body: frame.body.type });
  }
  if (frame.seq === 0) {
    throw new ProtocolError('PROTO_SEQ_MISSING', 'seq must be 1 or more', context);
  }
  const problem = bodyProblem(frame.body);
  if (problem) {
    throw new ProtocolError('PROTO_BODY_INVALID', `${frame.body.type}: ${problem}`, { ...context, body: frame.body.type });
  }
}

const isRssi = (dbm: number) => dbm >= -150 && dbm <= 0;

/** The first thing wrong with a body's values, or null. */
function bodyProblem(body: UplinkBody): string | null {
  switch (body.type) {
    case 'sightingBatch': {
      if (body.sightings.length === 0) return 'no sightings';
      if (body.sightings.length > MAX_SIGHTINGS_PER_BATCH) return `${body.sightings.length} sightings exceed ${MAX_SIGHTINGS_PER_BATCH}`;
      if (body.windowStartMs === 0) return 'window_start_ms missing';
      for (const s of body.sightings) {
        if (s.count === 0) return `tag ${tagHex(s.tagId)}: count must be 1 or more`;
        if (s.lastOffsetMs < s.firstOffsetMs) return `tag ${tagHex(s.tagId)}: last heard before first heard`;
        if (!isRssi(s.rssiDbm)) return `tag ${tagHex(s.tagId)}: rssi ${s.rssiDbm} dBm out of range`;
      }
      const ids = new Set(body.sightings.map((s) => s.tagId));
      if (ids.size !== body.sightings.length) return 'a tag appears twice in one batch';
      return null;
    }
    case 'pillarEvent':
      return body.event === 'PILLAR_EVENT_TYPE_UNSPECIFIED' ? 'event type unspecified or unknown' : null;
    case 'gpsFix':
      if (Math.abs(body.latE7) > 900_000_000 || Math.abs(body.lonE7) > 1_800_000_000) return 'position out of range';
      if (body.headingDeg > 359) return `heading ${body.headingDeg} out of range`;
      return null;
    case 'commandAck':
      if (body.commandId === 0) return 'command_id missing';
      return body.status === 'ACK_STATUS_UNSPECIFIED' ? 'status unspecified or unknown' : null;
    case 'stationHeartbeat':
      return body.backhaulRssiDbm > 0 ? 'backhaul rssi must be 0 or negative' : null;
    case 'pillarHeartbeat':
    case 'tagHeartbeat':
      return null;
  }
}

/** Tag ids print as the 8 hex digits on the plate. */
export function tagHex(tagId: number): string {
  return (tagId >>> 0).toString(16).padStart(8, '0');
}
