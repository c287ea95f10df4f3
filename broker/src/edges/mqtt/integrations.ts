/**
 * Integrations subscribed over MQTT, as the outbox sees them. A delivery goes
 * only to an integration that is connected and subscribed to its topic (a
 * PUBLISH before its SUBSCRIBE would reach no one and be lost), and counts as
 * delivered once the integration has acknowledged it (PUBACK, at QoS 1): a
 * connection that drops before leaves the delivery queued, to be sent again.
 */
import type { Aedes, Client } from 'aedes';
import type { IntegrationPublisher } from '../../domains/notifications/index.js';

interface Subscribed {
  client: Client;
  qos: 0 | 1;
}

interface Pending {
  client: Client;
  payload: Buffer;
  resolve(): void;
  reject(err: Error): void;
}

export class IntegrationSessions implements IntegrationPublisher {
  /** Subscription id → the connection subscribed to its topic, with the QoS granted. */
  private readonly subscribed = new Map<string, Subscribed>();
  /** Deliveries published and not yet acknowledged, by subscription id (the dispatcher sends one at a time per recipient). */
  private readonly pending = new Map<string, Pending>();
  private readyListeners: ((subscriptionId: string) => void)[] = [];

  constructor(
    private readonly broker: Aedes,
    /** The topic a subscription may subscribe to. */
    private readonly topicOf: (subscriptionId: string) => string,
    /** Which subscription a connection belongs to, if it is an integration's. */
    private readonly subscriptionOf: (client: Client) => string | undefined,
    /** The connection with this client id, if any. */
    private readonly clientById: (id: string) => Client | undefined,
    private readonly ackTimeoutMs = 10_000,
  ) {
    broker.on('subscribe', (subs, client) => {
      const id = client && this.subscriptionOf(client);
      if (id === undefined) return;
      const own = subs.find((s) => s.topic === this.topicOf(id) && (s.qos === 0 || s.qos === 1));
      if (!own) return;
      this.subscribed.set(id, { client, qos: own.qos as 0 | 1 });
      this.readyListeners.forEach((l) => l(id));
    });
    broker.on('unsubscribe', (topics, client) => {
      const id = client && this.subscriptionOf(client);
      if (id !== undefined && topics.includes(this.topicOf(id))) this.forget(id, client, 'the integration unsubscribed');
    });
    broker.on('clientDisconnect', (client) => {
      const id = this.subscriptionOf(client);
      if (id !== undefined) this.forget(id, client, 'the integration disconnected before acknowledging');
    });
    broker.on('ack', (packet, client) => {
      const id = client && this.subscriptionOf(client);
      const p = id !== undefined ? this.pending.get(id) : undefined;
      if (!p || p.client !== client) return;
      // A clean session keeps no copy, so its PUBACK comes without the packet: it is ours, the one
      // outstanding on this connection (a late one cannot come: a timeout ends the connection).
      // A persistent session's resent old messages come with theirs, and must be ours to count.
      if (packet && 'payload' in packet && !Buffer.from(packet.payload as Buffer).equals(p.payload)) return;
      this.pending.delete(id!);
      p.resolve();
    });
  }

  /** Called when an integration has subscribed to its topic: what waited for it may go now. */
  onReady(listener: (subscriptionId: string) => void): void {
    this.readyListeners.push(listener);
  }

  isConnected(subscriptionId: string): boolean {
    const s = this.subscribed.get(subscriptionId);
    return Boolean(s?.client.connected);
  }

  /** Resolves once the integration acknowledged (QoS 1) or was sent (QoS 0) the message; rejects when it goes away first. */
  publish(subscriptionId: string, payload: Buffer): Promise<void> {
    const s = this.subscribed.get(subscriptionId);
    if (!s?.client.connected) return Promise.reject(new Error('the integration is not connected'));
    if (this.pending.has(subscriptionId)) return Promise.reject(new Error('a delivery to this integration is already in flight'));
    const topic = this.topicOf(subscriptionId);
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(subscriptionId);
        // Its PUBACK must not arrive later and be taken for the next message's.
        s.client.close();
        reject(new Error(`no PUBACK from the integration within ${this.ackTimeoutMs} ms: connection closed`));
      }, this.ackTimeoutMs);
      timer.unref();
      const done = (err?: Error) => {
        clearTimeout(timer);
        if (err) reject(err);
        else resolve();
      };
      if (s.qos === 1) this.pending.set(subscriptionId, { client: s.client, payload, resolve: () => done(), reject: done });
      this.broker.publish({ cmd: 'publish', topic, payload, qos: 1, retain: false, dup: false }, (err) => {
        if (err) {
          this.pending.delete(subscriptionId);
          return done(err);
        }
        if (s.qos === 0) done();
      });
    });
  }

  /** Ends an integration's connection (its subscription was disabled). */
  close(subscriptionId: string): void {
    const client = this.clientById(subscriptionId);
    if (client && this.subscriptionOf(client) === subscriptionId) client.close();
  }

  private forget(id: string, client: Client, why: string): void {
    if (this.subscribed.get(id)?.client === client) this.subscribed.delete(id);
    const p = this.pending.get(id);
    if (p?.client === client) {
      this.pending.delete(id);
      p.reject(new Error(why));
    }
  }
}
