/**
 * What every form does with a submit: check the fields here first (the
 * person learns what to fix without a round trip), send, and keep what to tell
 * them if either fails. One per form; the form reads `busy` and `error`.
 */
import { describeError, type Situation } from './errors.js';
import type { Message } from './i18n/message.js';
import type { Checked } from './patterns.js';

export class Submission {
  busy = $state(false);
  error = $state.raw<Message | null>(null);

  /**
   * The platform's answer, or undefined when the check or the request failed
   * (then `error` says why; `situation` says the form's own words for a code).
   */
  async send<T, R>(checked: Checked<T>, request: (body: T) => Promise<R>, situation?: Situation): Promise<R | undefined> {
    if (!checked.ok) {
      this.error = checked.error;
      return undefined;
    }
    this.busy = true;
    this.error = null;
    try {
      return await request(checked.body);
    } catch (err) {
      this.error = describeError(err, situation);
      return undefined;
    } finally {
      this.busy = false;
    }
  }
}
