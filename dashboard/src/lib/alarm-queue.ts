/**
 * The alarm queue as the console orders it, and what each card says at a
 * glance: unhandled alarms (nobody has received them) first, oldest first,
 * then the ones in hand, oldest first; an alarm's card is the worst of its
 * parties' (normal, yellow, red); which steps may be taken now.
 */
import type { Alarm, AlarmParty } from './alarms-api.js';

export type Level = AlarmParty['level'];
const LEVELS: Level[] = ['normal', 'yellow', 'red'];

export const isUnhandled = (a: Alarm): boolean => a.receivedAt === null && a.state !== 'closed';

export function queueOrder(alarms: readonly Alarm[]): Alarm[] {
  const raised = (a: Alarm) => Date.parse(a.raisedAt);
  return [...alarms].filter((a) => a.state !== 'closed').sort((a, b) => Number(isUnhandled(b)) - Number(isUnhandled(a)) || raised(a) - raised(b) || a.id.localeCompare(b.id));
}

export function levelOf(a: Alarm): Level {
  return a.parties.reduce<Level>((worst, p) => (LEVELS.indexOf(p.level) > LEVELS.indexOf(worst) ? p.level : worst), 'normal');
}

/** Whole seconds since the alarm was raised (never negative: the clocks of browser and platform differ a little). */
export const elapsedS = (a: Alarm, now: number): number => Math.max(0, Math.floor((now - Date.parse(a.raisedAt)) / 1000));

/** "3:07", "1:02:45": a ticking clock reads better than units. */
export function clockOf(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** The step buttons, in order, and whether each may be pressed now (the platform refuses the rest anyway). */
export function stepsOpen(a: Alarm): { receive: boolean; answer: boolean; hangUp: boolean; verify: boolean; dispatch: boolean; onScene: boolean; close: boolean } {
  const open = a.state !== 'closed';
  const genuine = a.verifiedAt !== null && a.genuine === true;
  return {
    receive: open && a.receivedAt === null,
    answer: open && !a.callOpen,
    hangUp: open && a.callOpen,
    verify: open && a.verifiedAt === null,
    dispatch: open && genuine,
    onScene: open && a.dispatchedAt !== null && a.onSceneAt === null,
    close: open,
  };
}

/** The party of this unit in the alarm, if it is one. */
export const partyOf = (a: Alarm, unitId: string | null): AlarmParty | undefined => (unitId ? a.parties.find((p) => p.unitId === unitId) : undefined);

/** A party member's queue: the open alarms linked to their unit, those still to acknowledge first, oldest first. */
export function partyQueue(alarms: readonly Alarm[], unitId: string | null): Alarm[] {
  const pending = (a: Alarm) => (partyOf(a, unitId)?.acknowledgedAt ? 0 : 1);
  return queueOrder(alarms.filter((a) => partyOf(a, unitId))).sort((a, b) => pending(b) - pending(a) || Date.parse(a.raisedAt) - Date.parse(b.raisedAt));
}
