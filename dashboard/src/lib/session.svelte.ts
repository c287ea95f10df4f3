/**
 * Who is signed in. The session cookie is HttpOnly, so the page cannot read it:
 * at start-up GET /auth/me tells whether it is still good and hands back the
 * CSRF token, which changes (POST, PUT, PATCH, DELETE) must send.
 */
import { ApiError, connectSession, getMe, saveMyLocale, signOut } from './api.js';
import { describeError } from './errors.js';
import { language } from './i18n/language.svelte.js';
import type { Message } from './i18n/message.js';
import { router } from './router.svelte.js';
import { LOGIN } from './routes.js';
import type { Me, SignedIn } from './types.js';

const RECHECK_MS = 60_000;

/**
 * - checking: asking the platform (nothing is shown yet, so no view fetches
 *   data its user may not see)
 * - unreachable: the platform did not answer; we cannot tell
 */
export type SessionStatus = 'checking' | 'signed-in' | 'signed-out' | 'unreachable';

export class Session {
  status = $state<SessionStatus>('checking');
  user = $state.raw<Me | null>(null);
  /** True when the platform ended the session under us (expired, disabled): the login view says so. */
  expired = $state(false);
  /** Why the platform could not be asked, while unreachable. */
  problem = $state.raw<Message | null>(null);
  private csrfToken: string | null = null;

  constructor() {
    connectSession({
      csrfToken: () => this.csrfToken,
      lost: () => this.lost(),
      refresh: async () => this.accept(await getMe()),
    });
  }

  /** Asks the platform whether the cookie still holds a session (after a reload). */
  async restore(): Promise<void> {
    this.status = 'checking';
    try {
      this.accept(await getMe());
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) return; // lost() has run
      this.problem = describeError(err);
      this.status = 'unreachable';
    }
  }

  /**
   * Asks again whether the session holds, at most once a minute, when the
   * person comes back to the tab. The live feed cannot tell: an open event
   * stream keeps flowing after the session ends on the platform.
   */
  watch(): () => void {
    let last = Date.now();
    const check = () => {
      if (document.visibilityState !== 'visible' || this.status !== 'signed-in' || Date.now() - last < RECHECK_MS) return;
      last = Date.now();
      getMe().then(
        (me) => this.accept(me),
        () => undefined,
      ); // a 401 has called lost()
    };
    document.addEventListener('visibilitychange', check);
    return () => document.removeEventListener('visibilitychange', check);
  }

  /** After a sign-in, or a successful /auth/me. */
  accept(signedIn: SignedIn): void {
    language.signedIn(signedIn.user);
    language.saveForUser = saveMyLocale;
    language.useTimeZone(signedIn.user.timeZone);
    this.user = signedIn.user;
    this.csrfToken = signedIn.csrfToken;
    this.expired = false;
    this.problem = null;
    this.status = 'signed-in';
  }

  /**
   * Ends the session on the platform, and here even if the platform cannot be
   * told; then the plain login view, remembering no view: whoever signs in next
   * may have another role. Route and state change together, so the view being
   * left never sees itself signed out (which would remember it).
   */
  async signOut(): Promise<void> {
    try {
      await signOut();
    } catch (err) {
      console.warn('sign-out request failed; signing out here anyway', err);
    }
    router.replace(LOGIN);
    this.clear(false);
  }

  /**
   * The platform answered 401: forget the user. Idempotent, so a burst of
   * failing requests (map, layers, live feed) makes one trip to the login view.
   */
  private lost(): void {
    if (this.status === 'signed-out') return;
    this.clear(this.status === 'signed-in');
  }

  private clear(expired: boolean): void {
    language.signedOut();
    this.user = null;
    this.csrfToken = null;
    this.expired = expired;
    this.status = 'signed-out';
  }
}

export const session = new Session();
