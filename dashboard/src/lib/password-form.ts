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
  if (!form.current) return fail('form.password.currentRequired');
  if (form.next.length < PASSWORD_MIN) return fail('form.password.tooShort', { min: PASSWORD_MIN });
  if (form.next.length > 256) return fail('form.password.tooLong', { max: 256 });
  if (form.next !== form.repeated) return fail('form.password.mismatch');
  if (form.next === form.current) return fail('form.password.unchanged');
  return { ok: true, body: { currentPassword: form.current, newPassword: form.next } };
}
