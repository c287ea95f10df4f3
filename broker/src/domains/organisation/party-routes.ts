/** The five parties of a jurisdiction, and how each unit is told (administrators set them; alarm staff read them). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { callerOf, can } from '../access/policy/index.js';
import type { PartiesService } from './parties-service.js';
import { PARTY_ROLES } from './parties-store.js';
import { JurisdictionParams, Unit } from './schemas.js';

const ReceiverId = Type.String({ pattern: '^[a-z]+-[0-9a-f]{12}$' });
const Channels = Type.Object({
  webhookEndpoints: Type.Array(ReceiverId, { maxItems: 20, uniqueItems: true, description: 'webhook endpoints (POST /api/v1/notifications/webhooks) the unit is told through' }),
  mqttSubscriptions: Type.Array(ReceiverId, { maxItems: 20, uniqueItems: true, description: "MQTT subscriptions of the unit's integrations" }),
  smsMembers: Type.Boolean({ description: "text messages to its members' phones" }),
});
const PartyRole = Type.Enum([...PARTY_ROLES]);

const PartyView = Type.Object({
  role: PartyRole,
  unit: Type.Union([Type.Object({ id: Type.String(), name: Type.String() }), Type.Null()]),
  namedIn: Type.Union([Type.String({ description: 'the jurisdiction that names the unit: this one, or the ancestor it is inherited from' }), Type.Null()]),
  channels: Type.Union([Channels, Type.Null()]),
  members: Type.Array(Type.Object({ id: Type.String(), displayName: Type.String(), role: Type.String(), textMessages: Type.Boolean() })),
});

const UnitIdOrNull = Type.Union([Type.Null(), Unit.properties.id]);
const PartiesBody = Type.Object(Object.fromEntries(PARTY_ROLES.map((role) => [role, Type.Optional(UnitIdOrNull)])), {
  additionalProperties: false,
  minProperties: 1,
  description: 'for each part to change: the unit that plays it here (a unit of that kind), or null to inherit it from the parent jurisdiction',
});

export const partyRoutes: FastifyPluginAsyncTypebox<{ parties: PartiesService }> = async (app, { parties }) => {
  app.get(
    '/jurisdictions/:id/parties',
    {
      config: { access: can('read', 'alarm.party') },
      schema: {
        summary: "The five parties of a jurisdiction's alarm linkage (named here or inherited from an ancestor), with their channels and members",
        tags: ['organisation'],
        params: JurisdictionParams,
        response: { 200: Type.Object({ jurisdictionId: Type.String(), parties: Type.Array(PartyView) }), 404: { $ref: 'Error' } },
      },
    },
    async (request) => ({ jurisdictionId: request.params.id, parties: await parties.describe(request.params.id) }),
  );

  app.put(
    '/jurisdictions/:id/parties',
    {
      config: { access: can('write', 'alarm.party') },
      schema: {
        summary: 'Name the units that play parts of the five-party linkage in a jurisdiction',
        tags: ['organisation'],
        params: JurisdictionParams,
        body: PartiesBody,
        response: { 200: Type.Object({ jurisdictionId: Type.String(), parties: Type.Array(PartyView) }), 400: { $ref: 'Error' }, 404: { $ref: 'Error' } },
      },
    },
    async (request) => {
      await parties.name(callerOf(request), request.params.id, request.body as Record<string, string | null>);
      return { jurisdictionId: request.params.id, parties: await parties.describe(request.params.id) };
    },
  );

  app.put(
    '/units/:id/channels',
    {
      config: { access: can('write', 'alarm.party') },
      schema: {
        summary: 'How a unit is told of the alarms it is a party to: webhooks, MQTT subscriptions, text messages to its members (the live feed always)',
        tags: ['organisation'],
        params: Type.Object({ id: Unit.properties.id }),
        body: Type.Object(Channels.properties, { additionalProperties: false }),
        response: { 200: Type.Object({ unitId: Type.String(), channels: Channels }), 400: { $ref: 'Error' }, 404: { $ref: 'Error' } },
      },
    },
    async (request) => {
      await parties.setChannels(callerOf(request), request.params.id, request.body);
      return { unitId: request.params.id, channels: request.body };
    },
  );
};
