/**
 * Staff accounts (administrators manage them) and owners (residents,
 * registered by police or an administrator at a registration point). Every
 * read of an owner's personal data and every change is written to the audit
 * trail; a full read outside one's own account states its reason.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { actorOf } from '../../access/audit.js';
import { can } from '../../access/access.js';
import { hashPassword } from '../../access/passwords.js';
import { countAdmins, insertUser, listUsers, setDisabled, setPassword, UserConflictError, userById, userByPhone } from '../../access/people.js';
import { reach } from '../../access/policy.js';
import type { AppDeps } from '../app.js';
import { HttpError } from '../errors.js';
import { Paging } from '../schemas/common.js';
import { NewOwner, NewStaff, Owner, PHONE_PATTERN, Reason, Staff, StaffChange } from '../schemas/people.js';
import { ownerJson, staffJson } from '../serialize-people.js';

const UserIdParams = Type.Object({ id: Type.String({ pattern: '^u-[0-9a-f]{12}$' }) });

function conflict(err: unknown): unknown {
  if (err instanceof UserConflictError) return new HttpError(409, err.code, err.message);
  // A foreign key: the unit or a jurisdiction named does not exist.
  if ((err as { code?: string }).code === '23503') return new HttpError(400, 'UNKNOWN_REFERENCE', 'no such unit or jurisdiction: create it first (PUT /api/v1/units/{id}, /api/v1/jurisdictions/{id})');
  return err;
}

export const peopleRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { ingest, access: acc }) => {
  const db = ingest.db;

  // --- staff -------------------------------------------------------------
  app.get(
    '/users',
    { config: { access: can('read', 'person.staff') }, schema: { summary: 'Staff accounts', tags: ['people'], querystring: Paging, response: { 200: Type.Object({ users: Type.Array(Staff) }) } } },
    async (request) => {
      const users = await listUsers(db, { roles: ['admin', 'operator', 'police', 'installer'], limit: request.query.limit ?? 100, offset: request.query.offset ?? 0 });
      return { users: users.map(staffJson) };
    },
  );

  app.post(
    '/users',
    {
      config: { access: can('write', 'person.staff') },
      schema: { summary: 'Create a staff account', tags: ['people'], body: NewStaff, response: { 201: Type.Object({ user: Staff }), 409: { $ref: 'Error' } } },
    },
    async (request, reply) => {
      const b = request.body;
      try {
        const passwordHash = await hashPassword(b.password);
        // One transaction: a user is created with all its jurisdictions or not at all.
        const id = await db.transaction((tx) => insertUser(tx, { username: b.username, displayName: b.displayName, role: b.role, unitId: b.unitId, phone: b.phone, passwordHash, createdBy: request.principal!.user.id, jurisdictions: b.jurisdictions }));
        await acc.audit.append({ ...actorOf(request.principal), action: 'user.create', subjectType: 'user', subjectId: id, detail: { role: b.role, username: b.username }, ip: request.ip });
        reply.status(201);
        return { user: staffJson((await userById(db, id))!) };
      } catch (err) {
        throw conflict(err);
      }
    },
  );

  app.patch(
    '/users/:id',
    { config: { access: can('write', 'person.staff') }, schema: { summary: 'Rename, set a password, disable or enable a staff account', tags: ['people'], params: UserIdParams, body: StaffChange, response: { 200: Type.Object({ user: Staff }), 404: { $ref: 'Error' } } } },
    async (request) => {
      const user = await userById(db, request.params.id);
      if (!user || user.role === 'owner') throw new HttpError(404, 'USER_NOT_FOUND', `no staff account '${request.params.id}'`);
      const { displayName, password, disabled } = request.body;
      if (disabled && user.id === request.principal!.user.id) throw new HttpError(409, 'SELF_DISABLE', 'you cannot disable your own account: ask another administrator');
      if (disabled && user.role === 'admin' && !user.disabled_at && (await countAdmins(db)) <= 1) throw new HttpError(409, 'LAST_ADMIN', 'the last administrator cannot be disabled');
      if (displayName) await db.query('UPDATE users SET display_name = $2 WHERE id = $1', [user.id, displayName]);
      if (password) await setPassword(db, user.id, await hashPassword(password));
      if (disabled !== undefined) await setDisabled(db, user.id, disabled);
      app.forgetPrincipals(user.id);
      await acc.audit.append({ ...actorOf(request.principal), action: 'user.update', subjectType: 'user', subjectId: user.id, detail: { displayName: displayName ?? null, passwordChanged: Boolean(password), disabled: disabled ?? null }, ip: request.ip });
      return { user: staffJson((await userById(db, user.id))!) };
    },
  );

  // --- owners ------------------------------------------------------------
  app.post(
    '/owners',
    {
      config: { access: can('write', 'person.owner', { reach: ['all'], otherwise: 'owners are registered at a registration point, by police or an administrator' }) },
      schema: { summary: 'Register an e-bike owner (registration point: police or administrator)', tags: ['people'], body: NewOwner, response: { 201: Type.Object({ owner: Owner }), 409: { $ref: 'Error' } } },
    },
    async (request, reply) => {
      const p = request.principal!;
      if (reach(p.user.role, 'write', 'person.owner') !== 'all') throw new HttpError(403, 'FORBIDDEN', 'owners are registered at a registration point, by police or an administrator');
      const b = request.body;
      try {
        const id = await insertUser(db, { username: null, displayName: b.displayName, role: 'owner', phone: b.phone, idNumber: b.idNumber ?? null, passwordHash: null, createdBy: p.user.id });
        await acc.audit.append({ ...actorOf(p), action: 'owner.create', subjectType: 'user', subjectId: id, detail: { invited: Boolean(b.invite) }, ip: request.ip });
        if (b.invite) await acc.sms.send(b.phone, 'You are registered with Watchpost. Sign in with this phone number; a code will be sent to it.');
        reply.status(201);
        // The registration point just typed these in: it sees them in full.
        return { owner: ownerJson((await userById(db, id))!, true) };
      } catch (err) {
        throw conflict(err);
      }
    },
  );

  app.get(
    '/owners',
    {
      config: { access: can('read', 'person.owner', { reach: ['all', 'masked', 'own'], otherwise: 'look an owner up by phone with POST /owners/lookup, stating the reason' }) },
      schema: { summary: 'Owners, personal data masked (administrators; an owner sees only themselves)', tags: ['people'], querystring: Paging, response: { 200: Type.Object({ owners: Type.Array(Owner) }) } },
    },
    async (request) => {
      const p = request.principal!;
      const r = reach(p.user.role, 'read', 'person.owner');
      if (r === 'own') return { owners: [ownerJson((await userById(db, p.user.id))!, true)] };
      if (r !== 'masked' && r !== 'all') throw new HttpError(403, 'REASON_REQUIRED', 'look an owner up by phone with POST /owners/lookup, stating the reason');
      const owners = await listUsers(db, { role: 'owner', limit: request.query.limit ?? 100, offset: request.query.offset ?? 0 });
      await acc.audit.append({ ...actorOf(p), action: 'owner.list', detail: { count: owners.length, masked: r !== 'all' }, ip: request.ip });
      return { owners: owners.map((o) => ownerJson(o, r === 'all')) };
    },
  );

  app.get(
    '/owners/:id',
    {
      config: { access: can('read', 'person.owner') },
      schema: {
        summary: "One owner: the owner in full; police in full for a stated reason; administrators masked",
        tags: ['people'],
        params: UserIdParams,
        querystring: Type.Object({ reason: Type.Optional(Reason) }),
        response: { 200: Type.Object({ owner: Owner }), 403: { $ref: 'Error' }, 404: { $ref: 'Error' } },
      },
    },
    async (request) => {
      const p = request.principal!;
      const r = reach(p.user.role, 'read', 'person.owner');
      const owner = await userById(db, request.params.id);
      const notFound = new HttpError(404, 'OWNER_NOT_FOUND', `no owner '${request.params.id}'`);
      if (!owner || owner.role !== 'owner') throw notFound;
      if (r === 'own' && owner.id !== p.user.id) throw notFound;
      if (r === 'case' && !request.query.reason) throw new HttpError(403, 'REASON_REQUIRED', "state why you need this owner's data (?reason=…); it is written to the audit trail");
      const full = r === 'own' || r === 'all' || r === 'case';
      if (owner.id !== p.user.id) {
        await acc.audit.append({ ...actorOf(p), action: 'owner.read', subjectType: 'user', subjectId: owner.id, reason: request.query.reason ?? null, detail: { masked: !full }, ip: request.ip });
      }
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
      const p = request.principal!;
      const r = reach(p.user.role, 'read', 'person.owner');
      if (r === 'own') throw new HttpError(403, 'FORBIDDEN', 'owners see their own account only');
      const owner = await userByPhone(db, request.body.phone);
      await acc.audit.append({ ...actorOf(p), action: 'owner.lookup', subjectType: 'user', subjectId: owner?.id ?? null, reason: request.body.reason, detail: { found: Boolean(owner && owner.role === 'owner') }, ip: request.ip });
      if (!owner || owner.role !== 'owner') throw new HttpError(404, 'OWNER_NOT_FOUND', 'no owner with that phone number');
      return { owner: ownerJson(owner, r === 'all' || r === 'case') };
    },
  );
};
