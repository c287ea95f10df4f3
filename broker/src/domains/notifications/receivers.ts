/**
 * The webhook endpoints and MQTT subscriptions, in memory: the outbox matches
 * every notification against them inside the producer's transaction, and
 * must not query for it. Reloaded after every change an administrator makes.
 */
import type { Queryable } from '@watchpost/ingest';
import { listMqttSubscriptions, listWebhookEndpoints, type MqttSubscriptionRow, type WebhookEndpointRow } from './endpoints-store.js';
import type { Channel } from './store.js';

interface Subscribed {
  kinds: readonly string[];
  jurisdictions: readonly string[];
  active: boolean;
}

/** 'alarm.raised' matches 'alarm.raised', 'alarm.*' and '*'. */
export function kindMatches(patterns: readonly string[], kind: string): boolean {
  return patterns.some((p) => p === kind || p === '*' || (p.endsWith('.*') && kind.startsWith(p.slice(0, -1))));
}

function wants(s: Subscribed, kind: string, jurisdictions: readonly string[]): boolean {
  if (!s.active || !kindMatches(s.kinds, kind)) return false;
  return s.jurisdictions.length === 0 || s.jurisdictions.some((j) => jurisdictions.includes(j));
}

export class Receivers {
  private webhooks = new Map<string, WebhookEndpointRow>();
  private mqtt = new Map<string, MqttSubscriptionRow>();

  constructor(private readonly db: Queryable) {}

  async reload(): Promise<void> {
    const [webhooks, mqtt] = await Promise.all([listWebhookEndpoints(this.db), listMqttSubscriptions(this.db)]);
    this.webhooks = new Map(webhooks.map((w) => [w.id, w]));
    this.mqtt = new Map(mqtt.map((m) => [m.id, m]));
  }

  webhook(id: string): WebhookEndpointRow | undefined {
    return this.webhooks.get(id);
  }

  subscription(id: string): MqttSubscriptionRow | undefined {
    return this.mqtt.get(id);
  }

  /** The receivers that subscribed to a notification of this kind from these jurisdictions. */
  match(kind: string, jurisdictions: readonly string[]): { channel: Channel; recipient: string }[] {
    const out: { channel: Channel; recipient: string }[] = [];
    for (const w of this.webhooks.values()) if (wants(w, kind, jurisdictions)) out.push({ channel: 'webhook', recipient: w.id });
    for (const m of this.mqtt.values()) if (wants(m, kind, jurisdictions)) out.push({ channel: 'mqtt', recipient: m.id });
    return out;
  }
}
