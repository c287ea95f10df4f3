/**
 * Administration: API tokens for integrations, the audit trail, and the
 * organisation (jurisdictions and units).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static } from 'typebox';
import { actorOf, type AuditRow } from '../../access/audit.js';
import { can } from '../../access/access.js';
import { createApiToken, listApiTokens, revokeApiToken, type TokenRow } from '../../access/credentials.js';
import { userById } from '../../access/people.js';
import type { AppDeps } from '../app.js';
import { HttpError } from '../errors.js';
import { ApiToken, AuditEntry, AuditQuery, NewToken } from '../schemas/people.js';
import { iso } from '../serialize.js';

const tokenJson = (t: TokenRow) => ({ id: t.id, userId: t.user_id, name: t.name, scopes: t.scopes, createdAt: t.created_at.toISOString(), expiresAt: iso(t.expires_at), revokedAt: iso(t.revoked_at), lastUsedAt: iso(t.last_used_at) });
const auditJson = (r: AuditRow) => ({ seq: r.seq, at: r.at.toISOString(), actorId: r.actorId, actorRole: r.actorRole, actorName: r.actorName, action: r.action, subjectType: r.subjectType, subjectId: r.subjectId, reason: r.reason, detail: r.detail, ip: r.ip, hash: r.hash.toString('hex') });

const Jurisdiction = Type.Object({
  id: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,63}$' }),
  name: Type.String({ minLength: 1, maxLength: 200 }),
  kind: Type.Enum(['county', 'district', 'town', 'police_area']),
  // Null first: with type coercion on (for query strings), a null tried against String first becomes '' (a parent named '').
  parentId: Type.Optional(Type.Union([Type.Null(), Type.String()])),
});
const Unit = Type.Object({
  id: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,63}$' }),
  name: Type.String({ minLength: 1, maxLength: 200 }),
  kind: Type.Enum(['governance_centre', 'police_station', 'town_command', 'district_centre', 'police_command', 'installer', 'administration']),
  jurisdictionId: Type.Optional(Type.Union([Type.Null(), Type.String()])),
});

export const adminRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { ingest, access: acc }) => {
  const db = ingest.db;

  app.get('/tokens', { config: { access: can('read', 'api-token') }, schema: { summary: 'API tokens (never their secrets)', tags: ['admin'], response: { 200: Type.Object({ tokens: Type.Array(ApiToken) }) } } }, async () => ({
    tokens: (await listApiTokens(db)).map(tokenJson),
  }));

  app.post(
    '/tokens',
    {
      config: { access: can('write', 'api-token') },
      schema: { summary: 'Create an API token for an integration; the token is shown once', tags: ['admin'], body: NewToken, response: { 201: Type.Object({ token: Type.String(), info: ApiToken }) } },
    },
    async (request, reply) => {
      const p = request.principal!;
      const userId = request.body.userId ?? p.user.id;
      if (!(await userById(db, userId))) throw new HttpError(404, 'USER_NOT_FOUND', `no account '${userId}'`);
      const days = request.body.expiresInDays;
      const created = await createApiToken(db, userId, request.body.name, request.body.scopes, days ? new Date(Date.now() + days * 86_400_000) : null);
      await acc.audit.append({ ...actorOf(p), action: 'token.create', subjectType: 'api-token', subjectId: created.id, detail: { userId, scopes: request.body.scopes.join(',') }, ip: request.ip });
      reply.status(201);
      return { token: created.token, info: tokenJson(created.row) };
    },
  );

  app.delete(
    '/tokens/:id',
    { config: { access: can('write', 'api-token') }, schema: { summary: 'Revoke an API token', tags: ['admin'], params: Type.Object({ id: Type.String({ pattern: '^[a-z0-9]{12}$' }) }), response: { 404: { $ref: 'Error' } } } },
    async (request) => {
      const revoked = await revokeApiToken(db, request.params.id);
      if (!revoked) throw new HttpError(404, 'TOKEN_NOT_FOUND', `no live token '${request.params.id}'`);
      app.forgetPrincipals(revoked.userId);
      await acc.audit.append({ ...actorOf(request.principal), action: 'token.revoke', subjectType: 'api-token', subjectId: request.params.id, ip: request.ip });
      return { revoked: true };
    },
  );

  app.get(
    '/audit',
    { config: { access: can('read', 'audit') }, schema: { summary: 'Search the audit trail, newest first', tags: ['admin'], querystring: AuditQuery, response: { 200: Type.Object({ entries: Type.Array(AuditEntry) }) } } },
    async (request) => {
      const q = request.query;
      const entries = await acc.audit.search({ ...q, from: q.from ? new Date(q.from) : undefined, to: q.to ? new Date(q.to) : undefined, beforeSeq: q.before, limit: q.limit ?? 100 });
      await acc.audit.append({ ...actorOf(request.principal), action: 'audit.search', detail: { filter: JSON.stringify(q) }, ip: request.ip });
      return { entries: entries.map(auditJson) };
    },
  );

  app.get(
    '/audit/verify',
    {
      config: { access: can('read', 'audit') },
      schema: {
        summary: 'Check the whole hash chain of the audit trail',
        tags: ['admin'],
        response: { 200: Type.Object({ intact: Type.Boolean(), checked: Type.Integer(), lastHash: Type.Optional(Type.String()), brokenAt: Type.Optional(Type.Integer()), problem: Type.Optional(Type.String()) }) },
      },
    },
    async () => acc.audit.verify(),
  );

  app.get('/jurisdictions', { config: { access: can('read', 'jurisdiction') }, schema: { summary: 'Jurisdictions', tags: ['organisation'], response: { 200: Type.Object({ jurisdictions: Type.Array(Jurisdiction) }) } } }, async () => ({
    jurisdictions: (await db.query<{ id: string; name: string; kind: 'county' | 'district' | 'town' | 'police_area'; parent_id: string | null }>('SELECT id, name, kind, parent_id FROM jurisdictions ORDER BY id')).rows.map((j) => ({ id: j.id, name: j.name, kind: j.kind, parentId: j.parent_id })),
  }));

  app.put(
    '/jurisdictions/:id',
    { config: { access: can('write', 'jurisdiction') }, schema: { summary: 'Create or rename a jurisdiction', tags: ['organisation'], params: Type.Object({ id: Jurisdiction.properties.id }), body: Type.Omit(Jurisdiction, ['id']) } },
    async (request) => {
      const { name, kind, parentId } = request.body;
      await db.query(
        `INSERT INTO jurisdictions (id, name, kind, parent_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, parent_id = EXCLUDED.parent_id`,
        [request.params.id, name, kind, parentId ?? null],
      );
      await acc.audit.append({ ...actorOf(request.principal), action: 'jurisdiction.put', subjectType: 'jurisdiction', subjectId: request.params.id, detail: { name, kind }, ip: request.ip });
      return { id: request.params.id };
    },
  );

  app.get('/units', { config: { access: can('read', 'unit') }, schema: { summary: 'Units (parties)', tags: ['organisation'], response: { 200: Type.Object({ units: Type.Array(Unit) }) } } }, async () => ({
    units: (await db.query<{ id: string; name: string; kind: Static<typeof Unit>['kind']; jurisdiction_id: string | null }>('SELECT id, name, kind, jurisdiction_id FROM units ORDER BY id')).rows.map((u) => ({ id: u.id, name: u.name, kind: u.kind, jurisdictionId: u.jurisdiction_id })),
  }));

  app.put(
    '/units/:id',
    { config: { access: can('write', 'unit') }, schema: { summary: 'Create or rename a unit', tags: ['organisation'], params: Type.Object({ id: Unit.properties.id }), body: Type.Omit(Unit, ['id']) } },
    async (request) => {
      const { name, kind, jurisdictionId } = request.body;
      await db.query(
        `INSERT INTO units (id, name, kind, jurisdiction_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, jurisdiction_id = EXCLUDED.jurisdiction_id`,
        [request.params.id, name, kind, jurisdictionId ?? null],
      );
      await acc.audit.append({ ...actorOf(request.principal), action: 'unit.put', subjectType: 'unit', subjectId: request.params.id, detail: { name, kind }, ip: request.ip });
      return { id: request.params.id };
    },
  );
};
