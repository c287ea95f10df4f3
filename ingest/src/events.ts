/** What the ingest side tells the rest of the platform (live feed, metrics, rules). */
import { EventEmitter } from 'node:events';
import type { DeviceKind, UplinkBodyType } from '@watchpost/firmware-protocol';
import type { Refusal } from './errors.js';
import type { Transport } from './store/uplinks.js';

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
}

export interface DeviceRegisteredEvent {
  deviceId: string;
  kind: DeviceKind;
}

interface EventMap {
  presence: [PresenceEvent];
  stored: [UplinkStoredEvent];
  frame: [FrameEvent];
  registered: [DeviceRegisteredEvent];
}

export class IngestEvents extends EventEmitter<EventMap> {}
