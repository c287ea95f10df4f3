/**
 * Text messages through the county's SMS gateways, with failover: each
 * delivery is handed to the first gateway, and to the next when that one
 * fails; when every gateway fails, the dispatcher retries later. The console
 * gateway (development and demos) writes the message to the log instead.
 */
import type { Logger } from 'pino';
import type { Head } from '../store.js';
import { errorText, type ChannelResult, type DeliveryChannel } from './channel.js';

export interface SmsGateway {
  readonly name: string;
  /** Resolves once the gateway took the message; throws (with statusCode when it answered) when it did not. */
  send(phone: string, text: string): Promise<void>;
}

/** 138****0000: enough for a log line to say whom, not enough to call them. */
export const maskPhone = (phone: string) => (phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****');

export class ConsoleSmsGateway implements SmsGateway {
  readonly name = 'console';
  constructor(private readonly logger: Logger) {}

  async send(phone: string, text: string): Promise<void> {
    // The full text: in development the sign-in code has to be read somewhere.
    this.logger.info({ to: maskPhone(phone), text }, 'SMS (console gateway: not sent)');
  }
}

/** POSTs { to, text } as JSON; most gateways take that directly or through a small adapter. */
export class WebhookSmsGateway implements SmsGateway {
  constructor(
    readonly name: string,
    private readonly url: string,
    private readonly timeoutMs = 10_000,
  ) {}

  async send(phone: string, text: string): Promise<void> {
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ to: phone, text }),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    await res.arrayBuffer().catch(() => undefined);
    if (!res.ok) throw Object.assign(new Error(`gateway ${this.name} answered ${res.status}`), { statusCode: res.status });
  }
}

/** Keeps messages in memory: what tests read sign-in codes from. */
export class MemorySmsGateway implements SmsGateway {
  readonly name = 'memory';
  readonly sent: { phone: string; text: string }[] = [];
  private waiters: (() => void)[] = [];

  async send(phone: string, text: string): Promise<void> {
    this.sent.push({ phone, text });
    this.waiters.splice(0).forEach((w) => w());
  }

  lastTo(phone: string): string | undefined {
    return this.sent.filter((m) => m.phone === phone).at(-1)?.text;
  }

  /** The next message to `phone` after those already sent (the outbox delivers a moment after the request). */
  async next(phone: string, timeoutMs = 5_000): Promise<string> {
    const seen = this.sent.filter((m) => m.phone === phone).length;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const mine = this.sent.filter((m) => m.phone === phone);
      if (mine.length > seen) return mine[seen]!.text;
      if (Date.now() > deadline) throw new Error(`no SMS to ${maskPhone(phone)} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }
}

export class SmsChannel implements DeliveryChannel {
  readonly name = 'sms' as const;

  constructor(
    private readonly gateways: readonly SmsGateway[],
    private readonly logger: Logger,
  ) {}

  async deliver(d: Head): Promise<ChannelResult> {
    const text = d.notification.payload.text;
    if (typeof text !== 'string' || !text) return { ok: false, permanent: true, error: 'the notification has no text to send' };
    const errors: string[] = [];
    let statusCode: number | null = null;
    for (const gateway of this.gateways) {
      try {
        await gateway.send(d.recipient, text);
        if (errors.length > 0) this.logger.warn({ gateway: gateway.name, failed: errors, deliveryId: d.id }, 'SMS sent through a failover gateway');
        return { ok: true };
      } catch (err) {
        statusCode = (err as { statusCode?: number }).statusCode ?? statusCode;
        errors.push(`${gateway.name}: ${errorText(err)}`);
      }
    }
    return { ok: false, statusCode, error: errors.join('; ') || 'no SMS gateway configured' };
  }
}
