/**
 * The outbox: how any home tells someone something. `notify` runs inside the
 * producer's unit of work, so a notification exists if and only if the change
 * that caused it committed; its deliveries (to the webhook endpoints and MQTT
 * subscriptions that asked for its kind, and to the recipients named) are
 * rows in the same transaction. Once it commits, the live feed gets the
 * notification and the dispatcher is woken to deliver the rest.
 */
import type { Work } from '@watchpost/ingest';
import type { LiveHub } from './live-hub.js';
import type { Receivers } from './receivers.js';
import { insertDeliveries, insertNotifications, type Channel, type NewDelivery, type NewNotification, type NotificationRow } from './store.js';

/** Someone a notification is addressed to beyond the subscribers of its kind. */
export type Recipient = { channel: 'sms'; phone: string } | { channel: 'webhook'; endpointId: string } | { channel: 'mqtt'; subscriptionId: string };

export interface Notify extends NewNotification {
  to?: readonly Recipient[];
}

const recipientOf = (r: Recipient): { channel: Channel; recipient: string } =>
  r.channel === 'sms' ? { channel: 'sms', recipient: r.phone } : r.channel === 'webhook' ? { channel: 'webhook', recipient: r.endpointId } : { channel: 'mqtt', recipient: r.subscriptionId };

export interface OutboxHooks {
  /** The dispatcher: new deliveries are committed. */
  kick(): void;
  onQueued?(channel: Channel, count: number): void;
}

export class Outbox {
  constructor(
    private readonly receivers: Receivers,
    private readonly live: LiveHub,
    private readonly hooks: OutboxHooks,
  ) {}

  /** Writes notifications and their deliveries in the caller's transaction; returns the rows (ids in order). */
  async notify(work: Work, items: readonly Notify[]): Promise<NotificationRow[]> {
    if (items.length === 0) return [];
    const rows = await insertNotifications(work, items);
    const deliveries: NewDelivery[] = [];
    rows.forEach((row, i) => {
      const seen = new Set<string>();
      const add = (d: { channel: Channel; recipient: string }) => {
        const key = `${d.channel}:${d.recipient}`;
        if (seen.has(key)) return;
        seen.add(key);
        deliveries.push({ notificationId: row.id, ...d });
      };
      for (const r of items[i]!.to ?? []) add(recipientOf(r));
      for (const r of this.receivers.match(row.kind, row.jurisdictions)) add(r);
    });
    await insertDeliveries(work, deliveries);
    work.afterCommit(() => {
      this.live.publish(rows);
      if (deliveries.length === 0) return;
      const byChannel = new Map<Channel, number>();
      for (const d of deliveries) byChannel.set(d.channel, (byChannel.get(d.channel) ?? 0) + 1);
      for (const [channel, count] of byChannel) this.hooks.onQueued?.(channel, count);
      this.hooks.kick();
    });
    return rows;
  }
}
