/**
 * The alarms home, assembled: a pillar's button press opens an alarm inside
 * the commit of its frame and links the parties of its linkage plan; the
 * lifecycle people move it through; each party's acknowledgement, reminders
 * and cards (deadlines in the database, fired by a timer); alarm
 * coordinates and cameras; the maintenance desk; the assessment report.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Logger } from 'pino';
import type { CommitRule, Database } from '@watchpost/ingest';
import type { AuditLog } from '../audit/audit-log.js';
import type { DevicesHome } from '../devices/index.js';
import type { LiveHub } from '../notifications/live-hub.js';
import type { Outbox } from '../notifications/outbox.js';
import type { OrganisationService } from '../organisation/service.js';
import { CoordinateService } from './coordinates/service.js';
import { DeadlineTimer } from './deadline-timer.js';
import { AlarmService } from './lifecycle.js';
import { Escalation } from './linkage/escalation.js';
import { Linkage } from './linkage/link.js';
import { PlanBook } from './linkage/plans.js';
import { MaintenanceDesk } from './maintenance/desk.js';
import { Raiser } from './raise.js';
import { alarmRoutes } from './routes/alarms.js';
import { coordinateRoutes } from './routes/coordinates.js';
import { maintenanceRoutes } from './routes/maintenance.js';
import { planRoutes } from './routes/plans.js';
import { reportRoutes } from './routes/reports.js';
import type { AlarmSettings } from './settings.js';

export { alarmSettings, type AlarmSettings, type Severity } from './settings.js';
export { ALARM_TEXTS } from './texts.js';
export { CODE_ALPHABET, checkCharacter, parseCode, printed } from './coordinates/code.js';

export interface AlarmsDeps {
  db: Database;
  audit: AuditLog;
  outbox: Outbox;
  live: LiveHub;
  organisation: OrganisationService;
  devices: DevicesHome;
  settings: AlarmSettings;
  logger: Logger;
}

export class AlarmsHome {
  readonly plans: PlanBook;
  readonly coordinates: CoordinateService;
  readonly alarms: AlarmService;
  readonly maintenance: MaintenanceDesk;
  /** Fires reminders and cards when they fall due. */
  readonly deadlines: DeadlineTimer;
  /** Inside the commit of a batch of frames, in this order. */
  readonly rules: readonly CommitRule[];
  readonly routes: FastifyPluginAsyncTypebox;

  private constructor(deps: AlarmsDeps) {
    const { db, audit, outbox, organisation, devices, settings } = deps;
    const logger = deps.logger.child({ component: 'alarms' });
    this.plans = new PlanBook(db, audit, settings);
    this.coordinates = new CoordinateService(db, audit, devices, organisation, logger);
    // The timer fires the escalation's deadlines; the escalation links through the linkage, which wakes the timer.
    let escalation: Escalation | null = null;
    this.deadlines = new DeadlineTimer('escalation', (now) => escalation!.fireDue(now), settings.pollMs, logger);
    const linkage = new Linkage(organisation, outbox, settings, this.deadlines);
    const raiser = new Raiser({ audit, outbox, devices, linkage, plans: this.plans, coordinates: this.coordinates, settings, logger });
    escalation = new Escalation({ db, audit, outbox, settings, linkage, plans: this.plans, contextOf: (a) => raiser.contextOf(a), logger });
    this.alarms = new AlarmService({ db, audit, outbox, devices, linkage, plans: this.plans, raiser, settings });
    this.maintenance = new MaintenanceDesk(db, audit, outbox, devices, settings, logger.child({ component: 'maintenance' }));
    this.rules = [raiser.rule, this.maintenance.rule];
    // A pillar gets its alarm coordinate in the transaction that registers it.
    devices.service.onRegistering(async (work, device) => {
      if (device.kind === 'pillar') await this.coordinates.assign(work, device.id, 'pillar');
    });
    const views = { devices, organisation, coordinates: this.coordinates };
    this.routes = async (app) => {
      await app.register(alarmRoutes, { alarms: this.alarms, db, views });
      await app.register(planRoutes, { plans: this.plans });
      await app.register(maintenanceRoutes, { desk: this.maintenance });
      await app.register(coordinateRoutes, { coordinates: this.coordinates, organisation });
      await app.register(reportRoutes, { db, organisation, settings });
    };
  }

  /** Loads plans and codes, gives codes to pillars without one, and starts the timers (what fell due while stopped fires now). */
  static async start(deps: AlarmsDeps): Promise<AlarmsHome> {
    const home = new AlarmsHome(deps);
    await home.plans.load();
    await home.coordinates.load();
    await home.coordinates.assignMissing();
    await home.maintenance.start(deps.live);
    home.deadlines.start();
    return home;
  }

  async stop(): Promise<void> {
    await this.deadlines.stop();
    await this.maintenance.stop();
  }
}
