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

export interface RefusedEvent {
  transport: Transport;
  deviceId: string | null;
  refusal: Refusal;
}

export interface DeviceRegisteredEvent {
  deviceId: string;
  kind: DeviceKind;
}

interface EventMap {
  presence: [PresenceEvent];
  stored: [UplinkStoredEvent];
  refused: [RefusedEvent];
  registered: [DeviceRegisteredEvent];
}

export class IngestEvents extends EventEmitter<EventMap> {}
