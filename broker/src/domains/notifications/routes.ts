/** Administrators manage where notifications go, and see and retry the deliveries that failed. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { MAX_QUERY_INTEGER } from '../../kernel/schemas.js';
import { iso } from '../../kernel/serialize.js';
import { callerOf, can } from '../access/policy/index.js';
import { integrationTopic } from './channels/mqtt.js';
import { maskPhone } from './channels/sms.js';
import type { MqttSubscriptionRow, WebhookEndpointRow } from './endpoints-store.js';
import type { ReceiversService } from './receivers-service.js';
import { Delivery, DeliveryAttempt, DeliveryQuery, MqttSubscription, NewMqttSubscription, NewWebhookEndpoint, WebhookChange, WebhookEndpoint } from './schemas.js';
import type { DeliveryRow } from './store.js';

const webhookJson = (e: WebhookEndpointRow) => ({
  id: e.id,
  name: e.name,
  url: e.url,
  kinds: e.kinds,
  jurisdictions: e.jurisdictions,
  active: e.active,
  createdAt: e.created_at.toISOString(),
  createdBy: e.created_by,
});
const subscriptionJson = (s: MqttSubscriptionRow) => ({
  id: s.id,
  name: s.name,
  topic: integrationTopic(s.id),
  kinds: s.kinds,
  jurisdictions: s.jurisdictions,
  active: s.active,
  createdAt: s.created_at.toISOString(),
});
const deliveryJson = (d: DeliveryRow & { kind: string }) => ({
  id: d.id,
  notificationId: d.notification_id,
  kind: d.kind,
  channel: d.channel,
  recipient: d.channel === 'sms' ? maskPhone(d.recipient) : d.recipient,
  idempotencyKey: d.channel === 'sms' ? `wp-${d.notification_id}-sms` : d.idempotency_key,
  status: d.status,
  attempts: d.attempts,
  createdAt: d.created_at.toISOString(),
  nextAttemptAt: d.next_attempt_at.toISOString(),
  deliveredAt: iso(d.delivered_at),
  lastError: d.last_error,
});

const read = { access: can('read', 'notification.receiver') };
const write = { access: can('write', 'notification.receiver') };
const IdParams = Type.Object({ id: Type.String({ pattern: '^[a-z]+-[0-9a-f]{12}$' }) });

export const notificationRoutes: FastifyPluginAsyncTypebox<{ receivers: ReceiversService }> = async (app, { receivers }) => {
  app.get(
    '/notifications/webhooks',
    { config: read, schema: { summary: 'Webhook endpoints (never their secrets)', tags: ['notifications'], response: { 200: Type.Object({ endpoints: Type.Array(WebhookEndpoint) }) } } },
    async () => ({
      endpoints: (await receivers.listWebhooks()).map(webhookJson),
    }),
  );

  app.post(
    '/notifications/webhooks',
    {
      config: write,
      schema: {
        summary: 'Add a webhook endpoint for notifications of these kinds; its signing secret (X-Watchpost-Signature) is shown this once',
        tags: ['notifications'],
        body: NewWebhookEndpoint,
        response: { 201: Type.Object({ endpoint: WebhookEndpoint, secret: Type.String() }), 400: { $ref: 'Error' } },
      },
    },
    async (request, reply) => {
      const { endpoint, secret } = await receivers.createWebhook(callerOf(request), request.body);
      reply.status(201);
      return { endpoint: webhookJson(endpoint), secret };
    },
  );

  app.patch(
    '/notifications/webhooks/:id',
    {
      config: write,
      schema: {
        summary: 'Change or disable a webhook endpoint',
        tags: ['notifications'],
        params: IdParams,
        body: WebhookChange,
        response: { 200: Type.Object({ endpoint: WebhookEndpoint }), 404: { $ref: 'Error' } },
      },
    },
    async (request) => ({ endpoint: webhookJson(await receivers.updateWebhook(callerOf(request), request.params.id, request.body)) }),
  );

  app.get(
    '/notifications/subscriptions',
    { config: read, schema: { summary: 'MQTT subscriptions of integrations', tags: ['notifications'], response: { 200: Type.Object({ subscriptions: Type.Array(MqttSubscription) }) } } },
    async () => ({
      subscriptions: (await receivers.listSubscriptions()).map(subscriptionJson),
    }),
  );

  app.post(
    '/notifications/subscriptions',
    {
      config: write,
      schema: {
        summary: 'Add an MQTT subscription: the integration connects with client id and user name = its id and this secret (shown once), and subscribes to its topic',
        tags: ['notifications'],
        body: NewMqttSubscription,
        response: { 201: Type.Object({ subscription: MqttSubscription, secret: Type.String() }) },
      },
    },
    async (request, reply) => {
      const { subscription, secret } = await receivers.createSubscription(callerOf(request), request.body);
      reply.status(201);
      return { subscription: subscriptionJson(subscription), secret };
    },
  );

  app.patch(
    '/notifications/subscriptions/:id',
    {
      config: write,
      schema: {
        summary: 'Enable or disable an MQTT subscription',
        tags: ['notifications'],
        params: IdParams,
        body: Type.Object({ active: Type.Boolean() }, { additionalProperties: false }),
        response: { 200: Type.Object({ subscription: MqttSubscription }), 404: { $ref: 'Error' } },
      },
    },
    async (request) => ({ subscription: subscriptionJson(await receivers.setSubscriptionActive(callerOf(request), request.params.id, request.body.active)) }),
  );

  app.get(
    '/notifications/deliveries',
    {
      config: read,
      schema: {
        summary: 'Deliveries, newest first: ?status=failed lists those parked after their last attempt',
        tags: ['notifications'],
        querystring: DeliveryQuery,
        response: { 200: Type.Object({ deliveries: Type.Array(Delivery) }) },
      },
    },
    async (request) => {
      const q = request.query;
      return { deliveries: (await receivers.listDeliveries({ status: q.status, channel: q.channel, recipient: q.recipient, beforeId: q.before, limit: q.limit ?? 100 })).map(deliveryJson) };
    },
  );

  app.get(
    '/notifications/deliveries/:id/attempts',
    {
      config: read,
      schema: {
        summary: 'Every attempt of one delivery',
        tags: ['notifications'],
        params: Type.Object({ id: Type.Integer({ minimum: 1, maximum: MAX_QUERY_INTEGER }) }),
        response: { 200: Type.Object({ attempts: Type.Array(DeliveryAttempt) }) },
      },
    },
    async (request) => ({
      attempts: (await receivers.attempts(request.params.id)).map((a) => ({ at: a.at.toISOString(), durationMs: a.duration_ms, outcome: a.outcome, statusCode: a.status_code, error: a.error })),
    }),
  );

  app.post(
    '/notifications/deliveries/retry',
    {
      config: write,
      schema: {
        summary: 'Send parked deliveries again',
        tags: ['notifications'],
        body: Type.Object({ ids: Type.Array(Type.Integer({ minimum: 1, maximum: MAX_QUERY_INTEGER }), { minItems: 1, maxItems: 1000, uniqueItems: true }) }, { additionalProperties: false }),
        response: { 200: Type.Object({ requeued: Type.Integer() }) },
      },
    },
    async (request) => ({ requeued: await receivers.retry(callerOf(request), request.body.ids) }),
  );
};
