/**
 * Times, numbers and durations as the person reads them: in the page's
 * language and the platform's time zone (language.svelte.ts); '—' when there
 * is none. Reactive: a template calling these follows a language switch.
 */
import { dateIn, dateTimeIn, durationIn, numberIn } from './i18n/intl-format.js';
import { language } from './i18n/language.svelte.js';

export function formatTime(iso: string | null): string {
  if (!iso) return '—';
  return dateTimeIn(language.locale, language.timeZone, iso) ?? iso;
}

export function formatDate(iso: string | null): string {
  if (!iso) return '—';
  return dateIn(language.locale, language.timeZone, iso) ?? iso;
}

export function formatNumber(n: number): string {
  return numberIn(language.locale, n);
}

export function formatDuration(seconds: number): string {
  return durationIn(language.locale, seconds);
}
