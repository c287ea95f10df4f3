/** Changing one's own password (staff): what the form checks before asking the platform. */
import { fail, PASSWORD_MIN, type Checked } from './patterns.js';

export interface PasswordForm {
  current: string;
  next: string;
  /** The new password typed twice: a typo here would lock the person out. */
  repeated: string;
}

export const emptyPasswordForm = (): PasswordForm => ({ current: '', next: '', repeated: '' });

export function passwordRequest(form: PasswordForm): Checked<{ currentPassword: string; newPassword: string }> {
  if (!form.current) return fail('Enter your current password.');
  if (form.next.length < PASSWORD_MIN) return fail(`The new password has at least ${PASSWORD_MIN} characters.`);
  if (form.next.length > 256) return fail('The new password is at most 256 characters.');
  if (form.next !== form.repeated) return fail('The new password and its repetition differ.');
  if (form.next === form.current) return fail('Choose a password other than the current one.');
  return { ok: true, body: { currentPassword: form.current, newPassword: form.next } };
}
