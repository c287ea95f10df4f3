/**
 * Theft reports and their cases, as people change them: report (the case
 * opens, the tag goes on the watchlist, the look back raises the historical
 * hits), the watch changed or taken off, the officer in charge, the status,
 * notes, hit reviews. Reach, change, timeline, audit and outbox in one
 * transaction each; memory follows the commit.
 *
 * The race between a report and sightings committing meanwhile. The rule
 * (hit-rule.ts) decides in memory, when a batch's commit starts, whether it
 * wants the batch; the report decides in its transaction what the look back
 * finds. A sighting must come out of exactly one of them.
 *  1. The tag is put in the rule's memory (Watchlist.hold) before anything
 *     else: every batch whose commit starts from now on runs the rule.
 *  2. ingest.settled(): the batches whose commit had started before (judged
 *     without the tag) have committed or failed, so their sightings are in
 *     the table, where the look back reads them, or are gone with their batch
 *     (the station resends, and the resent frame is judged anew).
 *  3. The report's transaction takes the tag's advisory lock exclusively,
 *     then writes the watch row and reads the look back. The rule, in each
 *     batch's transaction, stores the sightings first, then takes the same
 *     lock shared, then reads the watch rows. Either the batch got its lock
 *     first: the report waits for it to commit, and its look back (a later
 *     statement) reads the batch's sightings, while the batch, reading before
 *     the report's commit, saw no watch; or the report got it first: the
 *     batch waits, and reads the committed watch (a hit, live), while the
 *     look back ran before the batch committed and saw nothing of it. Never
 *     both, never neither; and the hit rows' unique key (case, station,
 *     frame, tag) would refuse a second raise anyway.
 *  4. After the commit the watch is active in memory; only then is the hold
 *     released, so the rule never stops wanting the tag in between.
 * On PGlite (one connection, one transaction at a time) 3 holds trivially;
 * 1 and 2 are what matter there. A watch that expired and is extended goes
 * the same way, looking back to when it expired.
 */
import { inTransaction, type Database, type Queryable, type Work } from '@watchpost/ingest';
import { HttpError } from '../../../kernel/http-error.js';
import type { AuditLog } from '../../audit/audit-log.js';
import { actorOfCaller, mayReach, type Caller } from '../../access/policy/index.js';
import type { Outbox } from '../../notifications/outbox.js';
import type { JurisdictionMap } from '../../organisation/jurisdiction-map.js';
import { bikeById, type BikeRow } from '../registry/store.js';
import type { PositionTracker } from '../positions/tracker.js';
import {
  appendEvent,
  caseById,
  deleteWatch,
  hitById,
  insertCase,
  insertWatch,
  newCaseId,
  reviewHit,
  setCaseStatus,
  setOfficer,
  sightingsSince,
  updateWatch,
  watchOfCase,
  type AlertLevel,
  type CaseRow,
  type CaseStatus,
  type WatchRow,
} from './case-store.js';
import { WATCH_LOCK_SQL } from './hit-rule.js';
import type { Hits, StationInfo } from './hits.js';
import type { Watchlist } from './memory.js';

export interface ReportInput {
  bikeId: string;
  /** When the owner last saw the bike: the look back starts here. */
  lastSeenAt: Date;
  lastSeenPlace?: string;
  lastSeenLat?: number;
  lastSeenLon?: number;
  description?: string;
  alertLevel?: AlertLevel;
  watchDays?: number;
  /** A guard alert the owner turns into this report. */
  fromAlertId?: number;
}

export interface CaseServiceDeps {
  db: Database;
  audit: AuditLog;
  outbox: Outbox;
  watchlist: Watchlist;
  hits: Hits;
  tracker: PositionTracker;
  map: () => JurisdictionMap;
  station: (id: string) => StationInfo | undefined;
  /** The ingest barrier (Ingest.settled); set once the pipeline exists. */
  settled: () => Promise<void>;
  watchDays: number;
  /** A look back reaches this far at most. */
  lookBackDays: number;
  onReviewed?: (verdict: 'confirmed' | 'false') => void;
}

const OPEN: readonly CaseStatus[] = ['reported', 'sighted'];
const NEXT_STATUS: Record<CaseStatus, readonly CaseStatus[]> = { reported: ['recovered', 'closed'], sighted: ['recovered', 'closed'], recovered: ['closed'], closed: [] };

export const caseNotFound = (id: string) => new HttpError(404, 'CASE_NOT_FOUND', `no case '${id}'`);

export class CaseService {
  constructor(private readonly deps: CaseServiceDeps) {}

  /** The case, if the caller reaches it (owner: theirs; police: in their jurisdictions; administrators: all). */
  async reachable(caller: Caller, id: string, action: 'read' | 'write', db: Queryable = this.deps.db): Promise<CaseRow> {
    const c = await caseById(db, id);
    if (!c || !mayReach(caller.principal, action, 'case', { jurisdictions: c.jurisdictions, ownerId: c.owner_id })) throw caseNotFound(id);
    return c;
  }

  /** Where the bike was last seen, as jurisdictions: the place given, else its last position's station, else the reporting officer's. */
  private placeOf(caller: Caller, input: ReportInput, bike: BikeRow): string[] {
    if (input.lastSeenLat !== undefined && input.lastSeenLon !== undefined) {
      const found = this.deps.map().locate(input.lastSeenLon, input.lastSeenLat);
      if (found.length === 0) throw new HttpError(400, 'CASE_PLACE_OUTSIDE', 'lastSeenLat/lastSeenLon: that place lies outside every jurisdiction of the platform');
      return found;
    }
    const at = this.deps.tracker.latest(bike.id);
    const station = at && this.deps.station(at.station);
    if (station && station.jurisdictions.length > 0) return [...station.jurisdictions];
    const own = caller.principal.user.role === 'police' ? caller.principal.user.jurisdictions : [];
    if (own.length > 0) return [...new Set([...own, ...own.flatMap((j) => this.deps.map().ancestorsOf(j))])].sort();
    throw new HttpError(400, 'CASE_PLACE_REQUIRED', 'say where the bike was last seen (lastSeenLat, lastSeenLon): it was never heard by a station in a jurisdiction');
  }

  async report(caller: Caller, input: ReportInput): Promise<CaseRow> {
    const { db, watchlist } = this.deps;
    const p = caller.principal;
    const bike = await bikeById(db, input.bikeId);
    if (!bike || (p.user.role === 'owner' && bike.owner_id !== p.user.id)) throw new HttpError(404, 'BIKE_NOT_FOUND', `no bike '${input.bikeId}'`);
    if (bike.case_id) throw new HttpError(409, 'CASE_OPEN', `bike '${bike.id}' has an open case already (${bike.case_id}): add to it instead`);
    if (bike.tag_id === null) throw new HttpError(409, 'BIKE_NO_TAG', `bike '${bike.id}' has no tag to watch`);
    const now = Date.now();
    if (input.lastSeenAt.getTime() > now + 5 * 60_000) throw new HttpError(400, 'LAST_SEEN_FUTURE', 'lastSeenAt: the bike cannot have been seen in the future');
    const jurisdictions = this.placeOf(caller, input, bike);
    if (!mayReach(p, 'write', 'case', { jurisdictions, ownerId: bike.owner_id }))
      throw new HttpError(403, 'FORBIDDEN', 'the bike was last seen outside your jurisdictions: the police there open its case');
    const tagId = bike.tag_id;
    const level = input.alertLevel ?? 'normal';
    const expiresAt = new Date(now + (input.watchDays ?? this.deps.watchDays) * 86_400_000);
    const lookFromMs = Math.max(input.lastSeenAt.getTime(), now - this.deps.lookBackDays * 86_400_000);
    watchlist.hold(tagId);
    try {
      await this.deps.settled();
      return await inTransaction(db, async (work) => {
        await work.query(`SELECT pg_advisory_xact_lock(${WATCH_LOCK_SQL('$1::bigint')})`, [tagId]);
        const c = await insertCase(work, {
          id: newCaseId(),
          bikeId: bike.id,
          ownerId: bike.owner_id,
          jurisdictions,
          lastSeenAt: input.lastSeenAt,
          lastSeenPlace: input.lastSeenPlace?.trim() ?? '',
          lastSeenLat: input.lastSeenLat ?? null,
          lastSeenLon: input.lastSeenLon ?? null,
          description: input.description?.trim() ?? '',
          officerId: p.user.role === 'police' ? p.user.id : null,
          reportedBy: p.user.id,
          fromAlertId: input.fromAlertId ?? null,
        });
        if (!c) throw new HttpError(409, 'CASE_OPEN', `bike '${bike.id}' has an open case already`);
        const actor = actorOfCaller(caller);
        await appendEvent(work, c.id, 'reported', actor, { lastSeenAt: input.lastSeenAt.toISOString(), place: c.last_seen_place, alertLevel: level, fromAlertId: input.fromAlertId ?? null });
        const watch = await insertWatch(work, { tagId, caseId: c.id, bikeId: bike.id, level, expiresAt });
        if (input.fromAlertId) await work.query('UPDATE bike_guard_alerts SET case_id = $1 WHERE id = $2 AND bike_id = $3', [c.id, input.fromAlertId, bike.id]);
        await this.deps.audit.append(work, {
          ...actor,
          action: 'case.report',
          subjectType: 'case',
          subjectId: c.id,
          detail: { bikeId: bike.id, tagId, alertLevel: level, expiresAt: expiresAt.toISOString(), fromAlertId: input.fromAlertId ?? null },
        });
        await this.deps.outbox.notify(work, [
          {
            kind: 'case.reported',
            resource: 'case',
            jurisdictions,
            ownerId: c.owner_id,
            subjectId: c.id,
            payload: { caseId: c.id, caseNumber: c.number, bikeId: bike.id, plate: bike.plate, alertLevel: level },
          },
        ]);
        const raised = await this.lookBack(work, { ...watch, c }, lookFromMs);
        await this.activateAfterCommit(work, watch);
        return raised > 0 ? { ...c, status: 'sighted' as const } : c;
      });
    } finally {
      watchlist.release(tagId);
    }
  }

  /** Sightings of the watched tag since `fromMs`, committed before this transaction took the tag's lock: historical hits, at once. */
  private async lookBack(work: Work, watch: WatchRow & { c: CaseRow }, fromMs: number): Promise<number> {
    const found = await sightingsSince(work, watch.tag_id, fromMs, 200_000);
    const sightings = found.map((s) => ({ stationId: s.station_id, seq: s.seq, tagId: s.tag_id, firstMs: s.first_heard.getTime(), lastMs: s.last_heard.getTime(), rssiDbm: s.rssi_dbm }));
    return (await this.deps.hits.raise(work, watch, sightings, true)).length;
  }

  private async activateAfterCommit(work: Work, w: WatchRow): Promise<void> {
    work.afterCommit(() => this.deps.watchlist.put({ tagId: w.tag_id, caseId: w.case_id, bikeId: w.bike_id, level: w.level, expiresAtMs: w.expires_at.getTime() }));
  }

  /** A new alert level or expiry (police); a watch that had expired comes back, looking back to its expiry. */
  async changeWatch(caller: Caller, caseId: string, change: { level?: AlertLevel; expiresAt?: Date }): Promise<WatchRow> {
    const c = await this.reachable(caller, caseId, 'write');
    if (!OPEN.includes(c.status)) throw new HttpError(409, 'CASE_NOT_OPEN', `case ${c.number} is ${c.status}: its bike is off the watchlist`);
    const before = await watchOfCase(this.deps.db, c.id);
    if (!before) throw new HttpError(409, 'CASE_NOT_OPEN', `case ${c.number} has no watch`);
    if (change.expiresAt && change.expiresAt.getTime() <= Date.now()) throw new HttpError(400, 'WATCH_EXPIRY_PAST', 'expiresAt: to take a bike off the watchlist, close or recover its case');
    const reviving = before.expires_at.getTime() <= Date.now() && change.expiresAt !== undefined;
    if (reviving) this.deps.watchlist.hold(before.tag_id);
    try {
      if (reviving) await this.deps.settled();
      return await inTransaction(this.deps.db, async (work) => {
        if (reviving) await work.query(`SELECT pg_advisory_xact_lock(${WATCH_LOCK_SQL('$1::bigint')})`, [before.tag_id]);
        const w = (await updateWatch(work, c.id, change))!;
        const actor = actorOfCaller(caller);
        const detail = { level: w.level, expiresAt: w.expires_at.toISOString(), revived: reviving };
        await appendEvent(work, c.id, 'watch.changed', actor, detail);
        await this.deps.audit.append(work, { ...actor, action: 'case.watch.change', subjectType: 'case', subjectId: c.id, detail });
        if (reviving) await this.lookBack(work, { ...w, c }, before.expires_at.getTime());
        await this.activateAfterCommit(work, w);
        return w;
      });
    } finally {
      if (reviving) this.deps.watchlist.release(before.tag_id);
    }
  }

  /** recovered (the bike is found: off the watchlist) or closed. */
  async setStatus(caller: Caller, caseId: string, status: 'recovered' | 'closed', note: string | undefined): Promise<CaseRow> {
    const c = await this.reachable(caller, caseId, 'write');
    if (!NEXT_STATUS[c.status].includes(status)) throw new HttpError(409, 'CASE_STATUS_INVALID', `case ${c.number} is ${c.status}: it cannot become ${status}`);
    return inTransaction(this.deps.db, async (work) => {
      await setCaseStatus(work, c.id, status);
      const removed = await deleteWatch(work, c.id);
      const actor = actorOfCaller(caller);
      await appendEvent(work, c.id, status, actor, { note: note ?? null, offWatchlist: Boolean(removed) });
      await this.deps.audit.append(work, { ...actor, action: `case.${status}`, subjectType: 'case', subjectId: c.id, detail: { from: c.status } });
      await this.deps.outbox.notify(work, [
        { kind: 'case.status', resource: 'case', jurisdictions: c.jurisdictions, ownerId: c.owner_id, subjectId: c.id, payload: { caseId: c.id, caseNumber: c.number, status } },
      ]);
      if (removed) work.afterCommit(() => this.deps.watchlist.remove(removed.tag_id));
      return (await caseById(work, c.id))!;
    });
  }

  async take(caller: Caller, caseId: string): Promise<CaseRow> {
    const c = await this.reachable(caller, caseId, 'write');
    return inTransaction(this.deps.db, async (work) => {
      await setOfficer(work, c.id, caller.principal.user.id);
      const actor = actorOfCaller(caller);
      await appendEvent(work, c.id, 'officer', actor, { officerId: caller.principal.user.id, before: c.officer_id });
      await this.deps.audit.append(work, { ...actor, action: 'case.take', subjectType: 'case', subjectId: c.id, detail: { before: c.officer_id } });
      return (await caseById(work, c.id))!;
    });
  }

  /** A note on the timeline: the police on the case, or its owner. */
  async note(caller: Caller, caseId: string, text: string): Promise<void> {
    const c = await this.reachable(caller, caseId, 'write');
    await inTransaction(this.deps.db, async (work) => {
      const actor = actorOfCaller(caller);
      await appendEvent(work, c.id, 'note', actor, { text });
      await this.deps.audit.append(work, { ...actor, action: 'case.note', subjectType: 'case', subjectId: c.id });
    });
  }

  /** An officer's verdict on a hit: the bike really was there (confirmed) or not (false). */
  async review(caller: Caller, caseId: string, hitId: number, verdict: 'confirmed' | 'false', note: string | undefined): Promise<void> {
    const c = await this.reachable(caller, caseId, 'write');
    await inTransaction(this.deps.db, async (work) => {
      const hit = await hitById(work, c.id, hitId);
      if (!hit) throw new HttpError(404, 'HIT_NOT_FOUND', `case ${c.number} has no hit ${hitId}`);
      if (hit.status !== 'unconfirmed') throw new HttpError(409, 'HIT_REVIEWED', `hit ${hitId} was marked ${hit.status} already`);
      await reviewHit(work, hit.id, verdict, caller.principal.user.id, note ?? null);
      const actor = actorOfCaller(caller);
      await appendEvent(work, c.id, `hit.${verdict}`, actor, { hitId, stationId: hit.station_id, note: note ?? null });
      await this.deps.audit.append(work, { ...actor, action: 'case.hit.review', subjectType: 'case', subjectId: c.id, detail: { hitId, verdict } });
      work.afterCommit(() => this.deps.onReviewed?.(verdict));
    });
  }

  /** Watches whose expiry passed: off the rule's memory, and said on their cases' timelines. */
  async expire(nowMs = Date.now()): Promise<number> {
    const gone = this.deps.watchlist.expire(nowMs);
    if (gone.length === 0) return 0;
    await inTransaction(this.deps.db, async (work) => {
      for (const e of gone) await appendEvent(work, e.caseId, 'watch.expired', { actorId: null, actorRole: 'system', actorName: 'platform' }, { expiresAt: new Date(e.expiresAtMs).toISOString() });
    });
    return gone.length;
  }
}
