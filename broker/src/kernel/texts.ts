/**
 * What the platform itself says to people outside the dashboard (text
 * messages, notifications): each home keeps its sentences in both languages,
 * zh-CN first, and picks the person's. A test checks both have every key.
 */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export type Catalog<K extends string> = Record<Locale, Record<K, string>>;

export const localeOf = (value: string | null | undefined): Locale => (value === 'en' ? 'en' : DEFAULT_LOCALE);

/** A home's sentences: `say(locale, key, { code: '123456' })` fills `{code}`. */
export function texts<K extends string>(catalog: Catalog<K>) {
  return (locale: Locale | string | null | undefined, key: K, params: Record<string, string | number> = {}): string =>
    catalog[localeOf(locale)][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
