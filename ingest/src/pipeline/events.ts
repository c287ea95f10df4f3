/** What the pipeline tells the rest of the platform about every frame (metrics, diagnostics). */
import { EventEmitter } from 'node:events';
import type { DeviceKind } from '@watchpost/firmware-protocol';
import type { Refusal } from '../errors.js';
import type { ClockFlag, Transport } from '../store/uplinks.js';

/** Every frame the pipeline handled, whatever became of it. */
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

interface EventMap {
  frame: [FrameEvent];
}

export class FrameEvents extends EventEmitter<EventMap> {}
