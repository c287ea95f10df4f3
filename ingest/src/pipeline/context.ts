import type { DecodedUplink, DeviceTopic } from '@watchpost/firmware-protocol';
import type { DeviceRecord, DeviceRegistry } from '../registry.js';
import type { PresenceTracker } from '../presence.js';
import type { IngestEvents } from '../events.js';
import type { Transport, UplinkRecord } from '../store/uplinks.js';
import type { RateLimit, RateLimiter } from './rate-limiter.js';

/** One frame as an edge (MQTT, CoAP) hands it to the pipeline. */
export interface InboundFrame {
  transport: Transport;
  /** MQTT topic, or CoAP URI path. */
  topic: string;
  payload: Uint8Array;
  receivedAtMs: number;
  /** MQTT: the device id the connection authenticated as. CoAP: absent; the frame's MAC authenticates it. */
  sessionDeviceId?: string;
}

export interface PipelineOptions {
  /** Accept sequence numbers down to lastSeq - replayWindow (reordered or retransmitted frames). */
  replayWindow: number;
  /** Refuse a sequence number more than this far ahead of the last one. */
  maxSeqJump: number;
  /** A device clock further than this from the platform's is corrected to the platform's. */
  clockSkewToleranceMs: number;
  /** CoAP frames must carry a MAC; MQTT frames may (the connection already authenticated them). */
  requireMacOn: readonly Transport[];
  /** Frames a device may send per second on average, and in a burst. */
  rateLimit: RateLimit;
}

/** What the steps share. */
export interface PipelineDeps {
  registry: DeviceRegistry;
  presence: PresenceTracker;
  events: IngestEvents;
  options: PipelineOptions;
  limiter: RateLimiter;
  store: (record: UplinkRecord) => Promise<boolean>;
}

/** A frame's state as it moves through the steps; each step fills in what it learns. */
export interface UplinkContext {
  readonly input: InboundFrame;
  topic?: DeviceTopic;
  device?: DeviceRecord;
  decoded?: DecodedUplink;
  record?: UplinkRecord;
  /** Set by 'store': false when the frame had been stored before (a retransmission). */
  fresh?: boolean;
}
