/**
 * Webhooks: a signed JSON POST per delivery. A 2xx within the timeout is
 * delivered; anything else is retried by the dispatcher (the receiver sees
 * the same Idempotency-Key each time and processes it once).
 */
import type { Head } from '../store.js';
import type { WebhookEndpointRow } from '../endpoints-store.js';
import { signatureHeader } from '../signature.js';
import { errorText, notificationBody, type ChannelResult, type DeliveryChannel } from './channel.js';

export class WebhookChannel implements DeliveryChannel {
  readonly name = 'webhook' as const;

  constructor(
    private readonly endpoint: (id: string) => WebhookEndpointRow | undefined,
    private readonly timeoutMs: number,
  ) {}

  async deliver(d: Head): Promise<ChannelResult> {
    const endpoint = this.endpoint(d.recipient);
    if (!endpoint) return { ok: false, permanent: true, error: `webhook endpoint '${d.recipient}' no longer exists` };
    if (!endpoint.active) return { ok: false, permanent: true, error: `webhook endpoint '${d.recipient}' is disabled` };
    const body = JSON.stringify(notificationBody(d));
    try {
      const res = await fetch(endpoint.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Watchpost-Webhooks/1',
          'idempotency-key': d.idempotency_key,
          'x-watchpost-event': d.notification.kind,
          'x-watchpost-delivery': String(d.id),
          'x-watchpost-signature': signatureHeader(endpoint.secret, body),
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      // The body is not read: drain it so the connection can be reused.
      await res.arrayBuffer().catch(() => undefined);
      if (res.status >= 200 && res.status < 300) return { ok: true, statusCode: res.status };
      return { ok: false, statusCode: res.status, error: `answered ${res.status}` };
    } catch (err) {
      return { ok: false, statusCode: null, error: errorText(err) };
    }
  }
}
