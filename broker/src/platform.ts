/**
 * The platform process, assembled: the database, the homes (audit,
 * notifications, access, organisation, devices, alarms), the uplink pipeline over
 * them, the MQTT and CoAP edges, the HTTP API and the dashboard. One process
 * because the embedded database (PGlite) admits one process per data
 * directory, and everything must share its handle.
 */
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { Ingest, migrate, openDatabase, type CommitRule, type Database } from '@watchpost/ingest';
import { AccessHome, bootstrapAccounts } from './domains/access/index.js';
import { AlarmsHome, alarmSettings } from './domains/alarms/index.js';
import { AuditLog, loadAuditKey } from './domains/audit/index.js';
import { DEFAULT_RETENTION, TracksHome } from './domains/bikes/tracks/index.js';
import { BikesHome, DEFAULT_BIKES_OPTIONS, type BikesOptions } from './domains/bikes/index.js';
import { DevicesHome } from './domains/devices/index.js';
import { ConsoleSmsGateway, Notifications, WebhookSmsGateway, type SmsGateway } from './domains/notifications/index.js';
import { OrganisationService } from './domains/organisation/index.js';
import { startCoapEdge, type CoapEdge } from './edges/coap/coap-edge.js';
import { startMqttEdge, type MqttEdge } from './edges/mqtt/mqtt-edge.js';
import { RefusalLog } from './edges/refusal-log.js';
import { buildApp, type Homes } from './http/app.js';
import type { Config } from './kernel/config.js';
import { Metrics } from './metrics.js';
import { uplinkSteps } from './uplink/pipeline.js';

export interface Platform {
  readonly config: Config;
  readonly db: Database;
  readonly homes: Homes;
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
  /** Where text messages go; the gateways of the configuration (or the console) by default. */
  smsGateways?: readonly SmsGateway[];
  /** Rules to run in the commit after the homes' own, made from the homes: benchmarks' stand-ins of rules still to come. */
  extraRules?: (homes: Homes) => readonly CommitRule[];
}

export async function startPlatform(config: Config, logger: Logger, options: PlatformOptions = {}): Promise<Platform> {
  // First: without its key the audit trail cannot be written, and nothing may happen unrecorded.
  const auditKey = loadAuditKey(config, logger.child({ component: 'audit' }), { create: true })!;
  const db = await openDatabase({ databaseUrl: config.databaseUrl || undefined, dataDir: config.dataDir, maxConnections: config.dbMaxConnections });
  const migration = await migrate(db, config.timescaledb);
  logger.info({ engine: db.engine, timescale: migration.timescale, applied: migration.applied }, 'database ready');
  const metrics = new Metrics();

  // The homes, from the bottom up: each may use the ones started before it.
  const audit = new AuditLog(db, auditKey);
  const chain = await audit.sealUnkeyed();
  if (chain.sealed) logger.info({ keyId: auditKey.id }, 'audit chain keyed from now on: its earlier, unkeyed entries are sealed by the new entry');
  if (chain.headKeyId)
    logger.warn(
      { keyId: auditKey.id, headKeyId: chain.headKeyId, code: 'AUDIT_KEY_CHANGED' },
      'the audit chain was last written with another audit key: entries under that key cannot be checked with this one; restore the key (AUDIT_KEY / AUDIT_KEY_FILE) unless it was changed on purpose',
    );
  const notifications = await Notifications.start(
    db,
    audit,
    {
      maxAttempts: config.notifyMaxAttempts,
      baseDelayMs: config.notifyRetryBaseMs,
      maxDelayMs: config.notifyRetryMaxMs,
      pollMs: 1_000,
      concurrency: 16,
      webhookTimeoutMs: config.webhookTimeoutMs,
      smsGateways: options.smsGateways ?? smsGateways(config, logger),
    },
    logger,
    metrics.registry,
  );
  const access = new AccessHome(
    db,
    audit,
    notifications.outbox,
    { sessionTtlH: config.sessionTtlH, cookieSecure: config.cookieSecure, timeZone: config.timeZone },
    logger.child({ component: 'access' }),
  );
  await bootstrapAccounts(
    db,
    audit,
    { adminUsername: config.adminUsername, adminPassword: config.adminPassword, demoUsers: config.demoUsers, demoCenter: config.mapCenter },
    logger.child({ component: 'access' }),
  );
  const organisation = new OrganisationService(db, audit, notifications.receivers);
  await organisation.load();
  const devices = await DevicesHome.start(
    db,
    audit,
    notifications.outbox,
    organisation,
    { missedHeartbeats: config.offlineAfterMissed, defaultIntervalS: { pillar: config.heartbeatPillarS, station: config.heartbeatStationS, tag: config.heartbeatTagS }, sweepEveryMs: 500 },
    logger,
  );
  const tracks = await TracksHome.start(
    db,
    audit,
    devices.registry,
    {
      trackDays: config.trackRetentionDays,
      receiptDays: config.receiptRetentionDays,
      replayWindow: config.replayWindow,
      everyMs: config.retentionEveryMin * 60_000,
      ...DEFAULT_RETENTION,
    },
    logger,
  );
  const bikes = await BikesHome.start(db, audit, notifications.outbox, organisation, devices.registry, bikesOptions(config), logger, metrics.registry);
  const alarms = await AlarmsHome.start({
    db,
    audit,
    outbox: notifications.outbox,
    live: notifications.live,
    organisation,
    devices,
    settings: alarmSettings(config),
    logger,
  });
  const homes: Homes = { audit, access, notifications, organisation, devices, tracks, bikes, alarms };

  // The path of a frame: the pipeline's steps over the homes, then the edges that feed it.
  const ingest = new Ingest(
    db,
    uplinkSteps({ devices, alarms, bikes, verticals: options.extraRules?.(homes) ?? [] }),
    {
      pipeline: {
        replayWindow: config.replayWindow,
        maxSeqJump: config.maxSeqJump,
        clockSkewToleranceMs: config.clockSkewToleranceS * 1000,
        requireMacOn: ['coap'],
        rateLimit: { ratePerS: config.rateLimitPerS, burst: config.rateLimitBurst },
      },
      writer: { shards: config.ingestWriters, maxBatch: config.ingestMaxBatch, maxPending: config.ingestMaxPending, ackTimeoutMs: config.ingestAckTimeoutMs },
    },
    logger,
    metrics.writerHooks(),
  );
  bikes.useIngest(ingest);
  const refusals = new RefusalLog(logger);
  const integrations = { verifierOf: (id: string) => (notifications.receivers.subscription(id)?.active ? notifications.receivers.subscription(id)!.secret_verifier : null) };
  const mqtt = await startMqttEdge(ingest, devices.registry, integrations, { host: config.mqttHost, port: config.mqttPort }, logger, refusals);
  const coap = await startCoapEdge(ingest, { host: config.coapHost, port: config.coapPort }, logger, refusals, metrics.coapHooks());
  notifications.connectMqtt(mqtt.integrations);
  devices.commands.attach(mqtt.downlinks);
  // A new secret: the pipeline forgets the old sequence, and connections made with the old secret end.
  devices.service.onRotated((id) => {
    ingest.pipeline.forget(id);
    mqtt.closeDevice(id);
  });
  tracks.start();
  metrics.observe(ingest, devices.registry, () => ({ mqtt: mqtt.connectedDevices() }));

  const http = await buildApp({ config, homes, metrics: metrics.registry, available: () => ingest.available, ports: () => ({ mqtt: mqtt.port, coap: coap.port }), logger });
  await http.listen({ host: config.httpHost, port: config.httpPort });
  const httpPort = (http.server.address() as AddressInfo).port;

  let stopping: Promise<void> | null = null;
  return {
    config,
    db,
    homes,
    ingest,
    mqtt,
    coap,
    metrics,
    http,
    httpPort,
    audit,
    stop() {
      // Stop taking frames and requests first, then finish the writes in flight and the deliveries under way, then close the database.
      stopping ??= (async () => {
        const started = Date.now();
        await Promise.all([mqtt.close(), coap.close()]);
        await closeHttp(http);
        await ingest.stop();
        await alarms.stop();
        await bikes.stop();
        await tracks.stop();
        await devices.stop();
        await access.stop();
        await notifications.stop();
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

/** The bikes home's settings from the configuration. */
export function bikesOptions(config: Config): BikesOptions {
  return {
    ...DEFAULT_BIKES_OPTIONS,
    timeZone: config.timeZone,
    watchDays: config.bikeWatchDays,
    lookBackDays: config.bikeLookBackDays,
    photoMaxBytes: config.bikePhotoMaxKb * 1024,
    guard: { ...DEFAULT_BIKES_OPTIONS.guard, fobWaitMs: config.bikeFobWaitS * 1000 },
    clones: { ...DEFAULT_BIKES_OPTIONS.clones, speedKmh: config.bikeCloneSpeedKmh },
    tracker: { ...DEFAULT_BIKES_OPTIONS.tracker, settleMs: config.bikeSettleS * 1000 },
  };
}

/** The configured SMS gateways, first to last; none: the console (codes in the log, for demos). */
function smsGateways(config: Config, logger: Logger): SmsGateway[] {
  const gateways = [config.smsWebhookUrl, config.smsWebhookUrlFailover].filter(Boolean).map((url, i) => new WebhookSmsGateway(i === 0 ? 'primary' : 'failover', url));
  if (gateways.length > 0) return gateways;
  // Codes in the log are fine for a demo, and a leak anywhere else: say so where operators look.
  if (!config.demoUsers) logger.warn('no SMS_WEBHOOK_URL: sign-in codes are written to the log, not sent; set it before owners sign in');
  return [new ConsoleSmsGateway(logger.child({ component: 'sms' }))];
}
