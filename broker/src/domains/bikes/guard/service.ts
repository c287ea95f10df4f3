/**
 * The owner's guard as owners use it: arm and disarm a parked bike, fob
 * pairing on or off, the alerts it raised, and one step from an alert to a
 * theft report. And the alerts themselves: a row and the owner told (live
 * feed, SMS in their language) in one transaction.
 */
import { inTransaction, type Database } from '@watchpost/ingest';
import { HttpError } from '../../../kernel/http-error.js';
import { iso } from '../../../kernel/serialize.js';
import type { AuditLog } from '../../audit/audit-log.js';
import { actorOfCaller, mayReach, type Caller } from '../../access/policy/index.js';
import type { Outbox } from '../../notifications/outbox.js';
import type { BikeIndex } from '../registry/memory.js';
import type { PositionTracker } from '../positions/tracker.js';
import { bikeNotFound } from '../reach.js';
import { say } from '../texts.js';
import type { CaseService } from '../watchlist/case-service.js';
import type { CaseRow } from '../watchlist/case-store.js';
import type { StationInfo } from '../watchlist/hits.js';
import type { GuardState, GuardWatch, Suspicion } from './guard.js';
import { alertById, alertsOf, insertAlert, loadGuards, putGuard, type AlertRow } from './store.js';

/** A position this recent says where the bike stands when it is armed. */
const FRESH_MS = 10 * 60_000;

export interface GuardJson {
  armed: boolean;
  armedAt: string | null;
  armedStation: { id: string; name: string } | null;
  fobPairing: boolean;
  hasFob: boolean;
}

export interface AlertJson {
  id: number;
  reason: 'moved' | 'no_fob';
  station: { id: string; name: string; lat: number | null; lon: number | null };
  heardAt: string;
  lastHeardAt: string;
  armedAt: string | null;
  raisedAt: string;
  caseId: string | null;
}

export class GuardService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditLog,
    private readonly outbox: Outbox,
    private readonly index: BikeIndex,
    private readonly watch: GuardWatch,
    private readonly tracker: PositionTracker,
    private readonly cases: CaseService,
    private readonly station: (id: string) => StationInfo | undefined,
    private readonly timeZone: string,
    private readonly onAlert?: (reason: 'moved' | 'no_fob') => void,
  ) {}

  async load(): Promise<void> {
    for (const g of await loadGuards(this.db)) this.watch.set(g.bike_id, { armed: g.armed, armedAtMs: g.armed_at?.getTime() ?? null, armedStation: g.armed_station_id, fobPairing: g.fob_pairing });
  }

  /** The owner's own bike, or 404 (nobody else arms a bike). */
  private own(caller: Caller, bikeId: string) {
    const bike = this.index.get(bikeId);
    if (!bike || !mayReach(caller.principal, 'write', 'bike', { ownerId: bike.ownerId }) || caller.principal.user.role !== 'owner') throw bikeNotFound(bikeId);
    return bike;
  }

  json(bikeId: string): GuardJson {
    const g = this.watch.state(bikeId);
    const at = g.armedStation ? this.station(g.armedStation) : undefined;
    return {
      armed: g.armed,
      armedAt: g.armedAtMs === null ? null : new Date(g.armedAtMs).toISOString(),
      armedStation: g.armedStation ? { id: g.armedStation, name: at?.name ?? g.armedStation } : null,
      fobPairing: g.fobPairing,
      hasFob: this.index.get(bikeId)?.fobTagId != null,
    };
  }

  async read(caller: Caller, bikeId: string): Promise<{ guard: GuardJson; alerts: AlertJson[] }> {
    this.own(caller, bikeId);
    return { guard: this.json(bikeId), alerts: (await alertsOf(this.db, bikeId, 20)).map((a) => this.alertJson(a)) };
  }

  async set(caller: Caller, bikeId: string, change: { armed?: boolean; fobPairing?: boolean }): Promise<GuardJson> {
    const bike = this.own(caller, bikeId);
    const before = this.watch.state(bike.id);
    const armed = change.armed ?? before.armed;
    const latest = this.tracker.latest(bike.id);
    // Armed again (or anew): where it stands now. Still armed: where it stood.
    const arming = armed && (!before.armed || change.armed === true);
    const state: GuardState = {
      armed,
      armedAtMs: armed ? (arming ? Date.now() : before.armedAtMs) : null,
      armedStation: armed ? (arming ? (latest && Date.now() - latest.lastMs <= FRESH_MS ? latest.station : null) : before.armedStation) : null,
      fobPairing: change.fobPairing ?? before.fobPairing,
    };
    await inTransaction(this.db, async (work) => {
      await putGuard(work, {
        bikeId: bike.id,
        armed: state.armed,
        armedAt: state.armedAtMs === null ? null : new Date(state.armedAtMs),
        armedStationId: state.armedStation,
        fobPairing: state.fobPairing,
      });
      await this.audit.append(work, {
        ...actorOfCaller(caller),
        action: armed ? (arming ? 'bike.guard.arm' : 'bike.guard.change') : before.armed ? 'bike.guard.disarm' : 'bike.guard.change',
        subjectType: 'bike',
        subjectId: bike.id,
        detail: { armed, fobPairing: state.fobPairing, armedStation: state.armedStation },
      });
      work.afterCommit(() => this.watch.set(bike.id, state));
    });
    return this.json(bike.id);
  }

  /** The owner turns an alert into a theft report: last seen when armed (or shortly before the alert), where it stood. */
  async report(caller: Caller, bikeId: string, alertId: number, body: { description?: string; lastSeenPlace?: string }): Promise<CaseRow> {
    const bike = this.own(caller, bikeId);
    const alert = await alertById(this.db, bike.id, alertId);
    if (!alert) throw new HttpError(404, 'ALERT_NOT_FOUND', `bike '${bike.id}' has no alert ${alertId}`);
    if (alert.case_id) throw new HttpError(409, 'CASE_OPEN', `alert ${alertId} was reported already (case ${alert.case_id})`);
    const stood = this.station(this.watch.state(bike.id).armedStation ?? alert.station_id);
    const lastSeenAt = alert.armed_at ?? new Date(alert.first_heard.getTime() - FRESH_MS);
    return this.cases.report(caller, {
      bikeId: bike.id,
      lastSeenAt,
      ...(stood?.lat != null && stood.lon != null ? { lastSeenLat: stood.lat, lastSeenLon: stood.lon } : {}),
      lastSeenPlace: body.lastSeenPlace ?? stood?.name ?? '',
      description: body.description ?? '',
      fromAlertId: alert.id,
    });
  }

  /** Raises the alerts that came due: each its row and its notification, in one transaction. */
  async raise(due: readonly Suspicion[]): Promise<AlertRow[]> {
    if (due.length === 0) return [];
    return inTransaction(this.db, async (work) => {
      const out: AlertRow[] = [];
      for (const s of due) {
        const owner = (await work.query<{ phone: string | null; locale: string | null }>('SELECT phone, locale FROM users WHERE id = $1', [s.bike.ownerId])).rows[0];
        const alert = await insertAlert(work, { bikeId: s.bike.id, ownerId: s.bike.ownerId, reason: s.reason, stationId: s.station, firstMs: s.firstMs, lastMs: s.lastMs, armedAtMs: s.armedAtMs });
        const json = this.alertJson(alert);
        const time = new Intl.DateTimeFormat(owner?.locale === 'en' ? 'en-GB' : 'zh-CN', { timeZone: this.timeZone, hour: '2-digit', minute: '2-digit' }).format(alert.first_heard);
        const text = say(owner?.locale, s.reason === 'moved' ? 'guardMoved' : 'guardNoFob', { plate: s.bike.plate, station: json.station.name, time });
        await this.outbox.notify(work, [
          {
            kind: 'bike.guard.alert',
            resource: 'bike',
            ownerId: s.bike.ownerId,
            subjectId: s.bike.id,
            payload: { ...json, alertId: alert.id, bikeId: s.bike.id, plate: s.bike.plate, text, report: { method: 'POST', path: `/api/v1/bikes/${s.bike.id}/guard/alerts/${alert.id}/report` } },
            to: owner?.phone ? [{ channel: 'sms', phone: owner.phone }] : [],
          },
        ]);
        work.afterCommit(() => this.onAlert?.(s.reason));
        out.push(alert);
      }
      return out;
    });
  }

  alertJson(a: AlertRow): AlertJson {
    const s = this.station(a.station_id);
    return {
      id: a.id,
      reason: a.reason,
      station: { id: a.station_id, name: s?.name ?? a.station_id, lat: s?.lat ?? null, lon: s?.lon ?? null },
      heardAt: a.first_heard.toISOString(),
      lastHeardAt: a.last_heard.toISOString(),
      armedAt: iso(a.armed_at),
      raisedAt: a.raised_at.toISOString(),
      caseId: a.case_id,
    };
  }
}
