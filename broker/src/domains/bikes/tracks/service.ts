/**
 * Tracks: a tag's track over a range, as positions (short ranges, from every
 * sighting) or folded into time buckets (long ranges, from the per-minute
 * figures: the continuous aggregate on TimescaleDB), with its trips and
 * stops. Whose track it is and whether the caller may read it is the bike's
 * to say (TrackSubjects, given by whoever mounts the routes); every read is
 * written to the audit trail before its answer leaves.
 */
import type { Database } from '@watchpost/ingest';
import { actorOfCaller, type Caller } from '../../access/policy/index.js';
import type { AuditLog } from '../../audit/audit-log.js';
import { HttpError } from '../../../kernel/http-error.js';
import { collapseSightings, type Position } from '../prediction/positions.js';
import { selectMinuteSightings, selectSightings, type MinuteSource } from './store.js';
import { bucketWidthMs, bucketsOf, tripsAndStops, type Bucket, type StationLocator, type Stop, type Trip } from './track.js';

/** Whose track: the tag heard, and what the audit trail names as read. */
export interface TrackSubject {
  tagId: number;
  subjectType: string;
  subjectId: string;
  /** The reason the caller stated (police: a case or a lookup), for the audit trail. */
  reason?: string | null;
}

/**
 * The reach decision, made by the bikes home with the real bike lookup: the
 * subject of bike `id` if this caller may read its track, else it throws an
 * HttpError (404 for a bike outside the caller's reach, 403 REASON_REQUIRED
 * for police without a case or reason) and records the refusal itself.
 */
export type TrackSubjects = (caller: Caller, id: string, reason: string | undefined) => Promise<TrackSubject>;

export type Resolution = 'auto' | 'positions' | 'buckets';

export interface TrackQuery {
  from: Date;
  to: Date;
  resolution: Resolution;
  /** Not heard for longer, or heard at one station for longer, is a stop. */
  stopAfterMin: number;
  maxBuckets: number;
}

export interface TrackLimits {
  /** auto: positions up to this range, buckets beyond. */
  positionsUpToMs: number;
  /** positions are refused beyond this range (the answer would be too long). */
  positionsAtMostMs: number;
  rangeAtMostMs: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
export const DEFAULT_TRACK_LIMITS: TrackLimits = { positionsUpToMs: DAY, positionsAtMostMs: 7 * DAY, rangeAtMostMs: 400 * DAY };

export interface Track {
  from: Date;
  to: Date;
  resolution: 'positions' | 'buckets';
  source: 'raw' | MinuteSource;
  bucketMs: number | null;
  positions: Position[] | null;
  buckets: Bucket[] | null;
  trips: Trip[];
  stops: Stop[];
  /** Positions the track is made of (in bucket mode: of minute resolution). */
  positionCount: number;
}

const MINUTE = 60_000;
const floorMinute = (d: Date) => new Date(Math.floor(d.getTime() / MINUTE) * MINUTE);
const ceilMinute = (d: Date) => new Date(Math.ceil(d.getTime() / MINUTE) * MINUTE);

export class TrackService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditLog,
    readonly locate: StationLocator,
    readonly minuteSource: MinuteSource,
    readonly limits: TrackLimits = DEFAULT_TRACK_LIMITS,
  ) {}

  /** The caller's read of a subject's track: answered once its audit entry is written. */
  async read(caller: Caller, subject: TrackSubject, query: TrackQuery): Promise<Track> {
    const track = await this.track(subject.tagId, query);
    await this.audit.record({
      ...actorOfCaller(caller),
      action: 'track.read',
      subjectType: subject.subjectType,
      subjectId: subject.subjectId,
      reason: subject.reason ?? null,
      detail: { from: track.from.toISOString(), to: track.to.toISOString(), resolution: track.resolution, positions: track.positionCount },
    });
    return track;
  }

  /** A tag's track (no reach, no audit: read() is the way in for people). */
  async track(tagId: number, query: TrackQuery): Promise<Track> {
    const rangeMs = query.to.getTime() - query.from.getTime();
    if (!(rangeMs > 0)) throw new HttpError(400, 'TRACK_RANGE_INVALID', 'querystring/to must be later than querystring/from');
    if (rangeMs > this.limits.rangeAtMostMs) throw new HttpError(400, 'TRACK_RANGE_INVALID', `querystring/from–to spans more than ${this.limits.rangeAtMostMs / DAY} days`);
    const resolution = query.resolution === 'auto' ? (rangeMs <= this.limits.positionsUpToMs ? 'positions' : 'buckets') : query.resolution;
    if (resolution === 'positions' && rangeMs > this.limits.positionsAtMostMs)
      throw new HttpError(400, 'TRACK_RANGE_TOO_LONG', `querystring/resolution positions serves ranges up to ${this.limits.positionsAtMostMs / DAY} days; ask for buckets`);
    const stopAfterMs = query.stopAfterMin * MINUTE;
    if (resolution === 'positions') {
      const positions = collapseSightings(await selectSightings(this.db, tagId, query.from, query.to));
      return {
        from: query.from,
        to: query.to,
        resolution,
        source: 'raw',
        bucketMs: null,
        positions,
        buckets: null,
        ...tripsAndStops(positions, this.locate, stopAfterMs),
        positionCount: positions.length,
      };
    }
    // Whole minutes: the aggregate's rows are minutes, and the raw query must count the same ones.
    const from = floorMinute(query.from);
    const to = ceilMinute(query.to);
    const positions = collapseSightings(await selectMinuteSightings(this.db, this.minuteSource, tagId, from, to));
    const bucketMs = bucketWidthMs(to.getTime() - from.getTime(), query.maxBuckets);
    return {
      from,
      to,
      resolution,
      source: this.minuteSource,
      bucketMs,
      positions: null,
      buckets: bucketsOf(positions, from.getTime(), bucketMs),
      ...tripsAndStops(positions, this.locate, stopAfterMs),
      positionCount: positions.length,
    };
  }
}
