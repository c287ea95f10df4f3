/**
 * Retention: tracks (sightings, GPS fixes) are kept TRACK_RETENTION_DAYS and
 * no longer, receipts UPLINK_RECEIPT_RETENTION_DAYS (and while within their
 * device's replay window: ingest/src/store/receipts.ts).
 *
 * With TimescaleDB the tracks and their aggregates go by retention policies
 * (TimescaleDB's background job drops whole daily chunks); they are set to
 * the setting at every start, so changing it takes effect at the next start.
 * On plain PostgreSQL and PGlite, and for receipts everywhere, this job
 * deletes what is older, every RETENTION_EVERY_MIN minutes: in batches of
 * `batchRows` rows, one statement each, with a pause between them, so the
 * commits of incoming frames get the database in between (PGlite has one
 * connection; a delete of millions of rows in one statement would hold it
 * for minutes). A row is therefore gone at most one interval after its limit
 * (plus the time a backlog takes to drain after the limit was lowered).
 */
import type { Logger } from 'pino';
import { inTransaction, isConnectionError, pruneReceiptsBatch, type Database, type ReceiptCursor } from '@watchpost/ingest';
import { TIMESCALE_RETAINED, TRACK_TABLES, deleteOlderRows, devicesIn, setRetentionPolicy } from './retention-store.js';

export interface RetentionOptions {
  trackDays: number;
  receiptDays: number;
  /** REPLAY_WINDOW: receipts this close to their device's newest are kept. */
  replayWindow: number;
  everyMs: number;
  /** The first run, this long after start (not in the way of the start itself). */
  firstRunMs: number;
  batchRows: number;
  pauseMs: number;
}

export const DEFAULT_RETENTION: Omit<RetentionOptions, 'trackDays' | 'receiptDays' | 'replayWindow' | 'everyMs'> = { firstRunMs: 60_000, batchRows: 5_000, pauseMs: 20 };

export interface RetentionReport {
  /** Rows deleted per table (by this job: on TimescaleDB the policies delete the tracks). */
  deleted: Record<string, number>;
  ms: number;
}

const RETENTION_LOCK = 7_470_012;
const DAY_MS = 86_400_000;

export class TrackRetention {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  private stopped = false;

  constructor(
    private readonly db: Database,
    /** Whether the tracks are TimescaleDB hypertables (then policies delete them). */
    readonly timescale: boolean,
    readonly options: RetentionOptions,
    private readonly logger: Logger,
  ) {}

  /** On TimescaleDB, makes the policies drop what the setting says; the relations whose policy changed. */
  async applyPolicies(): Promise<string[]> {
    if (!this.timescale) return [];
    const changed = await inTransaction(this.db, async (work) => {
      await work.query('SELECT pg_advisory_xact_lock($1)', [RETENTION_LOCK]);
      const out: string[] = [];
      for (const relation of TIMESCALE_RETAINED) if (await setRetentionPolicy(work, relation, this.options.trackDays)) out.push(relation);
      return out;
    });
    if (changed.length > 0) this.logger.info({ relations: changed, days: this.options.trackDays }, 'track retention policies set');
    return changed;
  }

  start(): void {
    const schedule = (ms: number) => {
      if (this.stopped) return;
      this.timer = setTimeout(() => {
        this.running = this.runOnce()
          .catch((err: Error) => this.logger[isConnectionError(err) ? 'warn' : 'error']({ err }, 'retention run failed; the next run tries again'))
          .finally(() => {
            this.running = null;
            schedule(this.options.everyMs);
          });
      }, ms);
      this.timer.unref();
    };
    schedule(this.options.firstRunMs);
  }

  /** Deletes what is past its limit at `now`. */
  async runOnce(now = new Date()): Promise<RetentionReport> {
    const started = Date.now();
    const deleted: Record<string, number> = {};
    if (!this.timescale) {
      const before = new Date(now.getTime() - this.options.trackDays * DAY_MS);
      for (const t of TRACK_TABLES) deleted[t.table] = await this.deleteTrackRows(t, before);
    }
    deleted.uplinks = await this.pruneReceipts(new Date(now.getTime() - this.options.receiptDays * DAY_MS));
    const report = { deleted, ms: Date.now() - started };
    if (Object.values(deleted).some((n) => n > 0)) this.logger.info(report, 'retention: old rows deleted');
    return report;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private async deleteTrackRows(t: (typeof TRACK_TABLES)[number], before: Date): Promise<number> {
    let total = 0;
    for (const device of await devicesIn(this.db, t)) {
      for (;;) {
        if (this.stopped) return total;
        const n = await deleteOlderRows(this.db, t, device, before, this.options.batchRows);
        total += n;
        if (n < this.options.batchRows) break;
        await this.pause();
      }
    }
    return total;
  }

  private async pruneReceipts(before: Date): Promise<number> {
    let total = 0;
    let cursor: ReceiptCursor | null = null;
    for (;;) {
      if (this.stopped) return total;
      const batch = await pruneReceiptsBatch(this.db, before, this.options.replayWindow, this.options.batchRows, cursor);
      total += batch.deleted;
      cursor = batch.cursor;
      if (!cursor || batch.scanned < this.options.batchRows) return total;
      await this.pause();
    }
  }

  private pause(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, this.options.pauseMs));
  }
}
