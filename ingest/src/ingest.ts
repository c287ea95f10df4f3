/**
 * The path of a frame into the database, assembled: the uplink pipeline (the
 * steps it is given) and its group-commit writers, which commit each batch
 * with the rules inside the commit.
 */
import type { Logger } from 'pino';
import type { Database } from './db/database.js';
import { commitBatch, type CommitRule } from './pipeline/commit.js';
import { FrameEvents } from './pipeline/events.js';
import { UplinkPipeline, type AfterCommitStep, type NamedCheck, type UplinkOutcome } from './pipeline/pipeline.js';
import { DEFAULT_SOURCE_LIMIT, type FrameDevices, type InboundFrame, type PipelineOptions } from './pipeline/context.js';
import { RateLimiter } from './pipeline/rate-limiter.js';
import type { UplinkRecord } from './store/uplinks.js';
import { GroupCommit } from './writer/group-commit.js';

/** What the platform's list of steps gives ingest to run (broker/src/uplink/pipeline.ts). */
export interface UplinkSteps {
  /** The devices frames may come from. */
  devices: FrameDevices;
  checks: readonly NamedCheck[];
  /** Inside each batch's commit, in order. */
  rules: readonly CommitRule[];
  /** After the commit of a new frame, in order. */
  after: readonly AfterCommitStep[];
}

export interface WriterOptions {
  /**
   * Writers committing in parallel. A device's frames always go to the same
   * writer, so writers never update the same device row. PGlite has one
   * connection: one writer there whatever this says.
   */
  shards: number;
  /** Frames per transaction at most. */
  maxBatch: number;
  /** Frames waiting for the database at most; more are refused (back-pressure). */
  maxPending: number;
  /** A frame not committed within this time is refused, so its device retries later. */
  ackTimeoutMs: number;
}

export interface IngestOptions {
  pipeline: PipelineOptions;
  writer: WriterOptions;
}

export interface WriterMetrics {
  onFlush?: (batchSize: number, durationMs: number) => void;
  onAvailabilityChange?: (available: boolean) => void;
}

/** FNV-1a of the device id: which writer takes a device's frames. */
function shardOf(deviceId: string, shards: number): number {
  if (shards === 1) return 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < deviceId.length; i++) h = Math.imul(h ^ deviceId.charCodeAt(i), 0x01000193);
  return (h >>> 0) % shards;
}

export class Ingest {
  readonly events = new FrameEvents();
  readonly writers: GroupCommit<UplinkRecord, boolean>[];
  readonly pipeline: UplinkPipeline;

  constructor(
    readonly db: Database,
    steps: UplinkSteps,
    options: IngestOptions,
    logger: Logger,
    metrics: WriterMetrics = {},
  ) {
    logger = logger.child({ component: 'ingest' });
    const { shards, ...writer } = options.writer;
    const count = db.engine === 'pglite' ? 1 : Math.max(1, shards);
    // The database is unavailable while any writer cannot commit: one log line each way.
    const down = new Set<number>();
    let downSince = 0;
    const availability = (shard: number) => (available: boolean, err?: Error) => {
      const wasUp = down.size === 0;
      if (available) down.delete(shard);
      else down.add(shard);
      if (wasUp && down.size > 0) {
        downSince = Date.now();
        logger.error({ err: { message: err?.message, code: (err as { code?: string } | undefined)?.code }, pending: this.pending }, 'database unavailable: holding acknowledgements and retrying');
        metrics.onAvailabilityChange?.(false);
      } else if (!wasUp && down.size === 0) {
        logger.warn({ downForMs: Date.now() - downSince, pending: this.pending }, 'database available again');
        metrics.onAvailabilityChange?.(true);
      }
    };
    this.writers = Array.from(
      { length: count },
      (_, i) =>
        new GroupCommit<UplinkRecord, boolean>({
          name: count === 1 ? 'uplinks' : `uplinks-${i}`,
          flush: (records) => commitBatch(db, records, steps.rules, (err) => logger.error({ err }, 'a reaction after a commit failed (the commit stands)')),
          ...writer,
          maxPending: Math.ceil(writer.maxPending / count),
          logger,
          onFlush: metrics.onFlush,
          onAvailabilityChange: availability(i),
        }),
    );
    this.pipeline = new UplinkPipeline(
      {
        devices: steps.devices,
        events: this.events,
        options: options.pipeline,
        limiter: new RateLimiter(options.pipeline.rateLimit),
        // Addresses are not bounded by the fleet: 100,000 of them at most (a few MB), the longest idle forgotten first.
        sources: new RateLimiter(options.pipeline.sourceLimit ?? DEFAULT_SOURCE_LIMIT, 100_000),
        store: (record) => this.writers[shardOf(record.deviceId, this.writers.length)]!.submit(record),
      },
      steps.checks,
      steps.after,
    );
  }

  /** True while every writer's database takes writes. */
  get available(): boolean {
    return this.writers.every((w) => w.available);
  }

  /** Frames waiting for the database, all writers together. */
  get pending(): number {
    return this.writers.reduce((n, w) => n + w.pending, 0);
  }

  /** Resolves once every batch being committed at this call has committed or failed (see GroupCommit.settled). */
  settled(): Promise<void> {
    return Promise.all(this.writers.map((w) => w.settled())).then(() => undefined);
  }

  /** Runs one frame through the pipeline; resolves when it is stored (and may be acknowledged) or refused. */
  handle(frame: InboundFrame): Promise<UplinkOutcome> {
    return this.pipeline.handle(frame);
  }

  /** Finishes pending writes; the database stays open (its owner closes it). */
  async stop(): Promise<void> {
    await Promise.all(this.writers.map((w) => w.close()));
  }
}
