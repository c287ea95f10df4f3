/**
 * Text messages to residents (sign-in codes, invitations). The sender is
 * pluggable: a county wires its SMS gateway here. The console sender, for
 * development and demos, writes the message to the log instead.
 */
import type { Logger } from 'pino';
import { maskPhone } from './mask.js';

export interface SmsSender {
  send(phone: string, text: string): Promise<void>;
}

export class ConsoleSmsSender implements SmsSender {
  constructor(private readonly logger: Logger) {}

  async send(phone: string, text: string): Promise<void> {
    // The full text: in development the sign-in code has to be read somewhere.
    this.logger.info({ to: maskPhone(phone), text }, 'SMS (console sender: not sent)');
  }
}

/**
 * Hands each message to the county's SMS gateway as JSON ({ to, text }) by
 * HTTP POST; most gateways take that directly or through a small adapter.
 * A send that fails throws, so the caller can tell the person to try again.
 */
export class WebhookSmsSender implements SmsSender {
  constructor(
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
    if (!res.ok) throw Object.assign(new Error(`the SMS gateway answered ${res.status}`), { code: 'SMS_GATEWAY_FAILED' });
  }
}

/** Keeps messages in memory: what tests read sign-in codes from. */
export class MemorySmsSender implements SmsSender {
  readonly sent: { phone: string; text: string }[] = [];

  async send(phone: string, text: string): Promise<void> {
    this.sent.push({ phone, text });
  }

  lastTo(phone: string): string | undefined {
    return this.sent.filter((m) => m.phone === phone).at(-1)?.text;
  }
}
