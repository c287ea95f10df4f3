/**
 * Tracks, assembled: the track query (mounted with the bike lookup by the
 * bikes home: trackRoutes + a TrackSubjects), station activity and its
 * routes, and retention (policies on TimescaleDB, a job elsewhere).
 */
import type { Logger } from 'pino';
import type { Database } from '@watchpost/ingest';
import type { AuditLog } from '../../audit/audit-log.js';
import type { DeviceRegistry } from '../../devices/index.js';
import { StationActivity } from './activity.js';
import { TrackRetention, type RetentionOptions } from './retention.js';
import { tracksAreHypertables } from './retention-store.js';
import { TrackService } from './service.js';
import { minuteSourceOf } from './store.js';
import type { StationLocator } from './track.js';

export { activityRoutes, trackRoutes, type ActivityRouteDeps, type TrackRouteDeps } from './routes.js';
export { TrackService, DEFAULT_TRACK_LIMITS, type Track, type TrackQuery, type TrackSubject, type TrackSubjects, type Resolution } from './service.js';
export { StationActivity } from './activity.js';
export { TrackRetention, DEFAULT_RETENTION, type RetentionOptions, type RetentionReport } from './retention.js';
export { tripsAndStops, bucketsOf, bucketWidthMs, metresBetween, type StationLocator, type StationPoint, type Trip, type Stop, type Bucket } from './track.js';
export { trackJson } from './serialize.js';
export type { TrackJson } from './schemas.js';

/** Where a registered station stands, from the device registry. */
export function registryLocator(registry: DeviceRegistry): StationLocator {
  return (id) => {
    const d = registry.get(id);
    return d && d.lat !== null && d.lon !== null ? { lat: d.lat, lon: d.lon } : null;
  };
}

export class TracksHome {
  private constructor(
    readonly tracks: TrackService,
    readonly activity: StationActivity,
    readonly retention: TrackRetention,
  ) {}

  /** Reads where the minute figures come from and sets the retention policies; the retention job starts with start(). */
  static async start(db: Database, audit: AuditLog, registry: DeviceRegistry, retention: RetentionOptions, logger: Logger): Promise<TracksHome> {
    const source = await minuteSourceOf(db);
    const job = new TrackRetention(db, await tracksAreHypertables(db), retention, logger.child({ component: 'retention' }));
    await job.applyPolicies();
    return new TracksHome(new TrackService(db, audit, registryLocator(registry), source), new StationActivity(db, registry, source), job);
  }

  start(): void {
    this.retention.start();
  }

  async stop(): Promise<void> {
    await this.retention.stop();
  }
}
