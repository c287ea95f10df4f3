/**
 * MQTT for integrations that subscribe: each delivery is published with
 * QoS 1 on the subscription's own topic. It counts as delivered once the
 * broker has handed it to the connected subscriber; while the integration
 * is not connected, the delivery waits in the outbox (retried with backoff).
 */
import type { Head } from '../store.js';
import type { MqttSubscriptionRow } from '../endpoints-store.js';
import { errorText, notificationBody, type ChannelResult, type DeliveryChannel } from './channel.js';

export const integrationTopic = (subscriptionId: string) => `wp/v1/integrations/${subscriptionId}/notifications`;

/** What the MQTT edge offers the outbox. */
export interface IntegrationPublisher {
  isConnected(subscriptionId: string): boolean;
  publish(topic: string, payload: Buffer): Promise<void>;
}

export class MqttChannel implements DeliveryChannel {
  readonly name = 'mqtt' as const;
  publisher: IntegrationPublisher | null = null;

  constructor(private readonly subscription: (id: string) => MqttSubscriptionRow | undefined) {}

  async deliver(d: Head): Promise<ChannelResult> {
    const sub = this.subscription(d.recipient);
    if (!sub) return { ok: false, permanent: true, error: `MQTT subscription '${d.recipient}' no longer exists` };
    if (!sub.active) return { ok: false, permanent: true, error: `MQTT subscription '${d.recipient}' is disabled` };
    if (!this.publisher?.isConnected(sub.id)) return { ok: false, error: 'the integration is not connected' };
    try {
      await this.publisher.publish(integrationTopic(sub.id), Buffer.from(JSON.stringify(notificationBody(d))));
      return { ok: true };
    } catch (err) {
      return { ok: false, error: errorText(err) };
    }
  }
}
