/**
 * API tokens for integrations. A token is its creator's, always: a personal
 * token acts for the creator (the audit trail names them, "via token X"); a
 * service token is a service account of its own (svc-<id>, the token's name,
 * its own role), which reaches no further than its creator and stops with
 * them. No request names another account: nobody mints a credential for
 * someone else.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Database } from '@watchpost/ingest';
import { can, type Principal } from '../../access/access.js';
import { actorOf } from '../../access/audit.js';
import { createApiToken, listApiTokens, revokeApiToken, serviceAccountId, type TokenRow } from '../../access/credentials.js';
import { reachBeyond, type Role } from '../../access/policy.js';
import type { AccessServices } from '../app.js';
import { HttpError } from '../errors.js';
import { ApiToken, NewToken } from '../schemas/tokens.js';
import { iso } from '../serialize.js';

const DAY_MS = 86_400_000;

function tokenJson(t: TokenRow, creator: { name: string; role: Role }) {
  return {
    id: t.id,
    name: t.name,
    kind: t.kind,
    role: t.service_role ?? creator.role,
    actorId: t.kind === 'service' ? serviceAccountId(t.id) : t.created_by,
    createdBy: t.created_by,
    createdByName: creator.name,
    scopes: t.scopes,
    createdAt: t.created_at.toISOString(),
    expiresAt: iso(t.expires_at),
    revokedAt: iso(t.revoked_at),
    lastUsedAt: iso(t.last_used_at),
  };
}

/** What the new token may have, given who creates it; a refusal that says why otherwise. */
function checkedRequest(p: Principal, body: { kind?: 'personal' | 'service'; role?: Role; scopes: string[]; expiresInDays?: number }): { serviceRole: Role | null; expiresAt: Date | null } {
  if (p.via === 'token' && p.kind === 'service') throw new HttpError(403, 'SERVICE_TOKEN_CREATES_NONE', 'a service token cannot create tokens: the administrator who created it can');
  const kind = body.kind ?? 'personal';
  if (kind === 'personal' && body.role) throw new HttpError(400, 'TOKEN_ROLE_PERSONAL', 'body/role is for service tokens: a personal token acts with your own role');
  let serviceRole: Role | null = null;
  if (kind === 'service') {
    serviceRole = body.role ?? p.user.role;
    const beyond = reachBeyond(serviceRole, p.user.role);
    if (serviceRole === 'owner' || beyond.length > 0) {
      throw new HttpError(403, 'TOKEN_REACH_EXCEEDED', `body/role: a service token reaches no further than you; the ${serviceRole} role would ${beyond.slice(0, 3).join(', ')}${beyond.length > 3 ? ', …' : ''}, which the ${p.user.role} role may not`);
    }
  }
  const expiresAt = body.expiresInDays ? new Date(Date.now() + body.expiresInDays * DAY_MS) : null;
  // A token created with a token gets no more than that token has.
  if (p.via === 'token') {
    const extra = p.scopes.has('*') ? [] : body.scopes.filter((s) => !p.scopes.has(s as never));
    if (extra.length > 0) throw new HttpError(403, 'TOKEN_SCOPE_EXCEEDED', `body/scopes: the token you call with lacks ${extra.join(', ')}, so the new one cannot have it`);
    if (p.expiresAt && (!expiresAt || expiresAt > p.expiresAt)) {
      throw new HttpError(403, 'TOKEN_EXPIRY_EXCEEDED', `body/expiresInDays: the new token must expire by ${p.expiresAt.toISOString()}, when the token you call with does`);
    }
  }
  return { serviceRole, expiresAt };
}

export const tokenRoutes: FastifyPluginAsyncTypebox<{ acc: AccessServices; db: Database }> = async (app, { acc, db }) => {
  app.get('/tokens', { config: { access: can('read', 'api-token') }, schema: { summary: 'API tokens (never their secrets)', tags: ['admin'], response: { 200: Type.Object({ tokens: Type.Array(ApiToken) }) } } }, async () => ({
    tokens: (await listApiTokens(db)).map((t) => tokenJson(t, { name: t.creator_name, role: t.creator_role })),
  }));

  app.post(
    '/tokens',
    {
      config: { access: can('write', 'api-token') },
      schema: {
        summary: 'Create an API token of your own (personal) or for a service account reaching no further than you; the token is shown once',
        tags: ['admin'],
        body: NewToken,
        response: { 201: Type.Object({ token: Type.String(), info: ApiToken }), 400: { $ref: 'Error' }, 403: { $ref: 'Error' } },
      },
    },
    async (request, reply) => {
      const p = request.principal!;
      const { serviceRole, expiresAt } = checkedRequest(p, request.body);
      // The creator is whoever calls (through a session or a personal token: a person, never someone they name).
      const created = await createApiToken(db, p.user.id, request.body.name, request.body.scopes, expiresAt, serviceRole);
      const info = tokenJson(created.row, { name: p.user.displayName, role: p.user.role });
      await acc.audit.append({ ...actorOf(p), action: 'token.create', subjectType: 'api-token', subjectId: created.id, detail: { kind: info.kind, role: info.role, actsAs: info.actorId, scopes: request.body.scopes.join(',') }, ip: request.ip });
      reply.status(201);
      return { token: created.token, info };
    },
  );

  app.delete(
    '/tokens/:id',
    { config: { access: can('write', 'api-token') }, schema: { summary: 'Revoke an API token', tags: ['admin'], params: Type.Object({ id: Type.String({ pattern: '^[a-z0-9]{12}$' }) }), response: { 404: { $ref: 'Error' } } } },
    async (request) => {
      const revoked = await revokeApiToken(db, request.params.id);
      if (!revoked) throw new HttpError(404, 'TOKEN_NOT_FOUND', `no live token '${request.params.id}'`);
      app.forgetPrincipals(revoked.kind === 'service' ? serviceAccountId(revoked.id) : revoked.created_by);
      await acc.audit.append({ ...actorOf(request.principal), action: 'token.revoke', subjectType: 'api-token', subjectId: request.params.id, detail: { kind: revoked.kind }, ip: request.ip });
      return { revoked: true };
    },
  );
};
