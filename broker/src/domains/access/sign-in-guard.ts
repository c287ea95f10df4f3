/**
 * Failed sign-ins counted per source address. The per-account limit
 * (routes/auth.ts) does not stop one address trying a common password
 * against many names (password spraying) or codes against many phones: past
 * 30 failures in 10 minutes the address is answered 429 on every sign-in
 * route until its window ends. 30 is far above what a police station's
 * officers behind one NAT mistype in 10 minutes, and caps a sprayer at
 * 180 names an hour instead of thousands.
 *
 * The audit trail stays readable and bounded under such an attack: the first
 * 10 failures of an address in a window are written one by one; the rest, and
 * every 429, are counted and written as one 'auth.login.failed.summary' entry
 * when the window ends (or the platform stops).
 *
 * The counts live in this process's memory, as the per-account limit's do.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { AuditEntry, AuditLog } from '../audit/audit-log.js';
import { HttpError } from '../../kernel/http-error.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Failed sign-ins per address (this file). */
    readonly signIns: SignInGuard;
  }
}

export interface SignInGuardOptions {
  /** Failures an address may make in a window before it is refused. */
  maxFailures: number;
  windowMs: number;
  /** Failures of an address in a window written to the audit trail one by one; the others go into the window's summary. */
  auditEach: number;
  /** Addresses tracked at once; beyond, new ones share one window (a botnet this large meets one shared limit). */
  maxAddresses: number;
  /** How often ended windows are summarised. */
  sweepMs: number;
  now: () => number;
}

export const SIGN_IN_DEFAULTS: SignInGuardOptions = { maxFailures: 30, windowMs: 10 * 60_000, auditEach: 10, maxAddresses: 50_000, sweepMs: 60_000, now: Date.now };

interface Window {
  ip: string;
  start: number;
  failures: number;
  audited: number;
  /** Attempts refused with 429 in this window, by this guard or by the per-account limit. */
  limited: number;
}

const OVERFLOW = '*';

export class SignInGuard {
  private readonly windows = new Map<string, Window>();
  private readonly options: SignInGuardOptions;
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly audit: AuditLog,
    private readonly log: FastifyBaseLogger,
    options: Partial<SignInGuardOptions> = {},
  ) {
    this.options = { ...SIGN_IN_DEFAULTS, ...options };
    this.sweeper = setInterval(() => void this.summarise(), this.options.sweepMs).unref();
  }

  /** Refuses (429) an address that used up its failures in this window; the refusal counts in the summary. */
  async admit(ip: string): Promise<void> {
    const w = await this.live(ip);
    if (!w || w.failures < this.options.maxFailures) return;
    w.limited++;
    const retryAfterS = Math.max(1, Math.ceil((w.start + this.options.windowMs - this.options.now()) / 1000));
    throw Object.assign(new HttpError(429, 'RATE_LIMITED', `too many failed sign-ins from this address: try again in ${retryAfterS} s`), { headers: { 'retry-after': String(retryAfterS) } });
  }

  /** Counts a failed sign-in; writes `entry` to the audit trail while the address is within its first failures of the window. */
  async failed(ip: string, entry: AuditEntry): Promise<void> {
    const w = (await this.live(ip)) ?? this.open(ip);
    w.failures++;
    if (w.audited >= this.options.auditEach) return;
    w.audited++;
    await this.audit.record({ ...entry, ip });
  }

  /** Counts a 429 answered by another limit (per account) into the address's summary. */
  limited(ip: string): void {
    (this.windows.get(ip) ?? this.open(ip)).limited++;
  }

  /** Writes the summary of every window that ended, or of all of them (on shutdown), and forgets them. */
  async summarise(all = false): Promise<void> {
    const now = this.options.now();
    for (const w of [...this.windows.values()]) {
      if (all || now >= w.start + this.options.windowMs) await this.end(w);
    }
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    await this.summarise(true);
  }

  /** The address's window (or the shared one it is counted in), if one is open; an ended one is summarised first. */
  private async live(ip: string): Promise<Window | undefined> {
    const w = this.windows.get(ip) ?? (this.windows.size >= this.options.maxAddresses ? this.windows.get(OVERFLOW) : undefined);
    if (!w || this.options.now() < w.start + this.options.windowMs) return w;
    await this.end(w);
    return undefined;
  }

  private open(ip: string): Window {
    const key = this.windows.size >= this.options.maxAddresses ? OVERFLOW : ip;
    const existing = this.windows.get(key);
    if (existing) return existing;
    const w = { ip: key, start: this.options.now(), failures: 0, audited: 0, limited: 0 };
    this.windows.set(key, w);
    return w;
  }

  /** Forgets a window and writes its summary, once (a sweep and a request may both find it ended). */
  private async end(w: Window): Promise<void> {
    if (this.windows.get(w.ip) !== w) return;
    this.windows.delete(w.ip);
    const notAudited = w.failures - w.audited;
    if (notAudited === 0 && w.limited === 0) return; // every failure has its own entry already
    const detail = {
      failures: w.failures,
      notAudited,
      limited: w.limited,
      from: new Date(w.start).toISOString(),
      to: new Date(Math.min(this.options.now(), w.start + this.options.windowMs)).toISOString(),
    };
    try {
      await this.audit.record({ actorId: null, actorRole: null, actorName: null, action: 'auth.login.failed.summary', detail, ip: w.ip === OVERFLOW ? null : w.ip });
    } catch (err) {
      // The log keeps what the trail could not take.
      this.log.error({ err, ip: w.ip, ...detail }, 'summary of failed sign-ins not written to the audit trail');
    }
  }
}
