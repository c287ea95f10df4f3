/** The owner registration form (a registration point: police or administrators). */
import { fail, ID_NUMBER, normalisePhone, PHONE, type Checked } from './patterns.js';
import type { NewOwner } from './types.js';

export interface OwnerForm {
  displayName: string;
  phone: string;
  idNumber: string;
  invite: boolean;
}

export const emptyOwnerForm = (): OwnerForm => ({ displayName: '', phone: '', idNumber: '', invite: true });

export function ownerRequest(form: OwnerForm): Checked<NewOwner> {
  const displayName = form.displayName.trim();
  if (!displayName) return fail('form.owner.nameRequired');
  if (displayName.length > 100) return fail('form.nameTooLong', { max: 100 });
  const phone = normalisePhone(form.phone);
  if (!PHONE.test(phone)) return fail('form.phoneInvalid');
  const body: NewOwner = { displayName, phone, invite: form.invite };
  // The check character is a capital X; people type a small one as often.
  const idNumber = form.idNumber.replace(/\s/g, '').toUpperCase();
  if (idNumber) {
    if (!ID_NUMBER.test(idNumber)) return fail('form.owner.idNumberInvalid');
    body.idNumber = idNumber;
  }
  return { ok: true, body };
}
