/**
 * The dispatcher: delivers what the outbox holds, at least once, in order per
 * recipient. It wakes when a change commits new deliveries (kick), when a
 * retry falls due, and every pollMs in any case (deliveries left by a
 * previous run, or written by another process). A recipient's next delivery
 * goes only after its head was delivered or parked, so a receiver that is
 * down gets its notifications in order once it is back.
 *
 * Failures back off exponentially with jitter up to maxAttempts; then the
 * delivery is parked as failed with its last error, for an administrator to
 * see and retry by hand. Every attempt is recorded.
 */
import type { Logger } from 'pino';
import type { Database } from '@watchpost/ingest';
import type { DeliveryChannel } from './channels/channel.js';
import { dueNow, nextOf, queueHeads, recordAttempt, type AttemptResult, type Channel, type Head } from './store.js';

export interface DispatcherOptions {
  /** Attempts before a delivery is parked as failed. */
  maxAttempts: number;
  /** The first retry's delay; each further one doubles, up to maxDelayMs, with jitter. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Look for due deliveries at least this often. */
  pollMs: number;
  /** Recipients served at once. */
  concurrency: number;
}

export interface DispatcherMetrics {
  onAttempt?(channel: Channel, outcome: AttemptResult['outcome'], delivery: Head): void;
}

/** Delay before the attempt after `attempts` failed ones: base · 2^(attempts-1), capped, times a jitter in [0.5, 1). */
export function backoffMs(attempts: number, options: Pick<DispatcherOptions, 'baseDelayMs' | 'maxDelayMs'>, random = Math.random): number {
  const exp = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(exp * (0.5 + random() / 2));
}

export class Dispatcher {
  private readonly channels = new Map<Channel, DeliveryChannel>();
  /** Recipients with a delivery in flight ('channel:recipient'): never two at once for one recipient. */
  private readonly busy = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private wakeAt = Number.POSITIVE_INFINITY;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;
  private active = 0;
  private idle: (() => void)[] = [];

  constructor(
    private readonly db: Database,
    channels: readonly DeliveryChannel[],
    private readonly options: DispatcherOptions,
    private readonly logger: Logger,
    private readonly metrics: DispatcherMetrics = {},
  ) {
    for (const c of channels) this.channels.set(c.name, c);
  }

  start(): void {
    this.stopped = false;
    this.kick();
  }

  /** New deliveries were committed (or a retry was asked for): look now. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.schedule(0);
  }

  /** A recipient that was away is back (an integration subscribed): its waiting deliveries go now, not at their next retry. */
  async recipientBack(channel: Channel, recipient: string): Promise<void> {
    if (this.stopped) return;
    try {
      if ((await dueNow(this.db, channel, recipient)) > 0) this.kick();
    } catch (err) {
      this.logger.warn({ channel, recipient, err: (err as Error).message }, 'outbox: cannot make the deliveries of a returning recipient due; they go at their next retry');
    }
  }

  /** Stops looking; waits (up to timeoutMs) for the deliveries in flight, whose results are recorded. */
  async stop(timeoutMs = 5_000): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.active === 0 && !this.running) return;
    await Promise.race([new Promise<void>((resolve) => this.idle.push(resolve)), new Promise((r) => setTimeout(r, timeoutMs).unref())]);
  }

  /** Wakes after delayMs, unless a wake-up is due sooner already. */
  private schedule(delayMs: number): void {
    if (this.stopped) return;
    const at = Date.now() + delayMs;
    if (this.timer && at >= this.wakeAt) return;
    if (this.timer) clearTimeout(this.timer);
    this.wakeAt = at;
    this.timer = setTimeout(() => this.wake(), delayMs);
    this.timer.unref();
  }

  private wake(): void {
    this.timer = null;
    this.wakeAt = Number.POSITIVE_INFINITY;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.tick().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.schedule(0);
      }
      this.settle();
    });
  }

  private settle(): void {
    if (this.active === 0 && !this.running) this.idle.splice(0).forEach((w) => w());
  }

  private async tick(): Promise<void> {
    let heads: Head[];
    try {
      heads = await queueHeads(this.db, 1_000);
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'outbox: cannot read the queue; trying again');
      this.schedule(this.options.pollMs);
      return;
    }
    const now = Date.now();
    let nextWake = now + this.options.pollMs;
    for (const head of heads) {
      const key = `${head.channel}:${head.recipient}`;
      if (this.busy.has(key)) continue;
      const due = head.next_attempt_at.getTime();
      if (due > now) {
        nextWake = Math.min(nextWake, due);
        continue;
      }
      if (this.active >= this.options.concurrency) {
        this.again = true; // a slot frees up: look again then
        break;
      }
      this.busy.add(key);
      this.active++;
      void this.drain(head).finally(() => {
        this.busy.delete(key);
        this.active--;
        if (!this.stopped) this.kick();
        this.settle();
      });
    }
    this.schedule(Math.max(0, nextWake - Date.now()));
  }

  /** Delivers a recipient's head, then its next ones while they are due and delivered. */
  private async drain(first: Head): Promise<void> {
    let head: Head | null = first;
    while (head && !this.stopped) {
      const result = await this.attempt(head);
      if (result.outcome === 'retry') return;
      head = await nextOf(this.db, head.channel, head.recipient, head.id).catch(() => null);
      if (head && head.next_attempt_at.getTime() > Date.now()) return;
    }
  }

  private async attempt(d: Head): Promise<AttemptResult> {
    const channel = this.channels.get(d.channel);
    const started = performance.now();
    const outcome = channel ? await channel.deliver(d) : { ok: false, permanent: true, error: `no ${d.channel} channel is configured` };
    const attempts = d.attempts + 1;
    const base = { at: new Date(), durationMs: performance.now() - started, statusCode: outcome.statusCode ?? null, error: outcome.ok ? null : (outcome.error ?? 'failed') };
    const result: AttemptResult = outcome.ok
      ? { ...base, outcome: 'delivered' }
      : outcome.permanent || attempts >= this.options.maxAttempts
        ? { ...base, outcome: 'failed' }
        : { ...base, outcome: 'retry', nextAttemptAt: new Date(Date.now() + backoffMs(attempts, this.options)) };
    try {
      await this.db.transaction((tx) => recordAttempt(tx, d, result, d.notification.sensitive));
    } catch (err) {
      // Not recorded: the delivery stays queued as it was and is tried again (the receiver dedupes by key).
      this.logger.warn({ deliveryId: d.id, err: (err as Error).message }, 'outbox: attempt not recorded');
      return { ...result, outcome: 'retry' };
    }
    this.metrics.onAttempt?.(d.channel, result.outcome, d);
    if (result.outcome === 'failed') {
      this.logger.warn(
        { deliveryId: d.id, channel: d.channel, recipient: d.channel === 'sms' ? undefined : d.recipient, kind: d.notification.kind, attempts, error: result.error },
        'notification delivery failed: parked for an administrator',
      );
    } else if (result.outcome === 'retry' && attempts === 1) {
      this.logger.info({ deliveryId: d.id, channel: d.channel, recipient: d.channel === 'sms' ? undefined : d.recipient, error: result.error }, 'notification delivery failed: retrying');
    }
    if (result.outcome === 'retry') this.schedule(Math.max(0, result.nextAttemptAt!.getTime() - Date.now()));
    return result;
  }
}
