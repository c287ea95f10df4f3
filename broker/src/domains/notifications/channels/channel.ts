/** What every delivery channel does: try one delivery, say how it went. */
import type { Channel, Head } from '../store.js';

export interface ChannelResult {
  ok: boolean;
  /** The HTTP status the receiver or gateway answered, if it answered. */
  statusCode?: number | null;
  error?: string;
  /** No retry can help (the endpoint was removed or disabled): park at once. */
  permanent?: boolean;
}

export interface DeliveryChannel {
  readonly name: Channel;
  deliver(delivery: Head): Promise<ChannelResult>;
}

/** The body every channel but SMS sends: the notification as integrations read it. */
export function notificationBody(d: Head): Record<string, unknown> {
  const n = d.notification;
  return {
    id: String(n.id),
    kind: n.kind,
    createdAt: n.created_at.toISOString(),
    jurisdictions: n.jurisdictions,
    subjectId: n.subject_id,
    data: n.payload,
    delivery: { id: String(d.id), attempt: d.attempts + 1, idempotencyKey: d.idempotency_key },
  };
}

export const errorText = (err: unknown) => {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError') return 'timed out';
  return [e?.message, e?.cause?.code ?? e?.cause?.message].filter(Boolean).join(': ').slice(0, 500) || String(err);
};
