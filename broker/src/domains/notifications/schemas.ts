/** Schemas of the notification receivers and deliveries administrators manage. */
import { Type } from 'typebox';
import { MAX_QUERY_INTEGER } from '../../kernel/schemas.js';

const Kind = Type.String({ pattern: '^(\\*|[a-z]+(\\.[a-z-]+)*(\\.\\*)?)$', maxLength: 64, description: "a notification kind ('alarm.raised'), a prefix ('alarm.*') or '*'" });
const Kinds = Type.Array(Kind, { maxItems: 50, uniqueItems: true, description: "the kinds it receives; empty: only what is addressed to it (an alarm party's channels)" });
const Jurisdictions = Type.Array(Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,63}$' }), {
  maxItems: 200,
  uniqueItems: true,
  description: 'only from these jurisdictions; empty or absent: every jurisdiction',
});

export const WebhookEndpoint = Type.Object({
  id: Type.String(),
  name: Type.String(),
  url: Type.String(),
  kinds: Type.Array(Type.String()),
  jurisdictions: Type.Array(Type.String()),
  active: Type.Boolean(),
  createdAt: Type.String({ format: 'date-time' }),
  createdBy: Type.Union([Type.String(), Type.Null()]),
});

export const NewWebhookEndpoint = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 100 }), url: Type.String({ minLength: 8, maxLength: 2000 }), kinds: Kinds, jurisdictions: Type.Optional(Jurisdictions) },
  { additionalProperties: false },
);

export const WebhookChange = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    url: Type.Optional(Type.String({ minLength: 8, maxLength: 2000 })),
    kinds: Type.Optional(Kinds),
    jurisdictions: Type.Optional(Jurisdictions),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const MqttSubscription = Type.Object({
  id: Type.String(),
  name: Type.String(),
  topic: Type.String({ description: 'the one topic this integration may subscribe to' }),
  kinds: Type.Array(Type.String()),
  jurisdictions: Type.Array(Type.String()),
  active: Type.Boolean(),
  createdAt: Type.String({ format: 'date-time' }),
});

export const NewMqttSubscription = Type.Object({ name: Type.String({ minLength: 1, maxLength: 100 }), kinds: Kinds, jurisdictions: Type.Optional(Jurisdictions) }, { additionalProperties: false });

export const Delivery = Type.Object({
  id: Type.Integer(),
  notificationId: Type.Integer(),
  kind: Type.String(),
  channel: Type.Enum(['webhook', 'sms', 'mqtt']),
  recipient: Type.String({ description: 'endpoint or subscription id; a phone number masked' }),
  idempotencyKey: Type.String(),
  status: Type.Enum(['queued', 'delivered', 'failed']),
  attempts: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
  nextAttemptAt: Type.String({ format: 'date-time' }),
  deliveredAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  lastError: Type.Union([Type.String(), Type.Null()]),
});

export const DeliveryQuery = Type.Object({
  status: Type.Optional(Type.Enum(['queued', 'delivered', 'failed'])),
  channel: Type.Optional(Type.Enum(['webhook', 'sms', 'mqtt'])),
  recipient: Type.Optional(Type.String({ maxLength: 100 })),
  before: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_QUERY_INTEGER, description: 'deliveries before this id (paging)' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
});

export const DeliveryAttempt = Type.Object({
  at: Type.String({ format: 'date-time' }),
  durationMs: Type.Integer(),
  outcome: Type.String(),
  statusCode: Type.Union([Type.Integer(), Type.Null()]),
  error: Type.Union([Type.String(), Type.Null()]),
});
