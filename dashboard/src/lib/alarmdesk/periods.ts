/**
 * The report's periods: a month ('2026-05') or a year ('2026') as the platform's
 * time zone reads it (Asia/Shanghai), the current one and its neighbours. Pure.
 */
import type { ReportPeriod } from './api.js';

/** The month or year an instant falls in, in the zone: at 2026-05-31T17:00Z it is already June in Shanghai. */
export function periodAt(kind: ReportPeriod, timeZone: string, at: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en', { timeZone, year: 'numeric', month: '2-digit' }).formatToParts(at);
  const year = parts.find((p) => p.type === 'year')!.value;
  const month = parts.find((p) => p.type === 'month')!.value;
  return kind === 'year' ? year : `${year}-${month}`;
}

/** The period `steps` after (or before, negative) the one given. */
export function shiftPeriod(at: string, steps: number): string {
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(at);
  if (!m) return at;
  const year = Number(m[1]);
  if (m[2] === undefined) return String(year + steps);
  const index = year * 12 + Number(m[2]) - 1 + steps;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Whether the text is a period of that kind (what `<input type="month">` gives, or a year). */
export function isPeriod(kind: ReportPeriod, at: string): boolean {
  return kind === 'year' ? /^\d{4}$/.test(at) : /^\d{4}-(0[1-9]|1[0-2])$/.test(at);
}
