/**
 * The devices home, assembled: the registry (in memory, from the database),
 * presence, placement in jurisdictions, its rules for committed frames, its
 * routes, and the live feed's snapshot.
 */
import type { Logger } from 'pino';
import type { AfterCommitStep, CommitRule, Database } from '@watchpost/ingest';
import type { AuditLog } from '../audit/audit-log.js';
import type { Outbox } from '../notifications/outbox.js';
import type { OrganisationService } from '../organisation/service.js';
import { PresenceTracker, type PresenceOptions } from './presence.js';
import { DeviceRegistry } from './registry.js';
import { markHeard, presenceRule } from './rules.js';
import { CommandService } from './commands/service.js';
import { DeviceService } from './service.js';

export { DeviceRegistry, RegistryError, type DeviceRecord, type RegisterDevice } from './registry.js';
export { PresenceTracker, type PresenceOptions } from './presence.js';
export { DeviceService, FLEET_KINDS } from './service.js';
export { deviceRoutes, type DeviceRouteDeps } from './routes.js';
export { secretVerifier, deriveCredentials } from './credentials.js';
export type { DeviceJson } from './schemas.js';
export type { Presence, Placement } from './store.js';
export { CommandService, commandJson, commandStatus, type CommandJson, type CommandRequest, type CommandStatus, type DownlinkPublisher, type AckListener } from './commands/service.js';
export type { CommandRow } from './commands/store.js';

export class DevicesHome {
  readonly service: DeviceService;
  /** Commands to devices (Downlinks), and their acks. */
  readonly commands: CommandService;
  /** Inside the commit of a batch of frames. */
  readonly rules: readonly CommitRule[];
  /** After the commit of a new frame. */
  readonly after: readonly AfterCommitStep[];

  private constructor(
    readonly registry: DeviceRegistry,
    readonly presence: PresenceTracker,
    db: Database,
    audit: AuditLog,
    outbox: Outbox,
    organisation: OrganisationService,
    logger: Logger,
  ) {
    this.service = new DeviceService(db, registry, presence, audit, outbox, () => organisation.map);
    this.commands = new CommandService(db, registry, logger.child({ component: 'commands' }));
    this.rules = [presenceRule(registry, presence), this.commands.ackRule];
    this.after = [markHeard(presence)];
    organisation.onPlacementChange((map) => {
      this.service.replaceAll(map).then(
        (n) => n > 0 && logger.info({ devices: n }, 'devices placed again after a change of jurisdictions'),
        (err: Error) => logger.error({ err }, 'devices not placed again after a change of jurisdictions'),
      );
    });
  }

  static async start(db: Database, audit: AuditLog, outbox: Outbox, organisation: OrganisationService, options: PresenceOptions, logger: Logger): Promise<DevicesHome> {
    const registry = await DeviceRegistry.load(db);
    const presence = new PresenceTracker(registry, db, outbox, options, logger.child({ component: 'presence' }));
    presence.start();
    const home = new DevicesHome(registry, presence, db, audit, outbox, organisation, logger.child({ component: 'devices' }));
    // Boundaries may have changed while the platform was down (an import run against the database).
    await home.service.replaceAll(organisation.map);
    return home;
  }

  async stop(): Promise<void> {
    await this.commands.stop();
    await this.presence.stop();
  }
}
