import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../app.js';

/** Liveness (the process answers) and readiness (the database takes writes). */
export const healthRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { ingest }) => {
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get(
    '/readyz',
    { schema: { hide: true, response: { 200: Type.Object({ status: Type.String() }), 503: Type.Object({ status: Type.String() }) } } },
    async (_req, reply) => (ingest.writer.available ? { status: 'ready' } : reply.status(503).send({ status: 'database unavailable' })),
  );
};
