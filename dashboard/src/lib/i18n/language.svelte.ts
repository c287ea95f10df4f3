/**
 * The page's language and time zone, as reactive state: `t()` reads the
 * language, so every text in a template follows a switch without a reload
 * (forms keep what was typed). `<html lang>` follows too, for screen
 * readers, fonts and the browser's own widgets.
 */
import { DEFAULT_TIME_ZONE, detectLocale, isTimeZone, type Locale } from './locales.js';
import { deviceLocale, rememberLocale, userLocale } from './preference.js';
import { sayWith, type Message } from './message.js';
import { createTranslator, type MessageKey, type MessageParams } from './translator.js';

export { message, type Message } from './message.js';
export type { MessageKey, MessageParams } from './translator.js';

/**
 * A missing key shows as ⟦key⟧ and is logged as an error (browser tests fail
 * on console errors) and kept on window.watchpostMissingKeys for them to read.
 */
const translator = createTranslator((locale, key) => {
  console.error(`i18n: no '${key}' in the ${locale} catalog`);
  (window.watchpostMissingKeys ??= []).push(`${locale}:${key}`);
});

export class Language {
  locale = $state<Locale>(deviceLocale() ?? detectLocale(navigator.languages));
  /** The platform's zone: every time is shown in it, whichever computer shows it. */
  timeZone = $state(DEFAULT_TIME_ZONE);
  readonly browserTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  private userId: string | null = null;

  constructor() {
    document.documentElement.lang = this.locale;
  }

  /** The person picked a language: show it, and remember it for them and for this device. */
  choose(locale: Locale): void {
    this.apply(locale);
    rememberLocale(this.userId, locale);
    // Kept on the platform too, so it follows the person to another computer and into their text messages.
    if (this.userId) void this.saveForUser?.(locale).catch(() => {});
  }

  /** How a signed-in person's choice is kept on the platform (the session plugs it in: PATCH /api/v1/auth/me). */
  saveForUser: ((locale: Locale) => Promise<void>) | null = null;

  /** Someone signed in: their own earlier choice wins over whatever this device showed. */
  signedIn(user: { id: string; locale?: string | null }): void {
    this.userId = user.id;
    const chosen = userLocale(user);
    if (chosen) this.apply(chosen);
  }

  /** Signed out: the sign-in page keeps the language it shows (the device's last choice). */
  signedOut(): void {
    this.userId = null;
  }

  /** The platform said which zone its times are in (an IANA name); anything else is ignored. */
  useTimeZone(zone: unknown): void {
    if (isTimeZone(zone)) this.timeZone = zone;
  }

  /** Whether times here read differently from the computer's clock: then the zone is shown. */
  get zoneDiffers(): boolean {
    return this.timeZone !== this.browserTimeZone;
  }

  private apply(locale: Locale): void {
    this.locale = locale;
    document.documentElement.lang = locale;
  }
}

export const language = new Language();

/** The text of `key` in the page's language; reactive in templates and $derived. */
export function t(key: MessageKey, params?: MessageParams): string {
  return translator.t(language.locale, key, params);
}

/** A Message in the page's language; reactive like `t`. */
export function say(m: Message): string {
  return sayWith(t, m);
}
