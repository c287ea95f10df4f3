/**
 * The bikes home, assembled: the register (one tag, one bike, one person)
 * and its memory index, positions and the learnt station graph, the
 * watchlist with its hit rule inside the commit, cases, the owner's guard,
 * cloned tags, companion analysis; its routes, rules, after-commit step,
 * metrics, and what the track query (tracks/) needs from it.
 */
import client from 'prom-client';
import type { Logger } from 'pino';
import type { FastifyPluginAsync } from 'fastify';
import type { AfterCommitStep, CommitRule, Database } from '@watchpost/ingest';
import type { AuditLog } from '../audit/audit-log.js';
import type { Outbox } from '../notifications/outbox.js';
import type { OrganisationService } from '../organisation/service.js';
import type { DeviceRegistry } from '../devices/registry.js';
import { DEFAULT_GUARD_OPTIONS, GuardWatch, type GuardOptions, type Suspicion } from './guard/guard.js';
import { GuardService } from './guard/service.js';
import { CloneDetector, DEFAULT_CLONE_OPTIONS, raiseCloneFlags, type CloneOptions, type CloneSuspect } from './positions/clones.js';
import { loadStationGraph, saveStationGraph, type GraphOptions } from './positions/graph.js';
import { DEFAULT_TRACKER_OPTIONS, PositionTracker, type TrackerOptions } from './positions/tracker.js';
import { HttpError } from '../../kernel/http-error.js';
import { BikeReach, bikeNotFound as noSuchBike } from './reach.js';
import { bikeById } from './registry/store.js';
import type { TrackSubjects } from './tracks/index.js';
import { ImportService } from './registry/import-service.js';
import { BikeIndex } from './registry/memory.js';
import { BikeService } from './registry/service.js';
import { bikeRoutes } from './routes.js';
import { sightingsStep } from './rules.js';
import { CaseReads } from './watchlist/case-reads.js';
import { CaseService } from './watchlist/case-service.js';
import { activeWatches, hitCounts } from './watchlist/case-store.js';
import { hitRule } from './watchlist/hit-rule.js';
import { Hits, type StationInfo } from './watchlist/hits.js';
import { Watchlist } from './watchlist/memory.js';
import { caseRoutes } from './watchlist/routes.js';

export { BikeReach, bikeNotFound, type Purpose, type ReadGrant, type TagPeriod, type TrackGrant } from './reach.js';
export type { BikeMemo, BoundTag, TagRole } from './registry/memory.js';
export { BikeIndex } from './registry/memory.js';

export interface BikesOptions {
  timeZone: string;
  /** Days a reported bike stays on the watchlist unless said otherwise. */
  watchDays: number;
  /** A report looks back this many days at most. */
  lookBackDays: number;
  photoMaxBytes: number;
  tracker: TrackerOptions;
  guard: GuardOptions;
  clones: CloneOptions;
  graph: GraphOptions;
  /** How often positions are made, alerts raised, watches expired (ms); 0: only when pass() is called (tests). */
  passEveryMs: number;
  saveGraphEveryMs: number;
}

export const DEFAULT_BIKES_OPTIONS: BikesOptions = {
  timeZone: 'Asia/Shanghai',
  watchDays: 30,
  lookBackDays: 30,
  photoMaxBytes: 512 * 1024,
  tracker: DEFAULT_TRACKER_OPTIONS,
  guard: DEFAULT_GUARD_OPTIONS,
  clones: DEFAULT_CLONE_OPTIONS,
  graph: { bootstrapDays: 2, maxRows: 2_000_000 },
  passEveryMs: 500,
  saveGraphEveryMs: 60_000,
};

export class BikesHome {
  readonly rules: readonly CommitRule[];
  readonly after: readonly AfterCommitStep[];
  readonly watchlist = new Watchlist();
  readonly reach: BikeReach;
  readonly guardWatch: GuardWatch;
  readonly hits: Hits;
  readonly cases: CaseService;
  readonly reads: CaseReads;
  readonly bikes: BikeService;
  readonly imports: ImportService;
  readonly guard: GuardService;
  readonly clones: CloneDetector;
  private settledBy: (() => Promise<void>) | null = null;
  private dueAlerts: Suspicion[] = [];
  private dueClones: CloneSuspect[] = [];
  private timer: NodeJS.Timeout | null = null;
  private passing: Promise<void> | null = null;
  private lastSaveMs = Date.now();

  private constructor(
    private readonly db: Database,
    readonly index: BikeIndex,
    readonly tracker: PositionTracker,
    audit: AuditLog,
    private readonly outbox: Outbox,
    organisation: OrganisationService,
    private readonly station: (id: string) => StationInfo | undefined,
    readonly options: BikesOptions,
    private readonly logger: Logger,
    registry: client.Registry,
  ) {
    const registers = [registry];
    const hitsRaised = new client.Counter({
      name: 'watchpost_bike_hits_total',
      help: 'Watchlist hits raised: kind=live (in the sighting’s commit) or historical (a report looking back)',
      labelNames: ['kind'],
      registers,
    });
    const reviews = new client.Counter({ name: 'watchpost_bike_hit_reviews_total', help: 'Hits an officer reviewed, by verdict (confirmed, false)', labelNames: ['verdict'], registers });
    const alerts = new client.Counter({ name: 'watchpost_bike_guard_alerts_total', help: 'Owner guard alerts, by reason (moved, no_fob)', labelNames: ['reason'], registers });
    const clonesFlagged = new client.Counter({ name: 'watchpost_bike_clone_flags_total', help: 'Tags flagged as cloned (heard too far apart for the time between)', registers });
    let share: Promise<number> | null = null;
    new client.Gauge({
      name: 'watchpost_bike_false_hit_share',
      help: 'Of the hits officers reviewed, the share marked false (NaN before any review)',
      registers,
      async collect() {
        share ??= hitCounts(db, null)
          .then((c) => (c.confirmed + c.false ? c.false / (c.confirmed + c.false) : NaN))
          .finally(() => setTimeout(() => (share = null), 5_000).unref());
        this.set(await share.catch(() => NaN));
      },
    });
    const watchlist = this.watchlist;
    new client.Gauge({
      name: 'watchpost_bike_watchlist_tags',
      help: 'Tags on the watchlist now',
      registers,
      collect() {
        this.set(watchlist.size);
      },
    });
    new client.Gauge({
      name: 'watchpost_bike_station_graph_transitions',
      help: 'Station-to-station moves the next-station predictor has learnt',
      registers,
      collect() {
        this.set(tracker.model.transitions);
      },
    });

    this.reach = new BikeReach(db, audit);
    this.guardWatch = new GuardWatch(options.guard, (bikeId, s, from, to) => tracker.heardAt(bikeId, s, from, to));
    this.clones = new CloneDetector(options.clones, station);
    this.hits = new Hits({ outbox, tracker, station, timeZone: options.timeZone, onRaised: (n, historical) => hitsRaised.inc({ kind: historical ? 'historical' : 'live' }, n) });
    this.cases = new CaseService({
      db,
      audit,
      outbox,
      watchlist,
      hits: this.hits,
      tracker,
      map: () => organisation.map,
      station,
      settled: () => {
        if (!this.settledBy) throw new Error('bikes: the ingest barrier is not attached (BikesHome.useIngest)');
        return this.settledBy();
      },
      watchDays: options.watchDays,
      lookBackDays: options.lookBackDays,
      onReviewed: (verdict) => reviews.inc({ verdict }),
    });
    this.reads = new CaseReads(db, audit, this.cases, station);
    this.bikes = new BikeService(db, audit, index, this.reach, tracker, watchlist, station, options.photoMaxBytes);
    this.imports = new ImportService(db, audit, index);
    this.guard = new GuardService(db, audit, outbox, index, this.guardWatch, tracker, this.cases, station, options.timeZone, (reason) => alerts.inc({ reason }));
    this.rules = [hitRule(watchlist, this.hits)];
    this.after = [
      sightingsStep(index, tracker, this.guardWatch, this.clones, {
        alerts: (due) => this.dueAlerts.push(...due),
        clones: (x) => {
          this.dueClones.push(x);
          clonesFlagged.inc();
        },
      }),
    ];
  }

  static async start(
    db: Database,
    audit: AuditLog,
    outbox: Outbox,
    organisation: OrganisationService,
    devices: DeviceRegistry,
    options: BikesOptions,
    logger: Logger,
    registry: client.Registry,
  ): Promise<BikesHome> {
    const log = logger.child({ component: 'bikes' });
    const index = await BikeIndex.load(db);
    const station = (id: string): StationInfo | undefined => {
      const d = devices.get(id);
      return d && { id: d.id, name: d.name, lat: d.lat, lon: d.lon, jurisdictions: d.jurisdictions };
    };
    const graph = await loadStationGraph(db, index, options.graph, log);
    const tracker = new PositionTracker(db, graph.model, station, options.tracker);
    tracker.learnedUntilMs = graph.learnedUntilMs;
    await tracker.load();
    const home = new BikesHome(db, index, tracker, audit, outbox, organisation, station, options, log, registry);
    for (const w of await activeWatches(db, null)) home.watchlist.put({ tagId: w.tag_id, caseId: w.case_id, bikeId: w.bike_id, level: w.level, expiresAtMs: w.expires_at.getTime() });
    await home.guard.load();
    if (options.passEveryMs > 0) home.timer = setInterval(() => void home.pass(), options.passEveryMs).unref();
    log.info({ bikes: index.size, watched: home.watchlist.size, transitions: tracker.model.transitions }, 'bikes home ready');
    return home;
  }

  /** The pipeline's barrier, once it exists (a report waits on it: case-service.ts). */
  useIngest(ingest: { settled(): Promise<void> }): void {
    this.settledBy = () => ingest.settled();
  }

  /**
   * One pass: positions made and settled, alerts and clone flags that came
   * due raised, watches expired, positions written, the graph saved now and
   * then. Runs every passEveryMs; tests call it with their clock.
   */
  pass(nowMs = Date.now()): Promise<void> {
    this.passing ??= this.runPass(nowMs).finally(() => (this.passing = null));
    return this.passing;
  }

  private async runPass(nowMs: number): Promise<void> {
    try {
      this.tracker.process(nowMs);
      const due = [...this.dueAlerts.splice(0), ...this.guardWatch.sweep(nowMs)];
      if (due.length) await this.guard.raise(due);
      const clones = this.dueClones.splice(0);
      if (clones.length) await raiseCloneFlags(this.db, this.outbox, this.station, clones);
      await this.cases.expire(nowMs);
      await this.tracker.flush();
      if (this.tracker.learnedSinceSave > 0 && Date.now() - this.lastSaveMs >= this.options.saveGraphEveryMs) await this.saveGraph();
    } catch (err) {
      this.logger.error({ err }, 'bikes: a pass failed (positions, alerts or flags wait for the next)');
    }
  }

  async saveGraph(): Promise<void> {
    const learnt = this.tracker.learnedSinceSave;
    await saveStationGraph(this.db, this.tracker.model, this.tracker.learnedUntilMs);
    this.tracker.learnedSinceSave -= learnt;
    this.lastSaveMs = Date.now();
  }

  /** Every route of the home, to register under /api/v1. */
  /**
   * Whose track GET /bikes/:id/track reads, for the track query (tracks/):
   * the bike's plate tag, if the caller reaches the bike's track (owners
   * their own, police through a case or a stated reason; a refusal audited).
   * The track query audits the read itself.
   */
  readonly trackSubjects: TrackSubjects = (caller, id, reason) =>
    this.reach.reading(async (work) => {
      const bike = await bikeById(work, id);
      if (!bike) throw noSuchBike(id);
      const grant = await this.reach.grant(caller, 'track', bike, { reason }, work);
      if (bike.tag_id === null) throw new HttpError(404, 'BIKE_HAS_NO_TAG', `bike '${id}' has no tag, so no track`);
      return { tagId: Number(bike.tag_id), subjectType: 'bike', subjectId: bike.id, reason: grant.reason };
    });

  readonly routes: FastifyPluginAsync<{ audit: AuditLog }> = async (app, { audit }) => {
    await app.register(bikeRoutes, { bikes: this.bikes, imports: this.imports, guard: this.guard, cases: this.reads, db: this.db, audit, photoMaxBytes: this.options.photoMaxBytes });
    await app.register(caseRoutes, { cases: this.cases, reads: this.reads });
  };

  /** Finishes the pass under way, writes what is left, saves the graph. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.passing;
    await this.runPass(Date.now());
    await this.saveGraph().catch((err: Error) => this.logger.error({ err }, 'bikes: the station graph was not saved at stop'));
  }
}
