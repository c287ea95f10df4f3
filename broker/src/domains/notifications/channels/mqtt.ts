/**
 * MQTT for integrations that subscribe: each delivery is published with
 * QoS 1 on the subscription's own topic. It counts as delivered once the
 * integration has acknowledged it (PUBACK); while the integration is not
 * connected and subscribed, the delivery waits in the outbox (retried with
 * backoff, and made due at once when the integration subscribes).
 */
import type { Head } from '../store.js';
import type { MqttSubscriptionRow } from '../endpoints-store.js';
import { errorText, notificationBody, type ChannelResult, type DeliveryChannel } from './channel.js';

export const integrationTopic = (subscriptionId: string) => `wp/v1/integrations/${subscriptionId}/notifications`;

/** What the MQTT edge offers the outbox. */
export interface IntegrationPublisher {
  /** Connected and subscribed to its topic. */
  isConnected(subscriptionId: string): boolean;
  /** Publishes on the subscription's topic; resolves once the integration acknowledged it. */
  publish(subscriptionId: string, payload: Buffer): Promise<void>;
  /** Calls back when an integration has subscribed to its topic. */
  onReady(listener: (subscriptionId: string) => void): void;
  /** Ends an integration's connection (its subscription was disabled). */
  close(subscriptionId: string): void;
}

export class MqttChannel implements DeliveryChannel {
  readonly name = 'mqtt' as const;
  publisher: IntegrationPublisher | null = null;

  constructor(private readonly subscription: (id: string) => MqttSubscriptionRow | undefined) {}

  async deliver(d: Head): Promise<ChannelResult> {
    const sub = this.subscription(d.recipient);
    if (!sub) return { ok: false, permanent: true, error: `MQTT subscription '${d.recipient}' no longer exists` };
    if (!sub.active) return { ok: false, permanent: true, error: `MQTT subscription '${d.recipient}' is disabled` };
    if (!this.publisher?.isConnected(sub.id)) return { ok: false, error: 'the integration is not connected (or not subscribed to its topic)' };
    try {
      await this.publisher.publish(sub.id, Buffer.from(JSON.stringify(notificationBody(d))));
      return { ok: true };
    } catch (err) {
      return { ok: false, error: errorText(err) };
    }
  }
}
