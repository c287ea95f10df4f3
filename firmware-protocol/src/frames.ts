/**
 * The decoded form of protocol v1 frames, as the platform and tools use them:
 * plain objects, numbers instead of protobuf Longs, enum values by name (as in
 * the proto3 JSON mapping), and one `type` tag per body.
 */
import type { DeviceKind } from './topics.js';

export type PowerSource = 'POWER_SOURCE_UNSPECIFIED' | 'POWER_SOURCE_MAINS' | 'POWER_SOURCE_BATTERY';
export type CameraStatus = 'CAMERA_STATUS_UNSPECIFIED' | 'CAMERA_STATUS_OK' | 'CAMERA_STATUS_OFFLINE' | 'CAMERA_STATUS_FAULT';
export type BackhaulType = 'BACKHAUL_TYPE_UNSPECIFIED' | 'BACKHAUL_TYPE_ETHERNET' | 'BACKHAUL_TYPE_CELLULAR' | 'BACKHAUL_TYPE_FIBER';
export type PillarEventType =
  | 'PILLAR_EVENT_TYPE_UNSPECIFIED'
  | 'PILLAR_EVENT_TYPE_BUTTON_PRESSED'
  | 'PILLAR_EVENT_TYPE_BUTTON_RELEASED'
  | 'PILLAR_EVENT_TYPE_CALL_STARTED'
  | 'PILLAR_EVENT_TYPE_CALL_ENDED'
  | 'PILLAR_EVENT_TYPE_TAMPER_OPENED'
  | 'PILLAR_EVENT_TYPE_TAMPER_CLOSED'
  | 'PILLAR_EVENT_TYPE_POWER_LOST'
  | 'PILLAR_EVENT_TYPE_POWER_RESTORED'
  | 'PILLAR_EVENT_TYPE_CAMERA_OFFLINE'
  | 'PILLAR_EVENT_TYPE_CAMERA_ONLINE';
export type AckStatus = 'ACK_STATUS_UNSPECIFIED' | 'ACK_STATUS_OK' | 'ACK_STATUS_REJECTED' | 'ACK_STATUS_FAILED' | 'ACK_STATUS_UNSUPPORTED';

export interface PillarHeartbeat {
  type: 'pillarHeartbeat';
  power: PowerSource;
  batteryMv: number;
  doorOpen: boolean;
  camera: CameraStatus;
  intervalS: number;
  firmwareVersion: string;
}

export interface StationHeartbeat {
  type: 'stationHeartbeat';
  tagsHeard: number;
  backhaul: BackhaulType;
  backhaulRssiDbm: number;
  intervalS: number;
  firmwareVersion: string;
  uptimeS: number;
}

export interface TagHeartbeat {
  type: 'tagHeartbeat';
  batteryMv: number;
  intervalS: number;
  signalDbm: number;
  firmwareVersion: string;
}

export interface Sighting {
  /** The tag's 32-bit chip id. */
  tagId: number;
  rssiDbm: number;
  firstOffsetMs: number;
  lastOffsetMs: number;
  count: number;
}

export interface SightingBatch {
  type: 'sightingBatch';
  windowStartMs: number;
  sightings: Sighting[];
}

export interface PillarEvent {
  type: 'pillarEvent';
  event: PillarEventType;
}

export interface GpsFix {
  type: 'gpsFix';
  latE7: number;
  lonE7: number;
  accuracyM: number;
  speedDkmh: number;
  headingDeg: number;
  fixTimeMs: number;
  satellites: number;
}

export interface CommandAck {
  type: 'commandAck';
  commandId: number;
  status: AckStatus;
  detail: string;
}

export type UplinkBody = PillarHeartbeat | StationHeartbeat | TagHeartbeat | SightingBatch | PillarEvent | GpsFix | CommandAck;
export type UplinkBodyType = UplinkBody['type'];

/** One decoded uplink frame. */
export interface UplinkFrame {
  deviceId: string;
  seq: number;
  /** Device clock in ms since the Unix epoch; 0 when the device has no valid time. */
  deviceTimeMs: number;
  body: UplinkBody;
}

/** Which bodies each kind of device may send (anything else is refused). */
export const BODIES_BY_KIND: Record<DeviceKind, readonly UplinkBodyType[]> = {
  pillar: ['pillarHeartbeat', 'pillarEvent', 'commandAck'],
  station: ['stationHeartbeat', 'sightingBatch', 'commandAck'],
  tag: ['tagHeartbeat', 'gpsFix', 'commandAck'],
};

export const HEARTBEAT_BODY_BY_KIND: Record<DeviceKind, UplinkBodyType> = {
  pillar: 'pillarHeartbeat',
  station: 'stationHeartbeat',
  tag: 'tagHeartbeat',
};

export function isBodyAllowed(kind: DeviceKind, body: UplinkBodyType): boolean {
  return BODIES_BY_KIND[kind].includes(body);
}

export interface SetHeartbeatInterval {
  type: 'setHeartbeatInterval';
  intervalS: number;
}
export interface Reboot {
  type: 'reboot';
  delayS: number;
}
export interface SetCallState {
  type: 'setCallState';
  open: boolean;
}
export interface SetSightingWindow {
  type: 'setSightingWindow';
  windowMs: number;
}
export type LampPattern = 'LAMP_PATTERN_UNSPECIFIED' | 'LAMP_PATTERN_OFF' | 'LAMP_PATTERN_STEADY' | 'LAMP_PATTERN_BLINK';
/** An alarm pillar tells its caller that help is on its way: lamp and voice prompt. */
export interface NotifyCaller {
  type: 'notifyCaller';
  lamp: LampPattern;
  /** Seconds; 0: until the call ends or another NotifyCaller. */
  lampS: number;
  /** A recorded prompt's id ("help-coming.zh-CN"); '' for none. At most 32 bytes (nanopb). */
  promptId: string;
  /** Times to play it; 0 means once. */
  promptRepeat: number;
}
export type DownlinkCommand = SetHeartbeatInterval | Reboot | SetCallState | SetSightingWindow | NotifyCaller;

/** Which commands each kind of device carries out (another answers ACK_STATUS_UNSUPPORTED). */
export const COMMANDS_BY_KIND: Record<DeviceKind, readonly DownlinkCommand['type'][]> = {
  pillar: ['setHeartbeatInterval', 'reboot', 'setCallState', 'notifyCaller'],
  station: ['setHeartbeatInterval', 'reboot', 'setSightingWindow'],
  tag: ['setHeartbeatInterval', 'reboot'],
};

/** One command frame for a device. */
export interface DownlinkFrame {
  commandId: number;
  issuedMs: number;
  expiresMs: number;
  command: DownlinkCommand;
}
