/**
 * Staff accounts (administrators manage them) and owners (residents,
 * registered by police or an administrator at a registration point). The
 * service applies the reach and writes the audit trail; these routes declare
 * who may call them, check the input and answer.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Paging } from '../../../kernel/schemas.js';
import type { PeopleService } from '../people-service.js';
import { callerOf, can } from '../policy/index.js';
import { NewOwner, NewStaff, Owner, PHONE_PATTERN, Reason, Staff, StaffChange } from '../schemas/people.js';
import { ownerJson, staffJson } from '../serialize.js';

const UserIdParams = Type.Object({ id: Type.String({ pattern: '^u-[0-9a-f]{12}$' }) });
const page = (q: { limit?: number; offset?: number }) => ({ limit: q.limit ?? 100, offset: q.offset ?? 0 });

export const peopleRoutes: FastifyPluginAsyncTypebox<{ people: PeopleService }> = async (app, { people }) => {
  // --- staff -------------------------------------------------------------
  app.get(
    '/users',
    { config: { access: can('read', 'person.staff') }, schema: { summary: 'Staff accounts', tags: ['people'], querystring: Paging, response: { 200: Type.Object({ users: Type.Array(Staff) }) } } },
    async (request) => ({ users: (await people.listStaff(page(request.query))).map(staffJson) }),
  );

  app.post(
    '/users',
    {
      config: { access: can('write', 'person.staff') },
      schema: { summary: 'Create a staff account', tags: ['people'], body: NewStaff, response: { 201: Type.Object({ user: Staff }), 409: { $ref: 'Error' } } },
    },
    async (request, reply) => {
      const user = await people.createStaff(callerOf(request), request.body);
      reply.status(201);
      return { user: staffJson(user) };
    },
  );

  app.patch(
    '/users/:id',
    {
      config: { access: can('write', 'person.staff') },
      schema: {
        summary: 'Rename, set a password, disable or enable a staff account',
        tags: ['people'],
        params: UserIdParams,
        body: StaffChange,
        response: { 200: Type.Object({ user: Staff }), 404: { $ref: 'Error' } },
      },
    },
    async (request) => ({ user: staffJson(await people.updateStaff(callerOf(request), request.params.id, request.body)) }),
  );

  // --- owners ------------------------------------------------------------
  app.post(
    '/owners',
    {
      config: { access: can('write', 'person.owner', { reach: ['all'], otherwise: 'owners are registered at a registration point, by police or an administrator' }) },
      schema: {
        summary: 'Register an e-bike owner (registration point: police or administrator)',
        tags: ['people'],
        body: NewOwner,
        response: { 201: Type.Object({ owner: Owner }), 409: { $ref: 'Error' } },
      },
    },
    async (request, reply) => {
      const owner = await people.registerOwner(callerOf(request), request.body);
      reply.status(201);
      // The registration point just typed these in: it sees them in full.
      return { owner: ownerJson(owner, true) };
    },
  );

  app.get(
    '/owners',
    {
      config: { access: can('read', 'person.owner', { reach: ['all', 'masked', 'own'], otherwise: 'look an owner up by phone with POST /owners/lookup, stating the reason' }) },
      schema: {
        summary: 'Owners, personal data masked (administrators; an owner sees only themselves)',
        tags: ['people'],
        querystring: Paging,
        response: { 200: Type.Object({ owners: Type.Array(Owner) }) },
      },
    },
    async (request) => {
      const { owners, full } = await people.listOwners(callerOf(request), page(request.query));
      return { owners: owners.map((o) => ownerJson(o, full)) };
    },
  );

  app.get(
    '/owners/:id',
    {
      config: { access: can('read', 'person.owner') },
      schema: {
        summary: 'One owner: the owner in full; police in full for a stated reason; administrators masked',
        tags: ['people'],
        params: UserIdParams,
        querystring: Type.Object({ reason: Type.Optional(Reason) }),
        response: { 200: Type.Object({ owner: Owner }), 403: { $ref: 'Error' }, 404: { $ref: 'Error' } },
      },
    },
    async (request) => {
      const { owner, full } = await people.readOwner(callerOf(request), request.params.id, request.query.reason);
      return { owner: ownerJson(owner, full) };
    },
  );

  app.post(
    '/owners/lookup',
    {
      config: { access: can('read', 'person.owner', { reach: ['all', 'masked', 'case'], otherwise: 'owners see their own account only (GET /owners)' }) },
      schema: {
        summary: 'Find an owner by phone number, stating the reason (audited)',
        tags: ['people'],
        body: Type.Object({ phone: Type.String({ pattern: PHONE_PATTERN }), reason: Reason }, { additionalProperties: false }),
        response: { 200: Type.Object({ owner: Owner }), 403: { $ref: 'Error' }, 404: { $ref: 'Error' } },
      },
    },
    async (request) => {
      const { owner, full } = await people.lookupOwner(callerOf(request), request.body.phone, request.body.reason);
      return { owner: ownerJson(owner, full) };
    },
  );
};
