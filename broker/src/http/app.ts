/**
 * The HTTP app as a fastify instance, apart from the process that listens
 * (platform.ts), so tests drive it with inject() or a real socket alike.
 */
import Fastify, { LogController, type FastifyBaseLogger, type FastifyError, type FastifyInstance, type FastifyReply } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Logger } from 'pino';
import type { Config } from '../kernel/config.js';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import { rolesAdmitted, type RouteAccess } from '../domains/access/policy/index.js';
import type { AccessHome } from '../domains/access/index.js';
import type { AlarmsHome } from '../domains/alarms/index.js';
import { auditRoutes, type AuditLog } from '../domains/audit/index.js';
import { activityRoutes, trackRoutes, type TracksHome } from '../domains/bikes/tracks/index.js';
import type { BikesHome } from '../domains/bikes/index.js';
import { deviceRoutes, type DevicesHome } from '../domains/devices/index.js';
import { liveRoutes, notificationRoutes, type Notifications } from '../domains/notifications/index.js';
import { basemapOrigins, organisationRoutes, partyRoutes, type OrganisationService } from '../domains/organisation/index.js';
import { ErrorBody } from '../kernel/schemas.js';
import type { Registry } from 'prom-client';
import { authPlugin } from './plugins/auth.js';
import { dashboardRoutes } from './routes/dashboard.js';
import { healthRoutes } from './routes/health.js';
import { requestCausedDatabaseError } from './db-errors.js';
import { guardInput, realInstants } from './input-guard.js';

/** The homes the API serves. */
export interface Homes {
  audit: AuditLog;
  access: AccessHome;
  notifications: Notifications;
  organisation: OrganisationService;
  devices: DevicesHome;
  tracks: TracksHome;
  bikes: BikesHome;
  alarms: AlarmsHome;
}

export interface AppDeps {
  config: Config;
  homes: Homes;
  /** The platform's Prometheus registry (GET /metrics). */
  metrics: Registry;
  /** True while the database takes writes (readiness). */
  available: () => boolean;
  /** The ports devices reach, for the connection details a registration returns. */
  ports: () => { mqtt: number; coap: number };
  logger: Logger;
}

export { HttpError } from '../kernel/http-error.js';

/** 'body/kind must be one of: pillar, station, tag' rather than ajv's raw list. */
function describeValidation(err: FastifyError): string {
  return (err.validation ?? [])
    .filter((v) => v.keyword !== 'anyOf')
    .map((v) => {
      const params = v.params as { allowedValues?: unknown[]; format?: string };
      const where = `${err.validationContext ?? 'request'}${v.instancePath}`;
      if (params.allowedValues) return `${where} must be one of: ${params.allowedValues.join(', ')}`;
      if (params.format === 'date-time') return `${where} must be an RFC 3339 date-time of a real instant between the years 1 and 9999, such as 2026-05-01T08:00:00Z`;
      return `${where} ${v.message}`;
    })
    .join('; ');
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger.child({ component: 'http' }) as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 8 * 1024 * 1024,
    // Behind the dashboard server or a TLS proxy, the client's address comes from X-Forwarded-For; only from proxies named here.
    trustProxy: deps.config.trustProxy ? deps.config.trustProxy.split(',').map((s) => s.trim()) : false,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array' }, onCreate: realInstants },
    // A URL that does not decode ('%', invalid UTF-8) is refused before routing: in our shape, not fastify's.
    frameworkErrors: (err, _request, reply) => {
      void (reply as FastifyReply).status(400).send({ code: 'REQUEST_INVALID', message: `the URL is not valid: ${err.message}` });
    },
  }).withTypeProvider<TypeBoxTypeProvider>();
  // Before any route: NUL, invalid Unicode and deep nesting are refused for all of them alike.
  guardInput(app as unknown as FastifyInstance);

  app.addSchema(ErrorBody);
  // Security headers on every answer, refusals included.
  const mapOrigins = basemapOrigins(deps.config);
  await app.register(helmet, {
    // MapLibre draws with WebGL in a blob: worker and styles its elements inline; tiles come from the basemaps' hosts.
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:', ...mapOrigins],
        connectSrc: ["'self'", ...mapOrigins],
        workerSrc: ["'self'", 'blob:'],
        fontSrc: ["'self'", 'data:', ...mapOrigins],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    // Served over plain HTTP on closed networks too; HSTS belongs to the TLS proxy in front.
    strictTransportSecurity: false,
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => ({ statusCode: 429, code: 'RATE_LIMITED', message: `too many attempts: try again in ${Math.ceil(context.ttl / 1000)} s` }),
  });
  // First, so that every route after it, the API documentation's too, is checked for its access rule.
  await app.register(authPlugin, { access: deps.homes.access });
  await app.register(swagger, {
    // Shared schemas under their own names (components/schemas/Device), not def-0, def-1: the dashboard's generated types use them.
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
    openapi: {
      info: {
        title: 'Watchpost API',
        version: '1',
        description:
          'Devices, presence, people and the live feed of the Watchpost public-safety IoT platform. ' +
          'Browsers sign in at /api/v1/auth/login and send the X-CSRF-Token they get with every change; integrations send an API token as Bearer. ' +
          'Each operation says which roles may call it (x-roles).',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'wp_session' },
          token: { type: 'http', scheme: 'bearer', description: 'wpt_<id>_<secret>, from POST /api/v1/tokens' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    // Each operation's roles come from its access rule: one source for enforcement and documentation.
    transform: ({ schema, url, route }) => {
      const access = (route.config as { access?: RouteAccess } | undefined)?.access;
      const roles = access ? rolesAdmitted(access) : 'everyone';
      return { schema: { ...schema, 'x-roles': roles, ...(roles === 'everyone' ? { security: [] } : {}) } as typeof schema, url };
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  // One line per request that changed something; reads only at debug level.
  app.addHook('onResponse', async (request, reply) => {
    const level = request.method === 'GET' || request.method === 'HEAD' ? 'debug' : 'info';
    request.log[level]({ method: request.method, url: request.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request');
  });

  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err.validation) {
      return reply.status(400).send({ code: 'REQUEST_INVALID', message: describeValidation(err) });
    }
    const caused = requestCausedDatabaseError(err);
    if (caused) {
      // Answered as the client's mistake, but logged: a route may want to check this itself, sooner.
      request.log.warn({ err, url: request.url, code: caused.code }, 'database refused a value of the request');
      return reply.status(caused.statusCode).send({ code: caused.code, message: caused.message });
    }
    const status = err.statusCode ?? 500;
    if (err.code?.startsWith('FST_ERR_CTP_') && status < 500) {
      // fastify's own refusals of a body (empty, not JSON, too large, of a type we do not read): our codes, its sentence.
      const code = status === 413 ? 'BODY_TOO_LARGE' : status === 415 ? 'MEDIA_TYPE_UNSUPPORTED' : 'REQUEST_INVALID';
      return reply.status(status).send({ code, message: `body: ${err.message}` });
    }
    if (status === 503 && err.code) {
      request.log.warn({ code: err.code, url: request.url }, err.message);
      return reply.status(503).header('retry-after', '5').send({ code: err.code, message: err.message });
    }
    if (status >= 500) {
      request.log.error({ err, url: request.url }, 'request failed');
      return reply.status(status).send({ code: 'INTERNAL', message: 'internal error; the server log has the details' });
    }
    const headers = (err as { headers?: Record<string, string> }).headers;
    if (headers) reply.headers(headers);
    const details = (err as { details?: unknown }).details;
    return reply.status(status).send({ code: err.code ?? 'REQUEST_REFUSED', message: err.message, ...(details === undefined ? {} : { details }) });
  });
  app.setNotFoundHandler((request, reply) => reply.status(404).send({ code: 'NOT_FOUND', message: `no route ${request.method} ${request.url.split('?')[0]}` }));

  const { homes, config } = deps;
  await app.register(healthRoutes, { available: deps.available, metrics: deps.metrics });
  await app.register(
    async (api) => {
      await api.register(homes.access.routes);
      await api.register(auditRoutes, { audit: homes.audit });
      await api.register(organisationRoutes, { organisation: homes.organisation, map: config });
      await api.register(partyRoutes, { parties: homes.organisation.parties });
      await api.register(notificationRoutes, { receivers: homes.notifications.admin });
      await api.register(deviceRoutes, { devices: homes.devices.service, ports: deps.ports });
      await api.register(homes.bikes.routes, { audit: homes.audit });
      await api.register(activityRoutes, { activity: homes.tracks.activity });
      await api.register(trackRoutes, { tracks: homes.tracks.tracks, subjects: homes.bikes.trackSubjects });
      await api.register(homes.alarms.routes);
      await api.register(liveRoutes, {
        hub: homes.notifications.live,
        db: homes.notifications.db,
        snapshot: (p) => homes.devices.service.snapshot(p),
        onAccessChange: (listener) => api.onAccessChange(listener),
      });
    },
    { prefix: '/api/v1' },
  );
  await app.register(dashboardRoutes, { config });
  return app as unknown as FastifyInstance;
}
