/**
 * The platform process, assembled: database → ingest → MQTT and CoAP edges
 * → HTTP API and dashboard. One process because the embedded database (PGlite) admits
 * one process per data directory, and the edges must share its handle.
 */
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { Ingest, migrate, openDatabase, type Database } from '@watchpost/ingest';
import type { Config } from './config.js';
import { buildApp } from './http/app.js';
import { LiveFeed } from './http/live-feed.js';
import { startMqttEdge, type MqttEdge } from './mqtt/mqtt-server.js';
import { startCoapEdge, type CoapEdge } from './coap/coap-server.js';
import { Metrics } from './metrics.js';
import { RefusalLog } from './refusal-log.js';
import { AuditLog } from './access/audit.js';
import { loadAuditKey } from './access/audit-key.js';
import { bootstrapAccounts } from './access/bootstrap.js';
import { generatePassword, hashPassword } from './access/passwords.js';
import { ConsoleSmsSender, WebhookSmsSender, type SmsSender } from './access/sms.js';

export interface Platform {
  readonly config: Config;
  readonly db: Database;
  readonly ingest: Ingest;
  readonly mqtt: MqttEdge;
  readonly coap: CoapEdge;
  readonly metrics: Metrics;
  readonly http: FastifyInstance;
  readonly httpPort: number;
  readonly audit: AuditLog;
  stop(): Promise<void>;
}

export interface PlatformOptions {
  /** Where text messages go; the console sender (log) by default. */
  sms?: SmsSender;
}

export async function startPlatform(config: Config, logger: Logger, options: PlatformOptions = {}): Promise<Platform> {
  // First: without its key the audit trail cannot be written, and nothing may happen unrecorded.
  const auditKey = loadAuditKey(config, logger.child({ component: 'audit' }), { create: true })!;
  const db = await openDatabase({ databaseUrl: config.databaseUrl || undefined, dataDir: config.dataDir, maxConnections: config.dbMaxConnections });
  const migration = await migrate(db, config.timescaledb);
  logger.info({ engine: db.engine, timescale: migration.timescale, applied: migration.applied }, 'database ready');

  const metrics = new Metrics();
  const ingest = await Ingest.start(
    db,
    {
      pipeline: {
        replayWindow: config.replayWindow,
        maxSeqJump: config.maxSeqJump,
        clockSkewToleranceMs: config.clockSkewToleranceS * 1000,
        requireMacOn: ['coap'],
        rateLimit: { ratePerS: config.rateLimitPerS, burst: config.rateLimitBurst },
      },
      presence: {
        missedHeartbeats: config.offlineAfterMissed,
        defaultIntervalS: { pillar: config.heartbeatPillarS, station: config.heartbeatStationS, tag: config.heartbeatTagS },
        sweepEveryMs: 500,
      },
      writer: { shards: config.ingestWriters, maxBatch: config.ingestMaxBatch, maxPending: config.ingestMaxPending, ackTimeoutMs: config.ingestAckTimeoutMs },
    },
    logger,
    metrics.writerHooks(),
  );

  const refusals = new RefusalLog(logger);
  const mqtt = await startMqttEdge(ingest, { host: config.mqttHost, port: config.mqttPort }, logger, refusals);
  const coap = await startCoapEdge(ingest, { host: config.coapHost, port: config.coapPort }, logger, refusals, metrics.coapHooks());
  metrics.observe(ingest, () => ({ mqtt: mqtt.connectedDevices() }));
  const audit = new AuditLog(db, auditKey);
  const chain = await audit.sealUnkeyed();
  if (chain.sealed) logger.info({ keyId: auditKey.id }, 'audit chain keyed from now on: its earlier, unkeyed entries are sealed by the new entry');
  if (chain.headKeyId) logger.warn({ keyId: auditKey.id, headKeyId: chain.headKeyId, code: 'AUDIT_KEY_CHANGED' }, 'the audit chain was last written with another audit key: entries under that key cannot be checked with this one; restore the key (AUDIT_KEY / AUDIT_KEY_FILE) unless it was changed on purpose');
  await bootstrapAccounts(db, audit, { adminUsername: config.adminUsername, adminPassword: config.adminPassword, demoUsers: config.demoUsers }, logger.child({ component: 'access' }));
  const access = { audit, sms: options.sms ?? smsSender(config, logger), decoyHash: await hashPassword(generatePassword()) };
  const live = new LiveFeed(ingest);
  const http = await buildApp({ config, access, ingest, live, metrics, ports: () => ({ mqtt: mqtt.port, coap: coap.port }), logger });
  await http.listen({ host: config.httpHost, port: config.httpPort });
  const httpPort = (http.server.address() as AddressInfo).port;

  let stopping: Promise<void> | null = null;
  return {
    config,
    db,
    ingest,
    mqtt,
    coap,
    metrics,
    http,
    httpPort,
    audit,
    stop() {
      // Stop taking frames first, then finish the writes in flight, then close the database.
      stopping ??= (async () => {
        const started = Date.now();
        await Promise.all([mqtt.close(), coap.close()]);
        live.close();
        await closeHttp(http);
        await ingest.stop();
        await db.close();
        logger.info({ ms: Date.now() - started }, 'platform stopped');
      })();
      return stopping;
    },
  };
}

/**
 * Requests in flight get this long to be answered; then every connection is cut. Without it an
 * open dashboard holds the stop for ever: its live feed (a hijacked stream) never ends by itself,
 * nor does a half-sent request.
 */
const HTTP_CLOSE_GRACE_MS = 1_000;

async function closeHttp(http: FastifyInstance): Promise<void> {
  const cut = setTimeout(() => http.server.closeAllConnections(), HTTP_CLOSE_GRACE_MS);
  try {
    await http.close();
  } finally {
    clearTimeout(cut);
  }
}

function smsSender(config: Config, logger: Logger): SmsSender {
  if (config.smsWebhookUrl) return new WebhookSmsSender(config.smsWebhookUrl);
  // Codes in the log are fine for a demo, and a leak anywhere else: say so where operators look.
  if (!config.demoUsers) logger.warn('no SMS_WEBHOOK_URL: sign-in codes are written to the log, not sent; set it before owners sign in');
  return new ConsoleSmsSender(logger.child({ component: 'sms' }));
}
