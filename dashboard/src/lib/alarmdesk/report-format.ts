/** How the report's numbers read: shares as percentages, step times in seconds or minutes. Pure. */
import type { Locale } from '../i18n/locales.js';

export function shareIn(locale: Locale, share: number | null): string {
  return share === null ? '—' : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** A step time: '3.5秒' / '3.5 sec', from a minute on in minutes ('12.5分钟'). */
export function secondsIn(locale: Locale, seconds: number | null): string {
  if (seconds === null) return '—';
  const [value, unit] = seconds >= 60 ? [seconds / 60, 'minute'] : [seconds, 'second'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}
