/**
 * The HTTP app as a fastify instance, apart from the process that listens
 * (platform.ts), so tests drive it with inject() or a real socket alike.
 */
import Fastify, { LogController, type FastifyBaseLogger, type FastifyError, type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Logger } from 'pino';
import type { Ingest } from '@watchpost/ingest';
import type { Config } from '../config.js';
import { dashboardRoutes } from './routes/dashboard.js';
import { deviceRoutes } from './routes/devices.js';
import { healthRoutes } from './routes/health.js';
import { liveRoutes } from './routes/live.js';
import { mapRoutes } from './routes/map.js';
import type { LiveFeed } from './live-feed.js';
import type { Metrics } from '../metrics.js';
import { ErrorBody } from './schemas.js';

export interface AppDeps {
  config: Config;
  ingest: Ingest;
  live: LiveFeed;
  metrics: Metrics;
  /** The ports devices reach, for the connection details a registration returns. */
  ports: () => { mqtt: number; coap: number };
  logger: Logger;
}

/** An error a route throws to refuse a request: status, stable code, sentence. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** 'body/kind must be one of: pillar, station, tag' rather than ajv's raw list. */
function describeValidation(err: FastifyError): string {
  return (err.validation ?? [])
    .filter((v) => v.keyword !== 'anyOf')
    .map((v) => {
      const allowed = (v.params as { allowedValues?: unknown[] }).allowedValues;
      const where = `${err.validationContext ?? 'request'}${v.instancePath}`;
      return allowed ? `${where} must be one of: ${allowed.join(', ')}` : `${where} ${v.message}`;
    })
    .join('; ');
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger.child({ component: 'http' }) as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 8 * 1024 * 1024,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array' } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.addSchema(ErrorBody);
  await app.register(swagger, {
    openapi: {
      info: { title: 'Watchpost API', version: '1', description: 'Devices, presence and the live feed of the Watchpost public-safety IoT platform.' },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  // One line per request that changed something; reads only at debug level.
  app.addHook('onResponse', async (request, reply) => {
    const level = request.method === 'GET' || request.method === 'HEAD' ? 'debug' : 'info';
    request.log[level]({ method: request.method, url: request.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request');
  });

  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err.validation) {
      return reply.status(400).send({ code: 'REQUEST_INVALID', message: describeValidation(err) });
    }
    const status = err.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err, url: request.url }, 'request failed');
      return reply.status(status).send({ code: 'INTERNAL', message: 'internal error; the server log has the details' });
    }
    return reply.status(status).send({ code: err.code ?? 'REQUEST_REFUSED', message: err.message });
  });
  app.setNotFoundHandler((request, reply) => reply.status(404).send({ code: 'NOT_FOUND', message: `no route ${request.method} ${request.url.split('?')[0]}` }));

  await app.register(healthRoutes, deps);
  await app.register(deviceRoutes, { ...deps, prefix: '/api/v1' });
  await app.register(liveRoutes, { ...deps, prefix: '/api/v1' });
  await app.register(mapRoutes, { ...deps, prefix: '/api/v1' });
  await app.register(dashboardRoutes, deps);
  return app as unknown as FastifyInstance;
}
