/**
 * Raising hits: sightings of a watchlisted tag become hit rows (one per
 * sighting and case: the unique key), the case turns 'sighted' at its first,
 * and the police hear of them through the outbox, all in the unit of work of
 * whoever raises them: the sighting's commit (live, hit-rule.ts) or the
 * report's look back (historical, case-service.ts). What they hear: where
 * and when, the station, the direction of travel, the last stations passed,
 * and the next stations the bike will likely reach, each with a probability
 * and an arrival window (the predictor's, from the bike's positions).
 */
import type { Work } from '@watchpost/ingest';
import type { Notify, Outbox, Recipient } from '../../notifications/outbox.js';
import type { Position, TagSighting } from '../prediction/index.js';
import type { PositionTracker } from '../positions/tracker.js';
import { say } from '../texts.js';
import { appendEvent, insertHits, setCaseStatus, PLATFORM, type CaseRow, type HitRow, type WatchRow } from './case-store.js';

/** A sighting of a watched tag, as its frame carried it (platform times). */
export interface HitSighting {
  stationId: string;
  seq: number;
  tagId: number;
  firstMs: number;
  lastMs: number;
  rssiDbm: number;
}

export interface StationInfo {
  id: string;
  name: string;
  lat: number | null;
  lon: number | null;
  jurisdictions: readonly string[];
}

export interface HitsDeps {
  outbox: Outbox;
  tracker: PositionTracker;
  station: (id: string) => StationInfo | undefined;
  timeZone: string;
  /** Hits raised, live or historical (metrics). */
  onRaised?: (n: number, historical: boolean) => void;
}

/** An officer's phone gets a text at the first hit at a station, then not again for this long at the same station. */
const SMS_QUIET_MS = 10 * 60_000;
const CHUNK = 5_000;

export class Hits {
  /** Per case, the station and time of the last text sent (a bike parked by a station is heard every window). */
  private readonly texted = new Map<string, { station: string; atMs: number }>();

  constructor(private readonly deps: HitsDeps) {}

  /** Raises hits of one watch in the caller's unit of work; the rows raised now (none when every sighting was raised before). */
  async raise(work: Work, watch: WatchRow & { c: CaseRow }, sightings: readonly HitSighting[], historical: boolean): Promise<HitRow[]> {
    if (sightings.length === 0) return [];
    const c = watch.c;
    const positions = this.positionsWith(watch.bike_id, sightings, historical);
    const next = this.deps.tracker.predict(positions, 3);
    const prediction = next.map((p) => ({ stationId: p.stationId, probability: round3(p.probability), arrivalWindowS: p.arrivalWindow }));
    const raised: HitRow[] = [];
    for (let i = 0; i < sightings.length; i += CHUNK) {
      const chunk = sightings
        .slice(i, i + CHUNK)
        .map((s) => ({ caseId: c.id, tagId: s.tagId, stationId: s.stationId, seq: s.seq, firstHeardMs: s.firstMs, lastHeardMs: s.lastMs, rssiDbm: s.rssiDbm, historical, prediction }));
      raised.push(...(await insertHits(work, chunk)));
    }
    if (raised.length === 0) return [];
    const newest = raised.reduce((a, b) => (b.first_heard > a.first_heard ? b : a));
    if (c.status === 'reported') {
      await setCaseStatus(work, c.id, 'sighted');
      await appendEvent(work, c.id, 'sighted', PLATFORM, { hitId: newest.id, stationId: newest.station_id, historical });
    }
    const bike = (await work.query<{ plate: string; brand: string; model: string; colour: string }>('SELECT plate, brand, model, colour FROM bikes WHERE id = $1', [watch.bike_id])).rows[0];
    const officer = c.officer_id
      ? (await work.query<{ phone: string | null; locale: string | null }>('SELECT phone, locale FROM users WHERE id = $1 AND disabled_at IS NULL', [c.officer_id])).rows[0]
      : undefined;
    const station = this.station(newest.station_id);
    const lastMs = positions.at(-1)?.lastMs ?? newest.last_heard.getTime();
    const nextStations = next.map((p) => ({
      ...this.station(p.stationId),
      probability: round3(p.probability),
      arrivalWindowS: p.arrivalWindow,
      expectedFrom: new Date(lastMs + p.arrivalWindow[0] * 1000).toISOString(),
      expectedTo: new Date(lastMs + p.arrivalWindow[1] * 1000).toISOString(),
    }));
    const direction = positions.length ? this.deps.tracker.describe(positions) : null;
    const text = this.text(officer?.locale ?? null, c, bike, newest, station, nextStations, historical, raised.length);
    const send = officer?.phone && this.shouldText(c.id, newest.station_id, historical);
    const to: Recipient[] = send ? [{ channel: 'sms', phone: officer.phone! }] : [];
    const notice: Notify = {
      kind: 'bike.hit',
      resource: 'case',
      jurisdictions: [...new Set([...c.jurisdictions, ...(this.deps.station(newest.station_id)?.jurisdictions ?? [])])].sort(),
      ownerId: c.owner_id,
      subjectId: c.id,
      to,
      payload: {
        caseId: c.id,
        caseNumber: c.number,
        alertLevel: watch.level,
        historical,
        hits: raised.length,
        hitId: newest.id,
        hitIds: raised.slice(-50).map((h) => h.id),
        bike: { id: watch.bike_id, ...bike },
        tagId: watch.tag_id,
        station,
        heardAt: newest.first_heard.toISOString(),
        lastHeardAt: newest.last_heard.toISOString(),
        rssiDbm: newest.rssi_dbm,
        direction: direction && { fromStation: direction.fromStation && this.station(direction.fromStation), bearingDeg: direction.bearingDeg, headingStationId: direction.headingStation },
        recentStations: positions.slice(-6).map((p) => ({ ...this.station(p.station), firstHeardAt: new Date(p.firstMs).toISOString(), lastHeardAt: new Date(p.lastMs).toISOString() })),
        next: nextStations,
        text,
      },
    };
    await this.deps.outbox.notify(work, [notice]);
    work.afterCommit(() => {
      if (send) this.texted.set(c.id, { station: newest.station_id, atMs: Date.now() });
      this.deps.onRaised?.(raised.length, historical);
    });
    return raised;
  }

  /** The bike's positions up to these sightings: the tracker's for a live hit; the sightings' own for the look back (the tracker may have newer). */
  private positionsWith(bikeId: string, sightings: readonly HitSighting[], historical: boolean): Position[] {
    const seen: TagSighting[] = sightings.map((s) => ({ station: s.stationId, rssiDbm: s.rssiDbm, firstMs: s.firstMs, lastMs: s.lastMs }));
    const all = this.deps.tracker.positions(bikeId, seen);
    if (!historical) return all;
    const newest = Math.max(...sightings.map((s) => s.lastMs));
    return all.filter((p) => p.firstMs <= newest);
  }

  private shouldText(caseId: string, stationId: string, historical: boolean): boolean {
    const last = this.texted.get(caseId);
    if (historical || !last) return true;
    return last.station !== stationId || Date.now() - last.atMs >= SMS_QUIET_MS;
  }

  private station(id: string): { id: string; name: string; lat: number | null; lon: number | null } {
    const s = this.deps.station(id);
    return s ? { id, name: s.name, lat: s.lat, lon: s.lon } : { id, name: id, lat: null, lon: null };
  }

  private text(
    locale: string | null,
    c: CaseRow,
    bike: { plate: string; brand: string; colour: string } | undefined,
    hit: HitRow,
    station: { name: string },
    next: { name?: string; probability: number; arrivalWindowS: [number, number] }[],
    historical: boolean,
    count: number,
  ): string {
    const time = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { timeZone: this.deps.timeZone, hour: '2-digit', minute: '2-digit', month: '2-digit', day: '2-digit' }).format(
      hit.first_heard,
    );
    const common = { case: c.number, plate: bike?.plate ?? '', colour: bike?.colour ?? '', brand: bike?.brand ?? '', station: station.name, time };
    if (historical) return say(locale, 'hitHistorical', { ...common, count });
    const stations = next.map((n) => {
      const [from, to] = n.arrivalWindowS;
      const percent = Math.round(n.probability * 100);
      return to < 120
        ? say(locale, 'hitNextStationS', { station: n.name ?? '', percent, from: Math.round(from), to: Math.round(to) })
        : say(locale, 'hitNextStation', { station: n.name ?? '', percent, from: minutes(from), to: minutes(to) });
    });
    return say(locale, 'hitOfficer', { ...common, next: stations.length ? say(locale, 'hitNext', { stations: stations.join(locale === 'en' ? ', ' : '，') }) : '' });
  }
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
const minutes = (s: number) => Math.max(1, Math.round(s / 60));
