/**
 * The notifications home, assembled: the outbox every other home writes to,
 * the dispatcher that delivers it (webhooks, SMS with failover, MQTT for
 * integrations), the live hub behind the SSE feed, and their metrics.
 */
import client from 'prom-client';
import type { Logger } from 'pino';
import type { Database } from '@watchpost/ingest';
import { MqttChannel, type IntegrationPublisher } from './channels/mqtt.js';
import { SmsChannel, type SmsGateway } from './channels/sms.js';
import { WebhookChannel } from './channels/webhook.js';
import { Dispatcher, type DispatcherOptions } from './dispatcher.js';
import { LiveHub } from './live-hub.js';
import { Outbox } from './outbox.js';
import { Receivers } from './receivers.js';
import { ReceiversService } from './receivers-service.js';
import type { AuditLog } from '../audit/audit-log.js';
import { queueStats } from './store.js';

export { Outbox, type Notify, type Recipient } from './outbox.js';
export { LiveHub } from './live-hub.js';
export type { NotificationRow } from './store.js';
export { integrationTopic, type IntegrationPublisher } from './channels/mqtt.js';
export { ConsoleSmsGateway, MemorySmsGateway, WebhookSmsGateway, maskPhone, type SmsGateway } from './channels/sms.js';
export { verifySignature, signatureHeader, SIGNATURE_HEADER, SIGNATURE_WINDOW_S } from './signature.js';
export { notificationRoutes } from './routes.js';
export { liveRoutes, visibleTo, type LiveRouteDeps } from './live-route.js';
export { mqttSecretVerifier } from './receivers-service.js';

export interface NotificationsOptions extends DispatcherOptions {
  webhookTimeoutMs: number;
  smsGateways: readonly SmsGateway[];
}

export class Notifications {
  readonly receivers: Receivers;
  readonly live = new LiveHub();
  readonly outbox: Outbox;
  readonly dispatcher: Dispatcher;
  readonly mqtt: MqttChannel;
  readonly admin: ReceiversService;

  private constructor(
    readonly db: Database,
    audit: AuditLog,
    options: NotificationsOptions,
    logger: Logger,
    registry: client.Registry,
  ) {
    this.receivers = new Receivers(db);
    const registers = [registry];
    const queued = new client.Counter({ name: 'watchpost_notifications_queued_total', help: 'Deliveries written to the outbox, by channel', labelNames: ['channel'], registers });
    const attempts = new client.Counter({
      name: 'watchpost_notifications_attempts_total',
      help: 'Delivery attempts by channel and outcome (delivered, retry, failed)',
      labelNames: ['channel', 'outcome'],
      registers,
    });
    const latency = new client.Histogram({
      name: 'watchpost_notification_delivery_seconds',
      help: 'From a notification committed to its delivery, by channel',
      labelNames: ['channel'],
      buckets: [0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 30, 120, 600],
      registers,
    });
    let stats: Promise<{ queued: number; oldestAgeS: number }> | null = null;
    const readStats = () => (stats ??= queueStats(db).finally(() => setTimeout(() => (stats = null), 1_000).unref()));
    new client.Gauge({
      name: 'watchpost_notifications_undelivered',
      help: 'Deliveries waiting in the outbox (queued or retrying)',
      registers,
      async collect() {
        this.set((await readStats().catch(() => ({ queued: NaN }))).queued);
      },
    });
    new client.Gauge({
      name: 'watchpost_notifications_oldest_undelivered_seconds',
      help: 'Age of the oldest undelivered delivery (0 when none)',
      registers,
      async collect() {
        this.set((await readStats().catch(() => ({ oldestAgeS: NaN }))).oldestAgeS);
      },
    });
    this.mqtt = new MqttChannel((id) => this.receivers.subscription(id));
    const log = logger.child({ component: 'outbox' });
    this.dispatcher = new Dispatcher(db, [new WebhookChannel((id) => this.receivers.webhook(id), options.webhookTimeoutMs), new SmsChannel(options.smsGateways, log), this.mqtt], options, log, {
      onAttempt(channel, outcome, d) {
        attempts.inc({ channel, outcome });
        if (outcome === 'delivered') latency.observe({ channel }, Math.max(0, (Date.now() - d.notification.created_at.getTime()) / 1000));
      },
    });
    this.outbox = new Outbox(this.receivers, this.live, { kick: () => this.dispatcher.kick(), onQueued: (channel, n) => queued.inc({ channel }, n) });
    this.admin = new ReceiversService(db, audit, this.receivers, this.dispatcher, this.mqtt);
  }

  /** The MQTT edge's integrations: deliveries go through it, and wait for an integration until it subscribes. */
  connectMqtt(publisher: IntegrationPublisher): void {
    this.mqtt.publisher = publisher;
    publisher.onReady((id) => void this.dispatcher.recipientBack('mqtt', id));
  }

  static async start(db: Database, audit: AuditLog, options: NotificationsOptions, logger: Logger, registry: client.Registry): Promise<Notifications> {
    const n = new Notifications(db, audit, options, logger, registry);
    await n.receivers.reload();
    n.dispatcher.start();
    return n;
  }

  async stop(): Promise<void> {
    await this.dispatcher.stop();
    this.live.close();
  }
}
