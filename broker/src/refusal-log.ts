/**
 * One log line per refusal, but not one per frame of a device that sends the
 * same bad frame a thousand times: within a minute, each (device, code) is
 * logged once, and the next line says how many were not. What has no device
 * (a stranger's datagram) is keyed by its address, or by a key the caller
 * gives (a flood from many addresses is one line a minute).
 */
import type { Logger } from 'pino';
import { DEFAULT_CLOCK_WINDOW, type ClockFlag } from '@watchpost/ingest';

const WINDOW_MS = 60_000;
const MAX_KEYS = 100_000;

/** A refusal or warning with a stable code (PROTOCOL.md, Refusals), a sentence and context. */
export interface Reportable {
  code: string;
  message: string;
  context: Record<string, unknown>;
}

export class RefusalLog {
  private readonly recent = new Map<string, { at: number; suppressed: number }>();

  constructor(private readonly logger: Logger) {}

  /** A refused connection, frame or datagram: `${what} refused: ${message}`. */
  report(deviceId: string | null, refusal: Reportable, context: Record<string, unknown>, what: string, key?: string): void {
    this.throttled(key ?? this.keyOf(deviceId, refusal.code, context), { code: refusal.code, deviceId, ...refusal.context, ...context }, `${what} refused: ${refusal.message}`);
  }

  /** A frame taken all the same, with something worth a look (a device clock outside the window). */
  warn(deviceId: string, warning: Reportable, context: Record<string, unknown>, what: string): void {
    this.throttled(this.keyOf(deviceId, warning.code, context), { code: warning.code, deviceId, ...warning.context, ...context }, `${what}: ${warning.message}`);
  }

  private keyOf(deviceId: string | null, code: string, context: Record<string, unknown>): string {
    return `${deviceId ?? (typeof context.remote === 'string' ? context.remote : '?')}:${code}`;
  }

  private throttled(key: string, fields: Record<string, unknown>, msg: string): void {
    const now = Date.now();
    const seen = this.recent.get(key);
    if (seen && now - seen.at < WINDOW_MS) {
      seen.suppressed++;
      return;
    }
    if (this.recent.size >= MAX_KEYS) this.recent.clear();
    this.recent.set(key, { at: now, suppressed: 0 });
    const suppressed = seen?.suppressed ? { suppressedInLastMinute: seen.suppressed } : {};
    this.logger.warn({ ...fields, ...suppressed }, msg);
  }
}

/** The warning for a frame taken with its device clock outside the platform's window. */
export function clockWarning(clock: ClockFlag): Reportable {
  const side = clock === 'behind' ? `more than ${DEFAULT_CLOCK_WINDOW.behindMs / 1000} s behind` : `more than ${DEFAULT_CLOCK_WINDOW.aheadMs / 1000} s ahead of`;
  return { code: 'INGEST_CLOCK_OUTSIDE_WINDOW', message: `the device clock is ${side} the platform's; stored and flagged (a replay, or a clock to set)`, context: { clock } };
}
