/**
 * The owner's guard, in memory, after the sightings' commit. An alert is due
 * when a bike is heard at a station
 *  - while armed, other than the station it stood by when armed (any station
 *    when none heard it then): 'moved'; or
 *  - with fob pairing on (a key fob is bound), other than the station of its
 *    last position: it passes a station, 'no_fob';
 * and its owner's key fob is not heard with it. "With it" is: at that
 * station, or at a station that heard the bike too, within `fobWindowMs`
 * before its first or after its last beacon there. A plate tag is heard
 * farther than a fob in a pocket, so the fob often comes later, in the
 * station's next batch, or two. So a suspicion is not an alert at once: it
 * waits until that station has reported a batch starting past the window
 * (by then the fob would have been in a batch if it was there), or, should
 * the station fall silent, `fobWaitMs`. A fob heard meanwhile clears it, and
 * so does the bike heard at the same time at the station it stood by (a
 * parked bike a farther station hears too). Then the alert: a row, and the
 * owner told through the outbox (guard/alerts.ts).
 */
import type { TagSighting } from '../prediction/index.js';
import type { BikeMemo } from '../registry/memory.js';

export interface GuardState {
  armed: boolean;
  armedAtMs: number | null;
  armedStation: string | null;
  fobPairing: boolean;
}

export interface GuardOptions {
  fobWindowMs: number;
  fobWaitMs: number;
  /** After an alert, the same bike alerts again only this much later. */
  quietMs: number;
}

export const DEFAULT_GUARD_OPTIONS: GuardOptions = { fobWindowMs: 10_000, fobWaitMs: 30_000, quietMs: 120_000 };

export interface Suspicion {
  bike: BikeMemo;
  reason: 'moved' | 'no_fob';
  station: string;
  firstMs: number;
  lastMs: number;
  /** The station it stood by, whose hearing it at the same time clears the suspicion. */
  reference: string | null;
  armedAtMs: number | null;
  deadlineMs: number;
}

const OFF: GuardState = { armed: false, armedAtMs: null, armedStation: null, fobPairing: true };

export class GuardWatch {
  private readonly states = new Map<string, GuardState>();
  private readonly suspicions = new Map<string, Suspicion>();
  private readonly fobHeard = new Map<string, TagSighting[]>();
  private readonly quietUntil = new Map<string, number>();

  constructor(
    readonly options: GuardOptions,
    /** Whether the bike's plate tag was heard at a station within a time range (the tracker's visits). */
    private readonly heardAt: (bikeId: string, station: string, fromMs: number, toMs: number) => boolean,
  ) {}

  state(bikeId: string): GuardState {
    return this.states.get(bikeId) ?? OFF;
  }

  set(bikeId: string, state: GuardState): void {
    this.states.set(bikeId, state);
    const open = this.suspicions.get(bikeId);
    if (open && ((open.reason === 'moved' && !state.armed) || (open.reason === 'no_fob' && !state.fobPairing))) this.suspicions.delete(bikeId);
  }

  /** The bike's plate tag heard; `lastStation`: the station of its last position before this sighting. */
  heardBike(bike: BikeMemo, s: TagSighting, lastStation: string | null, nowMs: number): void {
    const g = this.state(bike.id);
    const pairing = g.fobPairing && bike.fobTagId !== null;
    if (!g.armed && !pairing) return;
    const open = this.suspicions.get(bike.id);
    if (open && open.station === s.station) {
      open.lastMs = Math.max(open.lastMs, s.lastMs);
      return;
    }
    if (open || (this.quietUntil.get(bike.id) ?? 0) > nowMs) return;
    const armedElsewhere = g.armed && s.station !== g.armedStation && (g.armedAtMs === null || s.lastMs >= g.armedAtMs);
    const passes = pairing && s.station !== lastStation;
    if (!armedElsewhere && !passes) return;
    const suspicion: Suspicion = {
      bike,
      reason: armedElsewhere ? 'moved' : 'no_fob',
      station: s.station,
      firstMs: s.firstMs,
      lastMs: s.lastMs,
      reference: armedElsewhere ? g.armedStation : lastStation,
      armedAtMs: g.armed ? g.armedAtMs : null,
      deadlineMs: nowMs + this.options.fobWaitMs,
    };
    if (this.cleared(suspicion)) return;
    this.suspicions.set(bike.id, suspicion);
  }

  /** The bike's key fob heard: remembered for a while, and it clears a suspicion it was with. */
  heardFob(bike: BikeMemo, s: TagSighting): void {
    let list = this.fobHeard.get(bike.id);
    if (!list) this.fobHeard.set(bike.id, (list = []));
    list.push(s);
    const keepFrom = s.lastMs - 2 * 60_000;
    if (list.length > 16 || list[0]!.lastMs < keepFrom) this.fobHeard.set(bike.id, list.filter((x) => x.lastMs >= keepFrom).slice(-16));
    const open = this.suspicions.get(bike.id);
    if (open && this.cleared(open)) this.suspicions.delete(bike.id);
  }

  /** A station reported a batch: the suspicions there whose fob window it has passed are due. */
  stationReported(station: string, windowStartMs: number, nowMs: number): Suspicion[] {
    const due: Suspicion[] = [];
    for (const s of this.suspicions.values()) if (s.station === station && windowStartMs > s.lastMs + this.options.fobWindowMs) due.push(s);
    return this.settle(due, nowMs);
  }

  /** Suspicions whose wait is over (the station fell silent). */
  sweep(nowMs: number): Suspicion[] {
    return this.settle(
      [...this.suspicions.values()].filter((s) => s.deadlineMs <= nowMs),
      nowMs,
    );
  }

  get pending(): number {
    return this.suspicions.size;
  }

  private settle(due: Suspicion[], nowMs: number): Suspicion[] {
    const alerts: Suspicion[] = [];
    for (const s of due) {
      this.suspicions.delete(s.bike.id);
      if (this.cleared(s)) continue;
      this.quietUntil.set(s.bike.id, nowMs + this.options.quietMs);
      alerts.push(s);
    }
    return alerts;
  }

  /** The fob was with the bike, or the bike was heard at the same time by the station it stood by. */
  private cleared(s: Suspicion): boolean {
    const w = this.options.fobWindowMs;
    const [from, to] = [s.firstMs - w, s.lastMs + w];
    const fobs = this.fobHeard.get(s.bike.id) ?? [];
    if (fobs.some((f) => f.firstMs <= to && f.lastMs >= from && (f.station === s.station || this.heardAt(s.bike.id, f.station, from, to)))) return true;
    return s.reference !== null && s.reference !== s.station && this.heardAt(s.bike.id, s.reference, s.firstMs, s.lastMs);
  }
}
