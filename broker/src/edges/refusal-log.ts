/**
 * One log line per refusal, but not one per frame of a device that sends the
 * same bad frame a thousand times: within a minute, each (device, code) is
 * logged once, and the next line says how many were not.
 */
import type { Logger } from 'pino';
import type { Refusal } from '@watchpost/ingest';

const WINDOW_MS = 60_000;
const MAX_KEYS = 100_000;

export class RefusalLog {
  private readonly recent = new Map<string, { at: number; suppressed: number }>();

  constructor(private readonly logger: Logger) {}

  report(deviceId: string | null, refusal: Refusal, context: Record<string, unknown>, what: string): void {
    const key = `${deviceId ?? '?'}:${refusal.code}`;
    const now = Date.now();
    const seen = this.recent.get(key);
    if (seen && now - seen.at < WINDOW_MS) {
      seen.suppressed++;
      return;
    }
    if (this.recent.size >= MAX_KEYS) this.recent.clear();
    this.recent.set(key, { at: now, suppressed: 0 });
    const suppressed = seen?.suppressed ? { suppressedInLastMinute: seen.suppressed } : {};
    this.logger.warn({ code: refusal.code, deviceId, ...refusal.context, ...context, ...suppressed }, `${what} refused: ${refusal.message}`);
  }
}
