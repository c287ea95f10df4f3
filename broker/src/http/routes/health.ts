import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { can, PUBLIC } from '../../domains/access/policy/index.js';
import type { Registry } from 'prom-client';

/** Liveness (the process answers), readiness (the database takes writes) and Prometheus metrics. */
export const healthRoutes: FastifyPluginAsyncTypebox<{ available: () => boolean; metrics: Registry }> = async (app, { available, metrics }) => {
  app.get('/healthz', { config: { access: PUBLIC }, schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get(
    '/readyz',
    { config: { access: PUBLIC }, schema: { hide: true, response: { 200: Type.Object({ status: Type.String() }), 503: Type.Object({ status: Type.String() }) } } },
    async (_req, reply) => (available() ? { status: 'ready' } : reply.status(503).send({ status: 'database unavailable' })),
  );
  // Prometheus scrapes with a token of scope 'metrics' (or an administrator's session).
  app.get('/metrics', { config: { access: can('read', 'metrics') }, schema: { hide: true } }, async (_req, reply) => {
    reply.type(metrics.contentType);
    return metrics.metrics();
  });
};
