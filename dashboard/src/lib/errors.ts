/** What to tell a person when a request fails: the platform's own sentence, with the cause in plain words. */
import { ApiError } from './api.js';

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const sentence = (s: string) => capitalised(s.trim()).replace(/([^.!?])$/, '$1.');

export function describeError(err: unknown): string {
  if (err instanceof ApiError) {
    if (err.status >= 500 && err.code === 'INTERNAL') return 'The platform failed to answer. Try again; if it persists, tell an administrator.';
    return sentence(err.message);
  }
  // fetch rejects with a TypeError when nothing answered at all.
  if (err instanceof TypeError) return 'The platform could not be reached. Check the connection and try again.';
  return sentence(err instanceof Error ? err.message : String(err));
}
