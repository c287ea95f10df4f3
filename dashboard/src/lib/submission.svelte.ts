/**
 * What every form does with a submit: check the fields here first (the
 * person learns what to fix without a round trip), send, and keep what to tell
 * them if either fails. One per form; the form reads `busy` and `error`.
 */
import { describeError } from './errors.js';
import type { Checked } from './patterns.js';

export class Submission {
  busy = $state(false);
  error = $state<string | null>(null);

  /** The platform's answer, or undefined when the check or the request failed (then `error` says why). */
  async send<T, R>(checked: Checked<T>, request: (body: T) => Promise<R>): Promise<R | undefined> {
    if (!checked.ok) {
      this.error = checked.error;
      return undefined;
    }
    this.busy = true;
    this.error = null;
    try {
      return await request(checked.body);
    } catch (err) {
      this.error = describeError(err);
      return undefined;
    } finally {
      this.busy = false;
    }
  }
}
