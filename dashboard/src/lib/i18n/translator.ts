/**
 * The message catalogs behind i18next: one per language, flat keys
 * ('device.kind.pillar'), `{{name}}` interpolation, plurals by CLDR category
 * (`_one`/`_other`; Chinese has only `_other`). Pure: no DOM, no Svelte state,
 * so unit and browser tests translate with the very same catalogs.
 */
import i18next, { type i18n } from 'i18next';
import alarmsEn from './alarms.en.json' with { type: 'json' };
import alarmsZhCN from './alarms.zh-CN.json' with { type: 'json' };
import alarmDeskEn from './alarmdesk.en.json' with { type: 'json' };
import alarmDeskZhCN from './alarmdesk.zh-CN.json' with { type: 'json' };
import bikesEn from './bikes.en.json' with { type: 'json' };
import bikesZhCN from './bikes.zh-CN.json' with { type: 'json' };
import coreEn from './en.json' with { type: 'json' };
import coreZhCN from './zh-CN.json' with { type: 'json' };
import ownerEn from './owner.en.json' with { type: 'json' };
import ownerZhCN from './owner.zh-CN.json' with { type: 'json' };
import { DEFAULT_LOCALE, type Locale } from './locales.js';

// One catalog per language, kept in parts: the platform's (<locale>.json) and each vertical's (<part>.<locale>.json).
const zhCN = { ...coreZhCN, ...bikesZhCN, ...ownerZhCN, ...alarmsZhCN, ...alarmDeskZhCN };
const en = { ...coreEn, ...bikesEn, ...ownerEn, ...alarmsEn, ...alarmDeskEn };

export const CATALOGS: Record<Locale, Record<string, string>> = { 'zh-CN': zhCN, en };

type PluralSuffix = '_zero' | '_one' | '_two' | '_few' | '_many' | '_other';
type Unplural<K> = K extends `${infer Base}${PluralSuffix}` ? Base : K;
/** A key as the code names it: a plural's base ('panel.showing', not 'panel.showing_other'). */
export type MessageKey = Unplural<keyof typeof zhCN & string>;

/** Interpolated values; `count` also picks the plural form. */
export type MessageParams = Record<string, string | number>;

/** What the missing-key handler is told, and what the page shows instead: the key, bracketed, so nobody mistakes it for text. */
export const missingMark = (key: string): string => `⟦${key}⟧`;

export interface Translator {
  t(locale: Locale, key: MessageKey, params?: MessageParams): string;
}

/**
 * A translator over the catalogs. `onMissing` hears every key a catalog lacks
 * (no fallback to the other language: a gap must show, not hide).
 */
export function createTranslator(onMissing: (locale: string, key: string) => void = () => {}): Translator {
  const instance: i18n = i18next.createInstance();
  void instance.init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: DEFAULT_LOCALE,
    fallbackLng: false,
    keySeparator: false,
    nsSeparator: false,
    // Svelte escapes what it renders; escaping here too would show &lt; to people.
    interpolation: { escapeValue: false },
    returnNull: false,
    saveMissing: true,
    missingKeyHandler: (locales, _ns, key) => onMissing(locales.join(','), key),
    parseMissingKeyHandler: missingMark,
    // The catalogs are bundled: initialise at once, so the first render has its words.
    initAsync: false,
  });
  return {
    t: (locale, key, params) => instance.t(key, { ...params, lng: locale }),
  };
}
