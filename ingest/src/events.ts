/** What the ingest side tells the rest of the platform (live feed, metrics, rules). */
import { EventEmitter } from 'node:events';
import type { DeviceKind, UplinkBodyType } from '@watchpost/firmware-protocol';
import type { Refusal } from './errors.js';
import type { ClockFlag, Transport } from './store/uplinks.js';

export interface PresenceEvent {
  deviceId: string;
  kind: DeviceKind;
  presence: 'online' | 'offline';
  at: Date;
  reason: string;
}

export interface UplinkStoredEvent {
  deviceId: string;
  kind: DeviceKind;
  seq: number;
  body: UplinkBodyType;
  transport: Transport;
  at: Date;
}

/** Every frame the pipeline handled, whatever became of it (metrics, diagnostics). */
export interface FrameEvent {
  transport: Transport;
  deviceId: string | null;
  /** The device's kind when known (registered device or valid topic). */
  kind: DeviceKind | null;
  status: 'stored' | 'duplicate' | 'refused';
  refusal?: Refusal;
  /** Stored or duplicate: set when the device clock was outside the platform's window. */
  clock: ClockFlag | null;
  /** When the edge received the frame (the outcome is known now). */
  receivedAtMs: number;
}

export interface DeviceRegisteredEvent {
  deviceId: string;
  kind: DeviceKind;
}

export interface CredentialsRotatedEvent {
  deviceId: string;
}

interface EventMap {
  presence: [PresenceEvent];
  stored: [UplinkStoredEvent];
  frame: [FrameEvent];
  registered: [DeviceRegisteredEvent];
  /** A device got a new secret: connections made with the old one must go. */
  rotated: [CredentialsRotatedEvent];
}

export class IngestEvents extends EventEmitter<EventMap> {}
