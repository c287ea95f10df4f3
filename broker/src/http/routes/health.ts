import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../app.js';

/** Liveness (the process answers), readiness (the database takes writes) and Prometheus metrics. */
export const healthRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { ingest, metrics }) => {
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get(
    '/readyz',
    { schema: { hide: true, response: { 200: Type.Object({ status: Type.String() }), 503: Type.Object({ status: Type.String() }) } } },
    async (_req, reply) => (ingest.available ? { status: 'ready' } : reply.status(503).send({ status: 'database unavailable' })),
  );
  app.get('/metrics', { schema: { hide: true } }, async (_req, reply) => {
    reply.type(metrics.registry.contentType);
    return metrics.registry.metrics();
  });
};
