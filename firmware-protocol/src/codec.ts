/**
 * Uplink and downlink frames: bytes <-> the plain objects of frames.ts.
 * Pure: no I/O. Decoding never throws anything but ProtocolError.
 */
import { watchpost } from './generated/watchpost.js';
import { ProtocolError } from './errors.js';
import { appendMac, splitMac, type MacKey } from './mac.js';
import type { DownlinkCommand, DownlinkFrame, UplinkBody, UplinkFrame } from './frames.js';

const pb = watchpost.v1;

/** The largest frame the platform accepts, in bytes (a full 128-tag sighting batch is about 2.5 KiB). */
export const MAX_FRAME_BYTES = 4096;

/** A decoded uplink with the MAC split off: `signed` is the part the MAC covers. */
export interface DecodedUplink {
  frame: UplinkFrame;
  mac: Uint8Array | null;
  signed: Uint8Array;
}

type Longish = number | { low: number; high: number; unsigned?: boolean };

/** uint64 → number, refusing values past 2^53 rather than silently rounding them. */
function toSafeNumber(value: Longish | null | undefined, field: string): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') return value;
  const high = value.high >>> 0;
  if (high >= 0x200000) {
    throw new ProtocolError('PROTO_VALUE_OUT_OF_RANGE', `${field} exceeds 2^53`, { field });
  }
  return high * 0x1_0000_0000 + (value.low >>> 0);
}

/** Enum number → name; values this version does not know read as *_UNSPECIFIED. */
function enumName<T extends string>(values: Record<string | number, string | number>, value: number | null | undefined, unspecified: T): T {
  const name = values[value ?? 0];
  return (typeof name === 'string' ? name : unspecified) as T;
}

function enumValue(values: Record<string | number, string | number>, name: string): number {
  const value = values[name];
  return typeof value === 'number' ? value : 0;
}

/** Decodes one uplink frame; throws ProtocolError with a code saying why it was refused. */
export function decodeUplink(bytes: Uint8Array, maxBytes = MAX_FRAME_BYTES): DecodedUplink {
  if (bytes.length === 0) throw new ProtocolError('PROTO_FRAME_EMPTY', 'empty frame');
  if (bytes.length > maxBytes) {
    throw new ProtocolError('PROTO_FRAME_TOO_LARGE', `frame of ${bytes.length} bytes exceeds ${maxBytes}`, { bytes: bytes.length, maxBytes });
  }
  let msg: watchpost.v1.Uplink;
  try {
    msg = pb.Uplink.decode(bytes);
  } catch (err) {
    throw new ProtocolError('PROTO_MALFORMED', `not a valid Uplink frame: ${(err as Error).message}`, { bytes: bytes.length });
  }
  const { mac, signed } = splitMac(bytes, msg.mac);
  return {
    frame: {
      deviceId: msg.deviceId,
      seq: msg.seq,
      deviceTimeMs: toSafeNumber(msg.deviceTimeMs, 'device_time_ms'),
      body: uplinkBody(msg),
    },
    mac,
    signed,
  };
}

function uplinkBody(msg: watchpost.v1.Uplink): UplinkBody {
  if (msg.pillarHeartbeat) {
    const b = msg.pillarHeartbeat;
    return {
      type: 'pillarHeartbeat',
      power: enumName(pb.PowerSource, b.power, 'POWER_SOURCE_UNSPECIFIED'),
      batteryMv: b.batteryMv ?? 0,
      doorOpen: b.doorOpen ?? false,
      camera: enumName(pb.CameraStatus, b.camera, 'CAMERA_STATUS_UNSPECIFIED'),
      intervalS: b.intervalS ?? 0,
      firmwareVersion: b.firmwareVersion ?? '',
    };
  }
  if (msg.stationHeartbeat) {
    const b = msg.stationHeartbeat;
    return {
      type: 'stationHeartbeat',
      tagsHeard: b.tagsHeard ?? 0,
      backhaul: enumName(pb.BackhaulType, b.backhaul, 'BACKHAUL_TYPE_UNSPECIFIED'),
      backhaulRssiDbm: b.backhaulRssiDbm ?? 0,
      intervalS: b.intervalS ?? 0,
      firmwareVersion: b.firmwareVersion ?? '',
      uptimeS: b.uptimeS ?? 0,
    };
  }
  if (msg.tagHeartbeat) {
    const b = msg.tagHeartbeat;
    return {
      type: 'tagHeartbeat',
      batteryMv: b.batteryMv ?? 0,
      intervalS: b.intervalS ?? 0,
      signalDbm: b.signalDbm ?? 0,
      firmwareVersion: b.firmwareVersion ?? '',
    };
  }
  if (msg.sightingBatch) {
    const b = msg.sightingBatch;
    return {
      type: 'sightingBatch',
      windowStartMs: toSafeNumber(b.windowStartMs as Longish, 'window_start_ms'),
      sightings: (b.sightings ?? []).map((s) => ({
        tagId: s.tagId ?? 0,
        rssiDbm: s.rssiDbm ?? 0,
        firstOffsetMs: s.firstOffsetMs ?? 0,
        lastOffsetMs: s.lastOffsetMs ?? 0,
        count: s.count ?? 0,
      })),
    };
  }
  if (msg.pillarEvent) {
    return { type: 'pillarEvent', event: enumName(pb.PillarEventType, msg.pillarEvent.type, 'PILLAR_EVENT_TYPE_UNSPECIFIED') };
  }
  if (msg.gpsFix) {
    const b = msg.gpsFix;
    return {
      type: 'gpsFix',
      latE7: b.latE7 ?? 0,
      lonE7: b.lonE7 ?? 0,
      accuracyM: b.accuracyM ?? 0,
      speedDkmh: b.speedDkmh ?? 0,
      headingDeg: b.headingDeg ?? 0,
      fixTimeMs: toSafeNumber(b.fixTimeMs as Longish, 'fix_time_ms'),
      satellites: b.satellites ?? 0,
    };
  }
  if (msg.commandAck) {
    const b = msg.commandAck;
    return {
      type: 'commandAck',
      commandId: b.commandId ?? 0,
      status: enumName(pb.AckStatus, b.status, 'ACK_STATUS_UNSPECIFIED'),
      detail: b.detail ?? '',
    };
  }
  throw new ProtocolError('PROTO_NO_BODY', 'frame carries no body', { deviceId: msg.deviceId, seq: msg.seq });
}

function uplinkMessage(frame: UplinkFrame): watchpost.v1.Uplink.$Properties {
  const head = { deviceId: frame.deviceId, seq: frame.seq, deviceTimeMs: frame.deviceTimeMs };
  const b = frame.body;
  switch (b.type) {
    case 'pillarHeartbeat':
      return { ...head, pillarHeartbeat: { ...b, power: enumValue(pb.PowerSource, b.power), camera: enumValue(pb.CameraStatus, b.camera) } };
    case 'stationHeartbeat':
      return { ...head, stationHeartbeat: { ...b, backhaul: enumValue(pb.BackhaulType, b.backhaul) } };
    case 'tagHeartbeat':
      return { ...head, tagHeartbeat: b };
    case 'sightingBatch':
      return { ...head, sightingBatch: b };
    case 'pillarEvent':
      return { ...head, pillarEvent: { type: enumValue(pb.PillarEventType, b.event) } };
    case 'gpsFix':
      return { ...head, gpsFix: b };
    case 'commandAck':
      return { ...head, commandAck: { ...b, status: enumValue(pb.AckStatus, b.status) } };
  }
}

/** Encodes an uplink frame; with a MAC key, appends the MAC as the frame's last field. */
export function encodeUplink(frame: UplinkFrame, macKey?: MacKey): Uint8Array {
  const bytes = pb.Uplink.encode(uplinkMessage(frame)).finish();
  return macKey ? appendMac(bytes, macKey) : bytes;
}

function downlinkMessage(frame: DownlinkFrame): watchpost.v1.Downlink.$Properties {
  const head = { commandId: frame.commandId, issuedMs: frame.issuedMs, expiresMs: frame.expiresMs };
  const command = frame.command;
  if (command.type === 'notifyCaller') return { ...head, notifyCaller: { ...command, lamp: enumValue(pb.LampPattern, command.lamp) } };
  const { type, ...args } = command;
  return { ...head, [type]: args };
}

/** Encodes a command for a device; with a MAC key, appends the MAC as in uplinks. */
export function encodeDownlink(frame: DownlinkFrame, macKey?: MacKey): Uint8Array {
  const bytes = pb.Downlink.encode(downlinkMessage(frame)).finish();
  return macKey ? appendMac(bytes, macKey) : bytes;
}

function downlinkCommand(msg: watchpost.v1.Downlink): DownlinkCommand {
  if (msg.setHeartbeatInterval) return { type: 'setHeartbeatInterval', intervalS: msg.setHeartbeatInterval.intervalS ?? 0 };
  if (msg.reboot) return { type: 'reboot', delayS: msg.reboot.delayS ?? 0 };
  if (msg.setCallState) return { type: 'setCallState', open: msg.setCallState.open ?? false };
  if (msg.setSightingWindow) return { type: 'setSightingWindow', windowMs: msg.setSightingWindow.windowMs ?? 0 };
  if (msg.notifyCaller) {
    const c = msg.notifyCaller;
    return { type: 'notifyCaller', lamp: enumName(pb.LampPattern, c.lamp, 'LAMP_PATTERN_UNSPECIFIED'), lampS: c.lampS ?? 0, promptId: c.promptId ?? '', promptRepeat: c.promptRepeat ?? 0 };
  }
  throw new ProtocolError('PROTO_NO_BODY', 'downlink carries no command', { commandId: msg.commandId });
}

/** Decodes a command frame (what firmware and the simulator do with a downlink). */
export function decodeDownlink(bytes: Uint8Array, maxBytes = MAX_FRAME_BYTES): { frame: DownlinkFrame; mac: Uint8Array | null; signed: Uint8Array } {
  if (bytes.length === 0) throw new ProtocolError('PROTO_FRAME_EMPTY', 'empty frame');
  if (bytes.length > maxBytes) throw new ProtocolError('PROTO_FRAME_TOO_LARGE', `frame of ${bytes.length} bytes exceeds ${maxBytes}`);
  let msg: watchpost.v1.Downlink;
  try {
    msg = pb.Downlink.decode(bytes);
  } catch (err) {
    throw new ProtocolError('PROTO_MALFORMED', `not a valid Downlink frame: ${(err as Error).message}`);
  }
  const { mac, signed } = splitMac(bytes, msg.mac);
  return {
    frame: {
      commandId: msg.commandId,
      issuedMs: toSafeNumber(msg.issuedMs as Longish, 'issued_ms'),
      expiresMs: toSafeNumber(msg.expiresMs as Longish, 'expires_ms'),
      command: downlinkCommand(msg),
    },
    mac,
    signed,
  };
}
