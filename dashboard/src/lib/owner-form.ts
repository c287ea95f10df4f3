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
  if (!displayName) return fail('Enter the owner’s name.');
  if (displayName.length > 100) return fail('The name is at most 100 characters.');
  const phone = normalisePhone(form.phone);
  if (!PHONE.test(phone)) return fail('The phone is an 11-digit mobile number starting with 1.');
  const body: NewOwner = { displayName, phone, invite: form.invite };
  // The check character is a capital X; people type a small one as often.
  const idNumber = form.idNumber.replace(/\s/g, '').toUpperCase();
  if (idNumber) {
    if (!ID_NUMBER.test(idNumber)) return fail('The identity number has 18 characters: 17 digits, then a digit or X.');
    body.idNumber = idNumber;
  }
  return { ok: true, body };
}
