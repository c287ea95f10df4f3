/** Messages in words outside the page (unit and browser tests): the same catalogs, and a missing key throws. */
import type { Locale } from './locales.js';
import { sayWith, type Message } from './message.js';
import { createTranslator, type MessageKey, type MessageParams } from './translator.js';

const translator = createTranslator((locale, key) => {
  throw new Error(`no '${key}' in the ${locale} catalog`);
});

export const tIn = (locale: Locale, key: MessageKey, params?: MessageParams): string => translator.t(locale, key, params);

export const sayIn = (locale: Locale, m: Message): string => sayWith((key, params) => tIn(locale, key, params), m);
