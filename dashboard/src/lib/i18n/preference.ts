/**
 * Which language a person chose, remembered in this browser: per signed-in
 * user (several people share a duty-room computer), and the last choice on
 * this device for the sign-in page, where nobody is known yet.
 */
import { isLocale, type Locale } from './locales.js';

const DEVICE_KEY = 'watchpost.locale';
const userKey = (userId: string) => `watchpost.locale.${userId}`;

/** localStorage, or nothing where the browser refuses it (private mode, storage disabled). */
function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function read(key: string): Locale | null {
  try {
    const value = storage()?.getItem(key);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

/** The last language chosen on this device, by anyone. */
export function deviceLocale(): Locale | null {
  return read(DEVICE_KEY);
}

/** What this user chose before: on the platform (once it stores it: `Me.locale`), else in this browser. */
export function userLocale(user: { id: string; locale?: string | null }): Locale | null {
  return isLocale(user.locale) ? user.locale : read(userKey(user.id));
}

/**
 * Remembers a choice: for the user if one is signed in, and for the device.
 * This is where the platform plugs in once it keeps the choice server-side
 * (e.g. PATCH /api/v1/auth/me { locale }): send it from here, keep the local
 * copy for the sign-in page.
 */
export function rememberLocale(userId: string | null, locale: Locale): void {
  try {
    const s = storage();
    s?.setItem(DEVICE_KEY, locale);
    if (userId) s?.setItem(userKey(userId), locale);
  } catch {
    // A full or refused storage costs only the memory of the choice.
  }
}
