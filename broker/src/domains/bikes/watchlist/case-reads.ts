/**
 * Cases as people read them: owners their own, police those in their
 * jurisdictions, administrators all (the hit figures). A staff read of a
 * case (its owner, where its bike was heard) is written to the audit trail
 * in the transaction that reads it; companion analysis is for the police on
 * the case only.
 */
import { inTransaction, type Database, type Queryable } from '@watchpost/ingest';
import { HttpError } from '../../../kernel/http-error.js';
import { iso } from '../../../kernel/serialize.js';
import type { AuditLog } from '../../audit/audit-log.js';
import { actorOfCaller, reach, type Caller } from '../../access/policy/index.js';
import { caseEvents, hitCounts, hitsOfCase, listCases, type CaseRow, type CaseStatus, type HitRow } from './case-store.js';
import type { CaseService } from './case-service.js';
import { companionsOf } from './companions.js';
import type { StationInfo } from './hits.js';
import type { Static } from 'typebox';
import type { CaseJson, Companions, Hit, HitStats, WatchlistEntry } from './schemas.js';

/** What a case's owner sees of its timeline: its steps and their own notes, not the police's work (who, notes, reviews, watch, where it was heard). */
const OWNER_STEPS = new Set(['reported', 'sighted', 'recovered', 'closed']);
interface TimelineEvent {
  id: number;
  at: string;
  kind: string;
  actorId: string | null;
  actorRole: string | null;
  actorName: string | null;
  detail: Record<string, unknown>;
}
export function ownersTimeline(events: readonly TimelineEvent[], ownerId: string): TimelineEvent[] {
  return events
    .filter((e) => OWNER_STEPS.has(e.kind) || (e.kind === 'note' && e.actorId === ownerId))
    .map((e) => {
      const theirs = e.actorId === ownerId;
      const detail = e.kind === 'note' ? { text: e.detail.text } : e.kind === 'reported' ? { lastSeenAt: e.detail.lastSeenAt, place: e.detail.place } : {};
      return { ...e, actorId: theirs ? e.actorId : null, actorName: theirs ? e.actorName : null, detail };
    });
}

interface CaseExtra {
  id: string;
  plate: string;
  brand: string;
  model: string;
  colour: string;
  has_photo: boolean;
  tag_id: number | null;
  level: string | null;
  added_at: Date | null;
  expires_at: Date | null;
  unconfirmed: number;
  confirmed: number;
  false: number;
  last_hit_at: Date | null;
}

async function extrasOf(db: Queryable, cases: readonly CaseRow[]): Promise<Map<string, CaseExtra>> {
  if (cases.length === 0) return new Map();
  const { rows } = await db.query<CaseExtra>(
    `SELECT c.id, b.plate, b.brand, b.model, b.colour, EXISTS (SELECT 1 FROM bike_photos p WHERE p.bike_id = b.id) AS has_photo,
            w.tag_id::float8 AS tag_id, w.level, w.added_at, w.expires_at,
            (SELECT count(*)::int FROM bike_hits h WHERE h.case_id = c.id AND h.status = 'unconfirmed') AS unconfirmed,
            (SELECT count(*)::int FROM bike_hits h WHERE h.case_id = c.id AND h.status = 'confirmed') AS confirmed,
            (SELECT count(*)::int FROM bike_hits h WHERE h.case_id = c.id AND h.status = 'false') AS false,
            (SELECT max(first_heard) FROM bike_hits h WHERE h.case_id = c.id) AS last_hit_at
       FROM bike_cases c JOIN bikes b ON b.id = c.bike_id LEFT JOIN watchlist w ON w.case_id = c.id
      WHERE c.id = ANY($1::text[])`,
    [cases.map((c) => c.id)],
  );
  return new Map(rows.map((r) => [r.id, r]));
}

function caseJson(c: CaseRow, x: CaseExtra | undefined): CaseJson {
  return {
    id: c.id,
    number: c.number,
    status: c.status,
    bike: { id: c.bike_id, plate: x?.plate ?? '', brand: x?.brand ?? '', model: x?.model ?? '', colour: x?.colour ?? '', hasPhoto: x?.has_photo ?? false },
    ownerId: c.owner_id,
    jurisdictions: c.jurisdictions,
    lastSeenAt: c.last_seen_at.toISOString(),
    lastSeenPlace: c.last_seen_place,
    lastSeenLat: c.last_seen_lat,
    lastSeenLon: c.last_seen_lon,
    description: c.description,
    officerId: c.officer_id,
    reportedAt: c.reported_at.toISOString(),
    reportedBy: c.reported_by,
    fromAlertId: c.from_alert_id,
    closedAt: iso(c.closed_at),
    watch:
      x?.tag_id != null && x.expires_at
        ? { tagId: x.tag_id, level: x.level as 'normal', addedAt: x.added_at!.toISOString(), expiresAt: x.expires_at.toISOString(), active: x.expires_at.getTime() > Date.now() }
        : null,
    hits: { unconfirmed: x?.unconfirmed ?? 0, confirmed: x?.confirmed ?? 0, false: x?.false ?? 0 },
  };
}

export class CaseReads {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditLog,
    private readonly cases: CaseService,
    private readonly station: (id: string) => StationInfo | undefined,
  ) {}

  /** The jurisdictions a staff caller's lists cover (null: all). */
  private scope(caller: Caller): { ownerId?: string; jurisdictions: readonly string[] | null } {
    const { user } = caller.principal;
    const r = reach(user.role, 'read', 'case');
    if (r === 'own') return { ownerId: user.id, jurisdictions: null };
    if (r === 'all') return { jurisdictions: null };
    return { jurisdictions: user.jurisdictions };
  }

  async list(caller: Caller, q: { status?: CaseStatus; limit: number; offset: number }): Promise<CaseJson[]> {
    const rows = await listCases(this.db, { ...this.scope(caller), ...q });
    const extras = await extrasOf(this.db, rows);
    return rows.map((c) => caseJson(c, extras.get(c.id)));
  }

  async one(caller: Caller, id: string): Promise<CaseJson> {
    const c = await this.cases.reachable(caller, id, 'read');
    return caseJson(c, (await extrasOf(this.db, [c])).get(c.id));
  }

  async read(caller: Caller, id: string) {
    return inTransaction(this.db, async (work) => {
      const c = await this.cases.reachable(caller, id, 'read', work);
      const owner = (await work.query<{ id: string; display_name: string; phone: string | null }>('SELECT id, display_name, phone FROM users WHERE id = $1', [c.owner_id])).rows[0]!;
      if (caller.principal.user.id !== c.owner_id) await this.audit.append(work, { ...actorOfCaller(caller), action: 'case.read', subjectType: 'case', subjectId: c.id, reason: `case ${c.number}` });
      const events = (await caseEvents(work, c.id)).map((e) => ({
        id: e.id,
        at: e.at.toISOString(),
        kind: e.kind,
        actorId: e.actor_id,
        actorRole: e.actor_role,
        actorName: e.actor_name,
        detail: e.detail,
      }));
      const timeline = caller.principal.user.role === 'owner' ? ownersTimeline(events, caller.principal.user.id) : events;
      return { case: caseJson(c, (await extrasOf(work, [c])).get(c.id)), owner: { id: owner.id, displayName: owner.display_name, phone: owner.phone }, timeline };
    });
  }

  async hits(caller: Caller, id: string, paging: { limit: number; offset: number }): Promise<Static<typeof Hit>[]> {
    return inTransaction(this.db, async (work) => {
      const c = await this.cases.reachable(caller, id, 'read', work);
      const rows = await hitsOfCase(work, c.id, paging);
      if (caller.principal.user.id !== c.owner_id)
        await this.audit.append(work, { ...actorOfCaller(caller), action: 'case.hits.read', subjectType: 'case', subjectId: c.id, reason: `case ${c.number}`, detail: { count: rows.length } });
      return rows.map((h) => this.hitJson(h));
    });
  }

  hitJson(h: HitRow): Static<typeof Hit> {
    const s = this.station(h.station_id);
    return {
      id: h.id,
      tagId: h.tag_id,
      station: { id: h.station_id, name: s?.name ?? h.station_id, lat: s?.lat ?? null, lon: s?.lon ?? null },
      seq: h.seq,
      heardAt: h.first_heard.toISOString(),
      lastHeardAt: h.last_heard.toISOString(),
      rssiDbm: h.rssi_dbm,
      historical: h.historical,
      raisedAt: h.raised_at.toISOString(),
      status: h.status,
      reviewedAt: iso(h.reviewed_at),
      reviewedBy: h.reviewed_by,
      reviewNote: h.review_note,
      next: h.prediction as Static<typeof Hit>['next'],
    };
  }

  /** Hits by status over the cases the caller reaches, and the share of reviewed hits that were false. */
  async stats(caller: Caller): Promise<Static<typeof HitStats>> {
    const counts = await hitCounts(this.db, this.scope(caller).jurisdictions);
    const reviewed = counts.confirmed + counts.false;
    return { ...counts, falseShare: reviewed ? Math.round((counts.false / reviewed) * 10_000) / 10_000 : null };
  }

  /** The tags on the watchlist now, in the caller's jurisdictions. */
  async watchlist(caller: Caller): Promise<Static<typeof WatchlistEntry>[]> {
    const { jurisdictions } = this.scope(caller);
    const rows = await listCases(this.db, { jurisdictions, limit: 1_000, offset: 0 });
    const open = rows.filter((c) => c.status === 'reported' || c.status === 'sighted');
    const extras = await extrasOf(this.db, open);
    const out: Static<typeof WatchlistEntry>[] = [];
    for (const c of open) {
      const x = extras.get(c.id);
      if (!x || x.tag_id == null || !x.expires_at || x.expires_at.getTime() <= Date.now()) continue;
      out.push({
        tagId: x.tag_id,
        level: x.level as 'normal',
        expiresAt: x.expires_at.toISOString(),
        caseId: c.id,
        caseNumber: c.number,
        status: c.status,
        bike: caseJson(c, x).bike,
        lastHitAt: iso(x.last_hit_at),
      });
    }
    return out;
  }

  async companions(caller: Caller, id: string, q: { windowS?: number; from?: string; to?: string; limit?: number }): Promise<Static<typeof Companions>> {
    return inTransaction(this.db, async (work) => {
      const c = await this.cases.reachable(caller, id, 'read', work);
      const tag = (await work.query<{ tag_id: number }>(`SELECT tag_id::float8 AS tag_id FROM bike_tag_history WHERE bike_id = $1 AND role = 'bike' ORDER BY bound_at DESC LIMIT 1`, [c.bike_id]))
        .rows[0];
      if (!tag) throw new HttpError(409, 'BIKE_NO_TAG', 'the bike of this case has no tag');
      const fromMs = q.from ? Date.parse(q.from) : c.last_seen_at.getTime();
      const toMs = q.to ? Date.parse(q.to) : Date.now();
      if (!(toMs > fromMs)) throw new HttpError(400, 'RANGE_INVALID', 'to must be after from');
      if (toMs - fromMs > 31 * 86_400_000) throw new HttpError(400, 'RANGE_TOO_LONG', 'from–to: at most 31 days at a time');
      const windowS = q.windowS ?? 60;
      const found = await companionsOf(work, tag.tag_id, { fromMs, toMs }, windowS, q.limit ?? 50);
      await this.audit.append(work, {
        ...actorOfCaller(caller),
        action: 'case.companions',
        subjectType: 'case',
        subjectId: c.id,
        reason: `case ${c.number}`,
        detail: { from: new Date(fromMs).toISOString(), to: new Date(toMs).toISOString(), windowS, found: found.companions.length },
      });
      return {
        caseId: c.id,
        from: new Date(fromMs).toISOString(),
        to: new Date(toMs).toISOString(),
        windowS,
        visits: found.visits,
        companions: found.companions.map((x) => ({
          tagId: x.tag_id,
          stations: x.stations,
          together: x.together,
          firstHeardAt: x.first_heard.toISOString(),
          lastHeardAt: x.last_heard.toISOString(),
          bikeId: x.bike_id,
          plate: x.plate,
        })),
      };
    });
  }
}
