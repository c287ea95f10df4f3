/**
 * What administrators manage: webhook endpoints and MQTT subscriptions
 * (their secrets shown once, at creation), and the deliveries that failed,
 * to look at and send again. Every change commits with its audit entry; the
 * outbox's in-memory list of receivers is read again once it has.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { inTransaction, type Database } from '@watchpost/ingest';
import { HttpError } from '../../kernel/http-error.js';
import type { AuditLog } from '../audit/audit-log.js';
import { actorOfCaller, type Caller } from '../access/policy/index.js';
import {
  insertMqttSubscription,
  insertWebhookEndpoint,
  listMqttSubscriptions,
  listWebhookEndpoints,
  setMqttSubscriptionActive,
  updateWebhookEndpoint,
  type EndpointChange,
  type MqttSubscriptionRow,
  type WebhookEndpointRow,
} from './endpoints-store.js';
import type { MqttChannel } from './channels/mqtt.js';
import type { Dispatcher } from './dispatcher.js';
import type { Receivers } from './receivers.js';
import { attemptsOf, listDeliveries, requeue, type DeliveryFilter } from './store.js';

const newId = (prefix: string) => `${prefix}-${randomBytes(6).toString('hex')}`;
const newSecret = () => randomBytes(24).toString('base64url');

/** As device passwords: the platform keeps an HMAC of an integration's MQTT secret, never the secret. */
export const mqttSecretVerifier = (id: string, secret: string) => createHmac('sha256', secret).update(`wp/v1/integration/${id}`).digest();

export interface NewReceiver {
  name: string;
  kinds: string[];
  jurisdictions?: string[];
}

export class ReceiversService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditLog,
    private readonly receivers: Receivers,
    private readonly dispatcher: Dispatcher,
    private readonly mqtt: MqttChannel,
  ) {}

  listWebhooks(): Promise<WebhookEndpointRow[]> {
    return listWebhookEndpoints(this.db);
  }

  /** A new endpoint; its signing secret is in the answer this once. */
  async createWebhook(caller: Caller, input: NewReceiver & { url: string }): Promise<{ endpoint: WebhookEndpointRow; secret: string }> {
    checkUrl(input.url);
    const secret = `whsec_${newSecret()}`;
    const endpoint = await inTransaction(this.db, async (work) => {
      const row = await insertWebhookEndpoint(work, {
        id: newId('wh'),
        name: input.name,
        url: input.url,
        secret,
        kinds: input.kinds,
        jurisdictions: input.jurisdictions ?? [],
        created_by: caller.principal.user.id,
      });
      await this.audit.append(work, {
        ...actorOfCaller(caller),
        action: 'notification.webhook.create',
        subjectType: 'webhook-endpoint',
        subjectId: row.id,
        detail: { url: input.url, kinds: input.kinds.join(',') },
      });
      return row;
    });
    await this.receivers.reload();
    return { endpoint, secret };
  }

  async updateWebhook(caller: Caller, id: string, change: EndpointChange): Promise<WebhookEndpointRow> {
    if (change.url) checkUrl(change.url);
    const row = await inTransaction(this.db, async (work) => {
      const updated = await updateWebhookEndpoint(work, id, change);
      if (!updated) throw new HttpError(404, 'WEBHOOK_NOT_FOUND', `no webhook endpoint '${id}'`);
      await this.audit.append(work, {
        ...actorOfCaller(caller),
        action: 'notification.webhook.update',
        subjectType: 'webhook-endpoint',
        subjectId: id,
        detail: { url: change.url ?? null, active: change.active ?? null },
      });
      return updated;
    });
    await this.receivers.reload();
    // Re-enabled: what waited for it may go now.
    if (change.active) this.dispatcher.kick();
    return row;
  }

  listSubscriptions(): Promise<MqttSubscriptionRow[]> {
    return listMqttSubscriptions(this.db);
  }

  /** A new MQTT subscription: the integration connects with client id and user name = its id, password = the secret shown this once. */
  async createSubscription(caller: Caller, input: NewReceiver): Promise<{ subscription: MqttSubscriptionRow; secret: string }> {
    const id = newId('int');
    const secret = newSecret();
    const subscription = await inTransaction(this.db, async (work) => {
      const row = await insertMqttSubscription(work, {
        id,
        name: input.name,
        secret_verifier: mqttSecretVerifier(id, secret),
        kinds: input.kinds,
        jurisdictions: input.jurisdictions ?? [],
        created_by: caller.principal.user.id,
      });
      await this.audit.append(work, {
        ...actorOfCaller(caller),
        action: 'notification.subscription.create',
        subjectType: 'mqtt-subscription',
        subjectId: id,
        detail: { kinds: input.kinds.join(',') },
      });
      return row;
    });
    await this.receivers.reload();
    return { subscription, secret };
  }

  async setSubscriptionActive(caller: Caller, id: string, active: boolean): Promise<MqttSubscriptionRow> {
    const row = await inTransaction(this.db, async (work) => {
      const updated = await setMqttSubscriptionActive(work, id, active);
      if (!updated) throw new HttpError(404, 'SUBSCRIPTION_NOT_FOUND', `no MQTT subscription '${id}'`);
      await this.audit.append(work, { ...actorOfCaller(caller), action: 'notification.subscription.update', subjectType: 'mqtt-subscription', subjectId: id, detail: { active } });
      return updated;
    });
    await this.receivers.reload();
    // Disabled: a connection made while it was active ends too.
    if (!active) this.mqtt.publisher?.close(id);
    return row;
  }

  listDeliveries(filter: DeliveryFilter) {
    return listDeliveries(this.db, filter);
  }

  attempts(deliveryId: number) {
    return attemptsOf(this.db, deliveryId);
  }

  /** Parked deliveries back in the queue (an administrator's retry by hand). */
  async retry(caller: Caller, ids: number[]): Promise<number> {
    const n = await inTransaction(this.db, async (work) => {
      const count = await requeue(work, ids);
      await this.audit.append(work, {
        ...actorOfCaller(caller),
        action: 'notification.delivery.retry',
        subjectType: 'delivery',
        subjectId: ids.length === 1 ? String(ids[0]) : null,
        detail: { requested: ids.length, requeued: count },
      });
      return count;
    });
    if (n > 0) this.dispatcher.kick();
    return n;
  }
}

function checkUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new HttpError(400, 'REQUEST_INVALID', 'body/url is not a URL');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new HttpError(400, 'REQUEST_INVALID', 'body/url must be http:// or https://');
  if (parsed.username || parsed.password) throw new HttpError(400, 'REQUEST_INVALID', 'body/url must not carry credentials: the signature authenticates the platform');
}
