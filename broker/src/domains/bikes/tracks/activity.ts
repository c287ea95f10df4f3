/**
 * Station activity: how many tags each station hears per minute, for
 * operators and police (and the installers who commission stations). Counts,
 * never identities: no tag id leaves these queries, and a station outside
 * the caller's jurisdictions is answered as not found.
 */
import type { Database } from '@watchpost/ingest';
import { mayReach, type Caller } from '../../access/policy/index.js';
import type { DeviceRecord, DeviceRegistry } from '../../devices/index.js';
import { HttpError } from '../../../kernel/http-error.js';
import { selectStationMinutes, selectStationSummaries, type MinuteActivity, type MinuteSource, type StationSummary } from './store.js';

export interface ActivityLimits {
  /** One station's minutes: at most this range. */
  minutesAtMostMs: number;
  /** Every station's summary: at most this range (on the raw rows it reads each row of it). */
  summaryAtMostMs: number;
}

const MINUTE = 60_000;
const DAY = 1_440 * MINUTE;
export const DEFAULT_ACTIVITY_LIMITS: ActivityLimits = { minutesAtMostMs: 7 * DAY, summaryAtMostMs: DAY };

export interface StationMinutes {
  station: DeviceRecord;
  from: Date;
  to: Date;
  minutes: MinuteActivity[];
}

export interface ActivitySummary {
  from: Date;
  to: Date;
  stations: (StationSummary & { station: DeviceRecord })[];
}

export class StationActivity {
  constructor(
    private readonly db: Database,
    private readonly registry: DeviceRegistry,
    readonly source: MinuteSource,
    readonly limits: ActivityLimits = DEFAULT_ACTIVITY_LIMITS,
  ) {}

  /** One station's tags per minute over [from, to), whole minutes. */
  async minutes(caller: Caller, stationId: string, range: { from: Date; to: Date }): Promise<StationMinutes> {
    const station = this.registry.get(stationId);
    if (!station || station.kind !== 'station' || !mayReach(caller.principal, 'read', 'device.station', station))
      throw new HttpError(404, 'STATION_NOT_FOUND', `no base station '${stationId}' in your jurisdictions`);
    const { from, to } = minutesOf(range, this.limits.minutesAtMostMs);
    return { station, from, to, minutes: await selectStationMinutes(this.db, this.source, station.id, from, to) };
  }

  /** Every station the caller may see that heard tags in [from, to): its active minutes, peak and tag-minutes. */
  async summary(caller: Caller, range: { from: Date; to: Date }): Promise<ActivitySummary> {
    const { from, to } = minutesOf(range, this.limits.summaryAtMostMs);
    const stations = new Map<string, DeviceRecord>();
    for (const d of this.registry.all()) if (d.kind === 'station' && mayReach(caller.principal, 'read', 'device.station', d)) stations.set(d.id, d);
    const rows = await selectStationSummaries(this.db, this.source, [...stations.keys()], from, to);
    return { from, to, stations: rows.map((r) => ({ ...r, station: stations.get(r.station_id)! })) };
  }
}

function minutesOf(range: { from: Date; to: Date }, atMostMs: number): { from: Date; to: Date } {
  const from = new Date(Math.floor(range.from.getTime() / MINUTE) * MINUTE);
  const to = new Date(Math.ceil(range.to.getTime() / MINUTE) * MINUTE);
  const spanMs = to.getTime() - from.getTime();
  if (!(spanMs > 0)) throw new HttpError(400, 'ACTIVITY_RANGE_INVALID', 'querystring/to must be later than querystring/from');
  if (spanMs > atMostMs) throw new HttpError(400, 'ACTIVITY_RANGE_INVALID', `querystring/from–to may span ${atMostMs / MINUTE / 60} hours at most here`);
  return { from, to };
}
