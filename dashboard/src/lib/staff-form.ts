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
  if (!USERNAME.test(username)) return fail('form.staff.usernameInvalid');
  const displayName = form.displayName.trim();
  if (!displayName) return fail('form.staff.nameRequired');
  if (displayName.length > 100) return fail('form.nameTooLong', { max: 100 });
  if (form.password.length < PASSWORD_MIN) return fail('form.staff.passwordTooShort', { min: PASSWORD_MIN });
  const body: NewStaff = { username, displayName, role: form.role, password: form.password };
  const unitId = form.unitId.trim();
  if (unitId) body.unitId = unitId;
  const jurisdictions = [...new Set(form.jurisdictions.split(/[\s,]+/).filter(Boolean))];
  if (jurisdictions.length > 50) return fail('form.staff.tooManyJurisdictions', { max: 50 });
  if (jurisdictions.length) body.jurisdictions = jurisdictions;
  const phone = normalisePhone(form.phone);
  if (phone) {
    if (!PHONE.test(phone)) return fail('form.phoneInvalidOrEmpty');
    body.phone = phone;
  }
  return { ok: true, body };
}
