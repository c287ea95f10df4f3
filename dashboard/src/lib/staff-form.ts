/** The form that creates a staff account (administrators). */
import { fail, normalisePhone, PASSWORD_MIN, PHONE, USERNAME, type Checked } from './patterns.js';
import type { NewStaff, StaffRole } from './types.js';

export interface StaffForm {
  username: string;
  displayName: string;
  role: StaffRole;
  password: string;
  unitId: string;
  /** Jurisdiction ids, separated by commas or spaces. */
  jurisdictions: string;
  phone: string;
}

export const emptyStaffForm = (): StaffForm => ({ username: '', displayName: '', role: 'operator', password: '', unitId: '', jurisdictions: '', phone: '' });

export function staffRequest(form: StaffForm): Checked<NewStaff> {
  const username = form.username.trim();
  if (!USERNAME.test(username)) return fail('The user name is 3 to 32 lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit.');
  const displayName = form.displayName.trim();
  if (!displayName) return fail('Enter the person’s name as colleagues know it.');
  if (displayName.length > 100) return fail('The name is at most 100 characters.');
  if (form.password.length < PASSWORD_MIN) return fail(`The password has at least ${PASSWORD_MIN} characters.`);
  const body: NewStaff = { username, displayName, role: form.role, password: form.password };
  const unitId = form.unitId.trim();
  if (unitId) body.unitId = unitId;
  const jurisdictions = [...new Set(form.jurisdictions.split(/[\s,]+/).filter(Boolean))];
  if (jurisdictions.length > 50) return fail('At most 50 jurisdictions.');
  if (jurisdictions.length) body.jurisdictions = jurisdictions;
  const phone = normalisePhone(form.phone);
  if (phone) {
    if (!PHONE.test(phone)) return fail('The phone is an 11-digit mobile number starting with 1, or empty.');
    body.phone = phone;
  }
  return { ok: true, body };
}
