/** API tokens for integrations (token-service.ts says what a token may be). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { callerOf, can } from '../policy/index.js';
import { ApiToken, NewToken } from '../schemas/tokens.js';
import type { TokenService } from '../token-service.js';

export const tokenRoutes: FastifyPluginAsyncTypebox<{ tokens: TokenService }> = async (app, { tokens }) => {
  app.get(
    '/tokens',
    { config: { access: can('read', 'api-token') }, schema: { summary: 'API tokens (never their secrets)', tags: ['admin'], response: { 200: Type.Object({ tokens: Type.Array(ApiToken) }) } } },
    async () => ({
      tokens: await tokens.list(),
    }),
  );

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
      const created = await tokens.create(callerOf(request), request.body);
      reply.status(201);
      return created;
    },
  );

  app.delete(
    '/tokens/:id',
    {
      config: { access: can('write', 'api-token') },
      schema: { summary: 'Revoke an API token', tags: ['admin'], params: Type.Object({ id: Type.String({ pattern: '^[a-z0-9]{12}$' }) }), response: { 404: { $ref: 'Error' } } },
    },
    async (request) => {
      await tokens.revoke(callerOf(request), request.params.id);
      return { revoked: true };
    },
  );
};
