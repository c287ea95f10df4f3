/**
 * The path of a frame for tests, without the network: a database, the homes
 * the pipeline needs (audit, notifications, organisation, devices, alarms)
 * and the pipeline over them, as the platform assembles it (platform.ts).
 */
import client from 'prom-client';
import { Ingest, type CommitRule, type Database, type InboundFrame, type IngestOptions, type UplinkOutcome, type WriterMetrics } from '@watchpost/ingest';
import { testIngestOptions, testLogger } from '@watchpost/ingest/test-support';
import type { Caller } from '../domains/access/policy/index.js';
import { AlarmsHome, alarmSettings, type AlarmSettings } from '../domains/alarms/index.js';
import { AuditLog } from '../domains/audit/audit-log.js';
import { auditKeyOf } from '../domains/audit/hash.js';
import { BikesHome, DEFAULT_BIKES_OPTIONS, type BikesOptions } from '../domains/bikes/index.js';
import { DevicesHome, type DeviceRecord, type PresenceOptions, type RegisterDevice } from '../domains/devices/index.js';
import { Notifications } from '../domains/notifications/index.js';
import { OrganisationService } from '../domains/organisation/service.js';
import { loadConfig } from '../kernel/config.js';
import { uplinkSteps } from './pipeline.js';

/** An administrator acting for the test (registrations, new secrets). */
export const TEST_CALLER: Caller = {
  principal: {
    via: 'session',
    user: { id: 'u-000000000000', username: 'test', displayName: 'Test administrator', role: 'admin', unitId: null, jurisdictions: [], isDemo: false },
    sessionHash: Buffer.alloc(32),
    csrfToken: 'test',
    expiresAt: new Date(Date.now() + 86_400_000),
  },
  ip: '127.0.0.1',
};

export interface PresenceNote {
  deviceId: string;
  presence: 'online' | 'offline';
  at: string;
  reason: string;
}

export interface UplinkHarness {
  db: Database;
  ingest: Ingest;
  devices: DevicesHome;
  alarms: AlarmsHome;
  organisation: OrganisationService;
  audit: AuditLog;
  registry: DevicesHome['registry'];
  presence: DevicesHome['presence'];
  notifications: Notifications;
  /** The bikes home (its pass runs only when called, unless the options say otherwise). */
  bikes: BikesHome;
  handle(frame: InboundFrame): Promise<UplinkOutcome>;
  register(input: RegisterDevice): Promise<{ device: DeviceRecord; secret: string }>;
  rotateSecret(deviceId: string): Promise<string>;
  /** Committed presence notifications, as the live feed gets them. */
  onPresence(listener: (note: PresenceNote) => void): void;
  stop(): Promise<void>;
}

/** `extras.verticals`: rules to run in the commit beside the homes' (stand-ins, in benchmarks). */
export async function startUplink(
  db: Database,
  options: IngestOptions = testIngestOptions(),
  presence: Partial<PresenceOptions> = {},
  metrics: WriterMetrics = {},
  extras: { verticals?: readonly CommitRule[]; bikeOptions?: Partial<BikesOptions>; alarms?: Partial<AlarmSettings> } = {},
): Promise<UplinkHarness> {
  const audit = new AuditLog(db, auditKeyOf(Buffer.from('uplink-harness-audit-key-0123456789abcdef')));
  const notifications = await Notifications.start(
    db,
    audit,
    { maxAttempts: 3, baseDelayMs: 50, maxDelayMs: 200, pollMs: 200, concurrency: 4, webhookTimeoutMs: 1_000, smsGateways: [] },
    testLogger,
    new client.Registry(),
  );
  const organisation = new OrganisationService(db, audit, notifications.receivers);
  await organisation.load();
  const devices = await DevicesHome.start(
    db,
    audit,
    notifications.outbox,
    organisation,
    { missedHeartbeats: 3, defaultIntervalS: { pillar: 60, station: 60, tag: 60 }, sweepEveryMs: 100, ...presence },
    testLogger,
  );
  const alarmsHome = await AlarmsHome.start({
    db,
    audit,
    outbox: notifications.outbox,
    live: notifications.live,
    organisation,
    devices,
    settings: { ...alarmSettings(loadConfig({})), pollMs: 200, ...extras.alarms },
    logger: testLogger,
  });
  const bikes = await BikesHome.start(
    db,
    audit,
    notifications.outbox,
    organisation,
    devices.registry,
    { ...DEFAULT_BIKES_OPTIONS, passEveryMs: 0, ...extras.bikeOptions },
    testLogger,
    new client.Registry(),
  );
  const ingest = new Ingest(db, uplinkSteps({ devices, alarms: alarmsHome, bikes, verticals: extras.verticals ?? [] }), options, testLogger, metrics);
  bikes.useIngest(ingest);
  devices.service.onRotated((id) => ingest.pipeline.forget(id));
  return {
    db,
    ingest,
    devices,
    alarms: alarmsHome,
    organisation,
    audit,
    registry: devices.registry,
    presence: devices.presence,
    notifications,
    bikes,
    handle: (frame) => ingest.handle(frame),
    async register(input) {
      const device = await devices.service.register(TEST_CALLER, input);
      return { device: devices.registry.get(device.id)!, secret: device.secret };
    },
    rotateSecret: (id) => devices.service.rotateSecret(TEST_CALLER, id),
    onPresence(listener) {
      notifications.live.subscribe((rows) => {
        for (const n of rows)
          if (n.kind === 'device.presence') listener({ deviceId: n.subject_id!, presence: n.payload.presence as 'online' | 'offline', at: String(n.payload.at), reason: String(n.payload.reason) });
      });
    },
    async stop() {
      await ingest.stop();
      await alarmsHome.stop();
      await bikes.stop();
      await devices.stop();
      await notifications.stop();
    },
  };
}
