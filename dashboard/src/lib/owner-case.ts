/**
 * A theft case as its owner follows it: the steps it goes through (reported →
 * sighted → recovered → closed) and the timeline without what is the police's
 * (their notes, hit reviews, the officer in charge, the watch's settings).
 * And the wall clock the report form starts from.
 */
import type { CaseEvent, CaseStatus } from './owner-api.js';

export const CASE_STEPS: readonly CaseStatus[] = ['reported', 'sighted', 'recovered', 'closed'];

export type StepState = 'done' | 'current' | 'ahead' | 'skipped';

/**
 * Each step's state for a case at `status`: those before it done, it current,
 * those after it ahead; a case closed without the bike recovered skipped that step.
 */
export function stepsOf(status: CaseStatus, events: readonly CaseEvent[] = []): { step: CaseStatus; state: StepState }[] {
  const at = CASE_STEPS.indexOf(status);
  const happened = new Set(events.map((e) => e.kind));
  return CASE_STEPS.map((step, i) => {
    if (i === at) return { step, state: 'current' };
    if (i > at) return { step, state: 'ahead' };
    // 'reported' always happened; 'sighted' and 'recovered' only if the timeline says so.
    return { step, state: step === 'reported' || happened.has(step) || (step === 'sighted' && happened.has('recovered')) ? 'done' : 'skipped' };
  });
}

/** The events an owner is shown: the case's own steps, oldest first, without who among the police did them. */
export function ownerTimeline(events: readonly CaseEvent[]): { id: number; at: string; kind: CaseStatus }[] {
  return events
    .filter((e): e is CaseEvent & { kind: CaseStatus } => (CASE_STEPS as readonly string[]).includes(e.kind))
    .map((e) => ({ id: e.id, at: e.at, kind: e.kind }))
    .sort((a, b) => a.at.localeCompare(b.at) || a.id - b.id);
}

/** `at` as `<input type="datetime-local">` shows it on a clock in `timeZone` ('2026-03-01T08:30'). */
export function wallClockIn(timeZone: string, at: Date): string {
  const parts = new Intl.DateTimeFormat('en', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}
