/**
 * Group commit: items submitted while a transaction is in flight wait and go
 * together in the next one, so a busy writer commits large batches and an
 * idle one commits at once. A submitter's promise settles only after its
 * item's transaction committed (or was given up on): that is when a device
 * may be acknowledged.
 *
 * When the database cannot be reached the writer keeps the items (up to
 * maxPending), retries with backoff, reports the change (onAvailabilityChange),
 * and refuses items that waited longer than ackTimeoutMs; nothing is
 * acknowledged that was not committed. A batch that fails for another reason is split in halves
 * until the item that breaks it is alone, so one bad item refuses only itself.
 */
import type { Logger } from 'pino';
import { isConnectionError } from '../db/database.js';
import { IngestError } from '../errors.js';

export interface GroupCommitOptions<T, R> {
  name: string;
  /** Writes the items in one transaction; returns one result per item, in order. */
  flush: (items: T[]) => Promise<R[]>;
  maxBatch: number;
  maxPending: number;
  ackTimeoutMs: number;
  retryInitialMs?: number;
  retryMaxMs?: number;
  logger: Logger;
  onFlush?: (batchSize: number, durationMs: number) => void;
  /** The database stopped (with the error) or resumed taking this writer's commits. */
  onAvailabilityChange?: (available: boolean, err?: Error) => void;
}

interface Pending<T, R> {
  item: T;
  deadline: number;
  resolve: (result: R) => void;
  reject: (err: Error) => void;
}

export class GroupCommit<T, R> {
  private queue: Pending<T, R>[] = [];
  private flushing = false;
  private closed = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private retryDelay: number;
  private unavailableSince: number | null = null;
  private idleWaiters: (() => void)[] = [];
  /** The flush under way, if any: what settled() waits for. */
  private inFlight: Promise<void> | null = null;

  constructor(private readonly options: GroupCommitOptions<T, R>) {
    this.retryDelay = options.retryInitialMs ?? 100;
  }

  get available(): boolean {
    return this.unavailableSince === null;
  }

  get pending(): number {
    return this.queue.length;
  }

  submit(item: T): Promise<R> {
    if (this.closed) return Promise.reject(new IngestError('INGEST_SHUTTING_DOWN', 'the platform is shutting down'));
    if (this.queue.length >= this.options.maxPending) {
      return Promise.reject(
        new IngestError('INGEST_BACKPRESSURE', `${this.options.name}: ${this.queue.length} items already wait for the database`, {
          pending: this.queue.length,
        }),
      );
    }
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ item, deadline: Date.now() + this.options.ackTimeoutMs, resolve, reject });
      if (!this.flushing && !this.retryTimer) queueMicrotask(() => this.pump());
    });
  }

  /**
   * Resolves once the batch being flushed at this call (if any) has committed
   * or failed; a batch flushed after the call starts after it. A rule deciding
   * in memory which frames it wants (CommitRule.wants) uses this: once a new
   * entry is in its memory and settled() resolved, no batch that was judged
   * without the entry is still on its way to the database.
   */
  settled(): Promise<void> {
    return this.inFlight ?? Promise.resolve();
  }

  /** Stops taking items and waits until every queued one is committed or refused. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) {
      clearTimeout(this.retryTimer);
      this.retryTimer = null;
      this.expire(Number.POSITIVE_INFINITY, 'INGEST_SHUTTING_DOWN');
    }
    if (this.flushing || this.queue.length > 0) {
      await new Promise<void>((resolve) => {
        this.idleWaiters.push(resolve);
        this.pump();
      });
    }
  }

  private async pump(): Promise<void> {
    if (this.flushing || this.retryTimer) return;
    if (this.queue.length === 0) {
      this.idleWaiters.splice(0).forEach((w) => w());
      return;
    }
    this.flushing = true;
    const batch = this.queue.splice(0, this.options.maxBatch);
    let done!: () => void;
    this.inFlight = new Promise<void>((resolve) => (done = resolve));
    try {
      await this.flushIsolating(batch);
      this.markAvailable();
    } catch (err) {
      // The database is unreachable: the batch goes back to the front, in order.
      this.queue.unshift(...batch);
      this.markUnavailable(err as Error);
    } finally {
      this.flushing = false;
      this.inFlight = null;
      done();
    }
    if (this.unavailableSince !== null) this.scheduleRetry();
    else this.pump();
  }

  /** Flushes a batch; a non-connection failure splits it so that only the failing item is refused. */
  private async flushIsolating(batch: Pending<T, R>[]): Promise<void> {
    const started = performance.now();
    let results: R[];
    try {
      results = await this.options.flush(batch.map((p) => p.item));
    } catch (err) {
      if (isConnectionError(err) || this.closed) throw err;
      if (batch.length === 1) {
        this.options.logger.error({ err, writer: this.options.name }, 'could not store an item; refusing it');
        // A refusal of its own (a rule that failed) says so; anything else is a failed write.
        batch[0]!.reject(err instanceof IngestError ? err : new IngestError('INGEST_STORE_FAILED', `could not store: ${(err as Error).message}`));
        return;
      }
      const half = Math.ceil(batch.length / 2);
      await this.flushIsolating(batch.slice(0, half));
      await this.flushIsolating(batch.slice(half));
      return;
    }
    this.options.onFlush?.(batch.length, performance.now() - started);
    batch.forEach((p, i) => p.resolve(results[i] as R));
  }

  private markUnavailable(err: Error): void {
    if (this.unavailableSince === null) {
      this.unavailableSince = Date.now();
      this.options.onAvailabilityChange?.(false, err);
    }
    this.expire(Date.now(), 'INGEST_DB_UNAVAILABLE');
  }

  private markAvailable(): void {
    if (this.unavailableSince === null) return;
    this.unavailableSince = null;
    this.retryDelay = this.options.retryInitialMs ?? 100;
    this.options.onAvailabilityChange?.(true);
  }

  /** Refuses items whose deadline passed (their devices retry later). */
  private expire(now: number, code: 'INGEST_DB_UNAVAILABLE' | 'INGEST_SHUTTING_DOWN'): void {
    const keep: Pending<T, R>[] = [];
    for (const p of this.queue) {
      if (p.deadline <= now) p.reject(new IngestError(code, code === 'INGEST_DB_UNAVAILABLE' ? 'database unavailable; retry later' : 'the platform is shutting down'));
      else keep.push(p);
    }
    this.queue = keep;
  }

  private scheduleRetry(): void {
    if (this.closed) {
      this.expire(Number.POSITIVE_INFINITY, 'INGEST_SHUTTING_DOWN');
      this.idleWaiters.splice(0).forEach((w) => w());
      return;
    }
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.pump();
    }, this.retryDelay);
    this.retryDelay = Math.min(this.retryDelay * 2, this.options.retryMaxMs ?? 5_000);
  }
}
