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
  /**
   * CoAP: the sender's address. Frames that fail authentication, and replays,
   * are charged to it, never to the device they name. Absent over MQTT (the
   * connection authenticated the sender).
   */
  remoteAddress?: string;
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
  /**
   * Unauthenticated frames (bad or missing MAC, unknown device, undecodable)
   * and replays one source address may send; past it, the address is refused
   * until its budget refills. Default: DEFAULT_SOURCE_LIMIT.
   */
  sourceLimit?: RateLimit;
  /**
   * How far a device clock (deviceTimeMs != 0) may be behind or ahead of the
   * platform's before the frame is flagged. Default: DEFAULT_CLOCK_WINDOW.
   */
  clockWindow?: ClockWindow;
}

export interface ClockWindow {
  behindMs: number;
  aheadMs: number;
}

/**
 * The acceptance window of SIA DC-09 (the alarm-receiver protocol):
 * a receiver takes a message stamped up to 40 s before or 20 s after its own
 * clock, and treats anything else as a possible replay. Here such a frame is
 * still stored (device clocks drift, and a tag out of coverage sends its
 * queue late) but flagged, counted and logged, so a replay or a wrong clock
 * shows.
 */
export const DEFAULT_CLOCK_WINDOW: ClockWindow = { behindMs: 40_000, aheadMs: 20_000 };

/** A stranger's junk costs little: 10 a second, bursts of 100, per address. */
export const DEFAULT_SOURCE_LIMIT: RateLimit = { ratePerS: 10, burst: 100 };

/** What the steps share. */
export interface PipelineDeps {
  registry: DeviceRegistry;
  presence: PresenceTracker;
  events: IngestEvents;
  options: PipelineOptions;
  /** Per device: spent by authenticated frames, given back for frames stored before. */
  limiter: RateLimiter;
  /** Per source address: spent by unauthenticated frames and replays. */
  sources: RateLimiter;
  store: (record: UplinkRecord) => Promise<boolean>;
}

/** A frame's state as it moves through the steps; each step fills in what it learns. */
export interface UplinkContext {
  readonly input: InboundFrame;
  topic?: DeviceTopic;
  device?: DeviceRecord;
  decoded?: DecodedUplink;
  /** Set once the frame proved it comes from ctx.device (its connection, or its MAC). */
  authentic?: boolean;
  /** Set once the frame took a token of its device's budget. */
  charged?: boolean;
  record?: UplinkRecord;
  /** Set by 'store': false when the frame had been stored before (a retransmission). */
  fresh?: boolean;
}
