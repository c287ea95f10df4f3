import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';
import { dashboardBuilt } from '../../kernel/config.js';
import type { Config } from '../../kernel/config.js';

/** Serves the built dashboard at / (a single page; its views use hash routes). */
export const dashboardRoutes: FastifyPluginAsync<{ config: Config }> = async (app, { config }) => {
  if (!dashboardBuilt(config)) {
    app.get('/', async (_req, reply) =>
      reply.type('text/plain').send(`The dashboard is not built (looked in ${config.dashboardDir}).\nRun: npm run build -w dashboard\nThe API is at /api/v1 and its documentation at /api/docs.\n`),
    );
    return;
  }
  // Vite names assets by content hash: they may be cached for good; index.html may not.
  await app.register(fastifyStatic, {
    root: config.dashboardDir,
    wildcard: false,
    setHeaders: (reply, path) => reply.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'),
  });
};
