/**
 * Dates, times, numbers and durations through Intl, for a language and the
 * platform's time zone. Pure (the reactive wrappers are ../format.ts); the
 * formatters are cached, as tables format hundreds of cells per render.
 */
import type { Locale } from './locales.js';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let formatter = cache.get(key) as F | undefined;
  if (!formatter) cache.set(key, (formatter = make()));
  return formatter;
}

const dateTimeFormat = (locale: Locale, timeZone: string, options: Intl.DateTimeFormatOptions) =>
  cached(`dt|${locale}|${timeZone}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, { ...options, timeZone }));

/** An instant as date and time ('2026/3/1 08:30:00', '3/1/26, 8:30:00 AM'); null when the string is no time. */
export function dateTimeIn(locale: Locale, timeZone: string, iso: string): string | null {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : dateTimeFormat(locale, timeZone, { dateStyle: 'short', timeStyle: 'medium' }).format(t);
}

/** An instant's calendar day in the zone ('2026年3月1日', 'Mar 1, 2026'). */
export function dateIn(locale: Locale, timeZone: string, iso: string): string | null {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : dateTimeFormat(locale, timeZone, { dateStyle: 'medium' }).format(t);
}

export function numberIn(locale: Locale, n: number): string {
  return cached(`n|${locale}`, () => new Intl.NumberFormat(locale)).format(n);
}

const UNITS = [
  { unit: 'day', seconds: 86_400 },
  { unit: 'hour', seconds: 3_600 },
  { unit: 'minute', seconds: 60 },
] as const;

/**
 * A span of whole seconds in its largest whole unit ('5分钟', '90 seconds',
 * '2 hours'): heartbeat intervals, code validity, waiting times.
 */
export function durationIn(locale: Locale, seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const whole = UNITS.find((u) => s >= u.seconds && s % u.seconds === 0);
  const unit = whole?.unit ?? 'second';
  const value = whole ? s / whole.seconds : s;
  return cached(`u|${locale}|${unit}`, () => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' })).format(value);
}

/** The zone's name in the language ('中国标准时间', 'China Standard Time'), or its IANA id where Intl has none. */
export function zoneNameIn(locale: Locale, timeZone: string): string {
  const part = dateTimeFormat(locale, timeZone, { timeZoneName: 'longGeneric' })
    .formatToParts(0)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/** The zone's offset from UTC at an instant, in milliseconds (Asia/Shanghai: +8 h). */
function offsetAt(timeZone: string, t: number): number {
  const parts = dateTimeFormat('en', timeZone, { hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(t);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(t / 1000) * 1000;
}

/**
 * A wall-clock time typed into `<input type="datetime-local">` ('2026-03-01T08:30'),
 * read in the platform's zone (the zone every time on the page is shown in),
 * as an instant; null when it is no time.
 */
export function zonedInstant(local: string, timeZone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1, 6).map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi, m[6] ? Number(m[6]) : 0);
  if (Number.isNaN(wall)) return null;
  // The offset at the guess, then again at the result: right across a DST change too.
  const first = wall - offsetAt(timeZone, wall);
  return new Date(wall - offsetAt(timeZone, first));
}
