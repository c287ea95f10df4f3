/**
 * A timer over deadlines kept in the database: it sleeps until the earliest
 * one, fires what is due (each in a transaction that marks it fired, so each
 * fires once, across processes and restarts), and sleeps again. Woken early
 * by whoever commits a sooner deadline; looks at the database every pollMs
 * in any case, for deadlines another process wrote. At start it fires at once
 * whatever fell due while the platform was down.
 */
import type { Logger } from 'pino';

export class DeadlineTimer {
  private timer: NodeJS.Timeout | null = null;
  private wakeAt = Number.POSITIVE_INFINITY;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;

  /** run: fires what is due now; resolves with the next deadline still pending (null: none). */
  constructor(
    private readonly name: string,
    private readonly run: (now: Date) => Promise<Date | null>,
    private readonly pollMs: number,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** A deadline at `at` was committed: be awake for it. */
  wake(at: Date | number): void {
    if (this.stopped) return;
    const ms = typeof at === 'number' ? at : at.getTime();
    if (this.running) {
      // The run under way reads the next deadline when it ends; this one may be newer than its read.
      if (ms < this.wakeAt) this.again = true;
      return;
    }
    this.schedule(Math.max(0, ms - Date.now()));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    const at = Date.now() + delayMs;
    if (this.timer && at >= this.wakeAt) return;
    if (this.timer) clearTimeout(this.timer);
    this.wakeAt = at;
    this.timer = setTimeout(() => this.tick(), delayMs);
    this.timer.unref();
  }

  private tick(): void {
    this.timer = null;
    this.wakeAt = Number.POSITIVE_INFINITY;
    if (this.running) {
      this.again = true;
      return;
    }
    let next: Date | null = null;
    this.running = this.run(new Date())
      .then((n) => void (next = n))
      .catch((err: Error) => this.logger.error({ err, timer: this.name }, 'deadlines not fired: trying again'))
      .finally(() => {
        this.running = null;
        const now = Date.now();
        const due = this.again ? now : Math.min((next as Date | null)?.getTime() ?? Number.POSITIVE_INFINITY, now + this.pollMs);
        this.again = false;
        this.schedule(Math.max(0, due - now));
      });
  }
}
