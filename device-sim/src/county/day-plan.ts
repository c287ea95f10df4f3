/**
 * A rider's day as the trips they mean to make: commutes on weekdays, the
 * school run, the morning market, errands after work, visits to relatives
 * in a village, weekend outings, and days the bike stays home. Times are
 * planned departures; the trip builder pushes a departure back when the
 * previous trip or stop ran late.
 */
import { gaussian } from './geo.js';
import type { Rider } from './riders.js';

export interface PlannedTrip {
  to: number;
  /** Planned departure, seconds after this day's midnight. */
  departS: number;
  /** The least time spent at the origin before leaving (a stop's dwell). */
  minDwellS: number;
  purpose: 'commute' | 'home' | 'school' | 'errand' | 'lunch' | 'visit' | 'outing';
}

const MIN = 60;
const H = 3600;

export function isWeekday(day: number): boolean {
  return day % 7 < 5;
}

/** `visit` draws a place away from the rider's usual ones (a relative's village, another town). */
export function planDay(rider: Rider, day: number, rand: () => number, visit: () => number): PlannedTrip[] {
  const trips: PlannedTrip[] = [];
  const jitter = (sd: number) => gaussian(rand) * sd;
  const between = (a: number, b: number) => a + rand() * (b - a);
  const errand = () => rider.errands[Math.min(rider.errands.length - 1, Math.floor(rand() * rand() * rider.errands.length))]!;
  const go = (to: number, departS: number, purpose: PlannedTrip['purpose'], minDwellS = 0) => trips.push({ to, departS, minDwellS, purpose });
  /** Out to a place, a stay, and home again (or on to a second place first). */
  const outing = (to: number, at: number, stayS: number, purpose: PlannedTrip['purpose']) => {
    go(to, at, purpose);
    if (rand() < 0.25) {
      const second = errand();
      if (second !== to) go(second, at + stayS, 'errand', stayS * 0.5);
    }
    go(rider.home, at + stayS, 'home', stayS * 0.5);
  };
  const weekday = isWeekday(day);
  if (rand() < (weekday ? rider.idleRate : rider.idleRate * 1.6)) return trips;

  if (!weekday) {
    const outings = Math.floor(rand() * 3.2);
    let t = between(8 * H, 11 * H);
    for (let k = 0; k < outings && t < 21 * H; k++) {
      const far = rand() < 0.15;
      const stay = far ? between(1 * H, 3 * H) : between(20 * MIN, 90 * MIN);
      outing(far ? visit() : errand(), t, stay, far ? 'visit' : 'outing');
      t += stay + between(1 * H, 4 * H);
    }
    return trips;
  }

  switch (rider.role) {
    case 'commuter': {
      const toWork = rider.leaveHomeS + jitter(8 * MIN);
      go(rider.work, toWork, 'commute');
      if (rand() < 0.12) {
        go(rider.home, 11.8 * H + jitter(10 * MIN), 'lunch', 2 * H);
        go(rider.work, 13.3 * H + jitter(10 * MIN), 'commute', 40 * MIN);
      }
      const leave = rider.leaveWorkS + jitter(10 * MIN);
      if (rand() < 0.35) {
        go(errand(), leave, 'errand', 3 * H);
        go(rider.home, leave + between(10 * MIN, 40 * MIN), 'home', 8 * MIN);
      } else go(rider.home, leave, 'home', 3 * H);
      if (rand() < 0.2) outing(errand(), between(19 * H, 20.5 * H), between(20 * MIN, 60 * MIN), 'errand');
      break;
    }
    case 'school_run': {
      go(rider.school, rider.leaveHomeS + jitter(5 * MIN), 'school');
      if (rider.work >= 0) {
        go(rider.work, 0, 'commute', between(2 * MIN, 6 * MIN));
        go(rider.school, 16.4 * H + jitter(8 * MIN), 'school', 3 * H);
        go(rider.home, 0, 'home', between(3 * MIN, 12 * MIN));
      } else {
        go(rider.home, 0, 'home', between(2 * MIN, 6 * MIN));
        if (rand() < 0.5) outing(errand(), between(8.5 * H, 10 * H), between(20 * MIN, 50 * MIN), 'errand');
        go(rider.school, between(15.8 * H, 16.5 * H), 'school');
        if (rand() < 0.3) go(errand(), 0, 'errand', between(3 * MIN, 12 * MIN));
        go(rider.home, 0, 'home', between(3 * MIN, 25 * MIN));
      }
      break;
    }
    case 'at_home': {
      if (rand() < 0.6) outing(rider.errands[0]!, between(6 * H, 9.5 * H), between(20 * MIN, 60 * MIN), 'errand');
      if (rand() < 0.4) outing(errand(), between(14 * H, 17 * H), between(15 * MIN, 60 * MIN), 'errand');
      if (rand() < 0.08) outing(visit(), between(9 * H, 15 * H), between(1 * H, 3 * H), 'visit');
      break;
    }
  }
  return trips;
}
