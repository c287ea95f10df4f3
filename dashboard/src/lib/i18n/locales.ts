/**
 * The dashboard's languages and how the first one is picked. Simplified Chinese
 * first: the people who use it (governance-centre operators, police, installers,
 * residents) are in China; English is the second language.
 */

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'zh-CN';
/** Where the platform's times are read when it does not say (GET /api/v1/map/config `timeZone`). */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** Each language by its own name, as a language switcher shows it: a reader of neither finds theirs. */
export const LOCALE_AUTONYM: Record<Locale, string> = { 'zh-CN': '简体中文', en: 'English' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The first of the browser's languages (navigator.languages, most preferred
 * first) that the dashboard speaks: any Chinese (zh, zh-CN, zh-TW, zh-Hans…)
 * reads the zh-CN catalog, any English the English one. A browser that asks
 * for neither (a Korean one, or none at all) gets zh-CN: the deployments are
 * Chinese counties, whose staff read Chinese, and the switch is in the header.
 */
export function detectLocale(languages: readonly string[] | undefined): Locale {
  for (const tag of languages ?? []) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (primary === 'zh') return 'zh-CN';
    if (primary === 'en') return 'en';
  }
  return DEFAULT_LOCALE;
}

/** A time zone Intl knows (an IANA name such as 'Asia/Shanghai'); anything else is not used. */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
