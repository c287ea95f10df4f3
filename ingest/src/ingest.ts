/**
 * The ingest side of the platform, assembled: registry, presence, the uplink
 * pipeline and its group-commit writer over one database.
 */
import type { Logger } from 'pino';
import type { Database } from './db/database.js';
import { IngestEvents } from './events.js';
import { UplinkPipeline, type UplinkOutcome } from './pipeline/pipeline.js';
import type { InboundFrame, PipelineOptions } from './pipeline/context.js';
import { RateLimiter } from './pipeline/rate-limiter.js';
import { PresenceTracker, type PresenceOptions } from './presence.js';
import { DeviceRegistry } from './registry.js';
import { updateSeen, type SeenUpdate } from './store/devices.js';
import { writeUplinks, type UplinkRecord } from './store/uplinks.js';
import { GroupCommit } from './writer/group-commit.js';

export interface WriterOptions {
  /** Frames per transaction at most. */
  maxBatch: number;
  /** Frames waiting for the database at most; more are refused (back-pressure). */
  maxPending: number;
  /** A frame not committed within this time is refused, so its device retries later. */
  ackTimeoutMs: number;
}

export interface IngestOptions {
  pipeline: PipelineOptions;
  presence: PresenceOptions;
  writer: WriterOptions;
}

export interface WriterMetrics {
  onFlush?: (batchSize: number, durationMs: number) => void;
  onAvailabilityChange?: (available: boolean) => void;
}

/** Per device in a committed batch: the highest seq, the latest time heard and the reported interval. */
function seenUpdates(records: UplinkRecord[], fresh: boolean[]): SeenUpdate[] {
  const byDevice = new Map<string, SeenUpdate>();
  records.forEach((r, i) => {
    if (!fresh[i]) return;
    const interval = 'intervalS' in r.body && r.body.intervalS > 0 ? r.body.intervalS : null;
    const u = byDevice.get(r.deviceId);
    if (!u) byDevice.set(r.deviceId, { deviceId: r.deviceId, lastSeq: r.seq, lastSeenMs: r.receivedAtMs, intervalS: interval });
    else {
      u.lastSeq = Math.max(u.lastSeq, r.seq);
      u.lastSeenMs = Math.max(u.lastSeenMs, r.receivedAtMs);
      u.intervalS = interval ?? u.intervalS;
    }
  });
  return [...byDevice.values()];
}

export class Ingest {
  readonly events = new IngestEvents();
  readonly writer: GroupCommit<UplinkRecord, boolean>;
  readonly pipeline: UplinkPipeline;

  private constructor(
    readonly db: Database,
    readonly registry: DeviceRegistry,
    readonly presence: PresenceTracker,
    events: IngestEvents,
    options: IngestOptions,
    logger: Logger,
    metrics: WriterMetrics,
  ) {
    this.events = events;
    this.writer = new GroupCommit<UplinkRecord, boolean>({
      name: 'uplinks',
      flush: (records) =>
        db.transaction(async (tx) => {
          const fresh = await writeUplinks(tx, records);
          await updateSeen(tx, seenUpdates(records, fresh));
          return fresh;
        }),
      ...options.writer,
      logger,
      ...metrics,
    });
    this.pipeline = new UplinkPipeline({
      registry,
      presence,
      events,
      options: options.pipeline,
      limiter: new RateLimiter(options.pipeline.rateLimit),
      store: (record) => this.writer.submit(record),
    });
  }

  static async start(db: Database, options: IngestOptions, logger: Logger, metrics: WriterMetrics = {}): Promise<Ingest> {
    const events = new IngestEvents();
    const registry = await DeviceRegistry.load(db, events);
    const presence = new PresenceTracker(registry, db, events, options.presence, logger.child({ component: 'presence' }));
    presence.start();
    return new Ingest(db, registry, presence, events, options, logger.child({ component: 'ingest' }), metrics);
  }

  /** Runs one frame through the pipeline; resolves when it is stored (and may be acknowledged) or refused. */
  handle(frame: InboundFrame): Promise<UplinkOutcome> {
    return this.pipeline.handle(frame);
  }

  /** Finishes pending writes; the database stays open (its owner closes it). */
  async stop(): Promise<void> {
    await this.writer.close();
    await this.presence.stop();
  }
}
