import assert from 'node:assert/strict';
import { it } from 'node:test';
import { emptyOwnerForm, ownerRequest } from './owner-form.js';
import { emptyPasswordForm, passwordRequest } from './password-form.js';
import { emptyStaffForm, staffRequest } from './staff-form.js';
import { sayIn } from './i18n/say-in.js';
import type { Message } from './i18n/message.js';
import type { Checked } from './patterns.js';

/** What the person reads (in English, from the catalog), or null when the form is fine. */
const said = (checked: Checked<unknown>) => (checked.ok ? null : sayIn('en', checked.error));

it('registers an owner with the digits of the phone and a capital X', () => {
  assert.deepEqual(ownerRequest({ displayName: ' Li Wei ', phone: '139 1234-5678', idNumber: '32083019900101123x', invite: true }), {
    ok: true,
    body: { displayName: 'Li Wei', phone: '13912345678', idNumber: '32083019900101123X', invite: true },
  });
  assert.deepEqual(ownerRequest({ ...emptyOwnerForm(), displayName: 'Li Wei', phone: '13912345678', invite: false }), {
    ok: true,
    body: { displayName: 'Li Wei', phone: '13912345678', invite: false },
  });
});

it('says what is wrong with an owner before asking the platform', () => {
  const errorOf = (form: Partial<ReturnType<typeof emptyOwnerForm>>) => said(ownerRequest({ ...emptyOwnerForm(), displayName: 'Li Wei', phone: '13912345678', ...form }));
  assert.equal(errorOf({ displayName: '  ' }), 'Enter the owner’s name.');
  assert.match(errorOf({ phone: '12912345678' })!, /11-digit mobile/);
  assert.match(errorOf({ phone: '1391234567' })!, /11-digit mobile/);
  assert.match(errorOf({ idNumber: '3208301990010112' })!, /18 characters/);
  assert.equal(errorOf({ idNumber: '' }), null);
});

it('creates a staff account with its optional unit, jurisdictions and phone', () => {
  const form = { ...emptyStaffForm(), username: 'li.wei', displayName: 'Li Wei', role: 'police' as const, password: 'long enough!' };
  assert.deepEqual(staffRequest(form), { ok: true, body: { username: 'li.wei', displayName: 'Li Wei', role: 'police', password: 'long enough!' } });
  assert.deepEqual(staffRequest({ ...form, unitId: ' xuyi-ps ', jurisdictions: 'xuyi, xuyi-north xuyi', phone: '138 0000 1111' }), {
    ok: true,
    body: { username: 'li.wei', displayName: 'Li Wei', role: 'police', password: 'long enough!', unitId: 'xuyi-ps', jurisdictions: ['xuyi', 'xuyi-north'], phone: '13800001111' },
  });
  for (const username of ['Li', 'LiWei', '.li', 'li wei']) assert.equal(staffRequest({ ...form, username }).ok, false, username);
  assert.equal(said(staffRequest({ ...form, password: 'too short' })), 'The password has at least 10 characters.');
  assert.equal(staffRequest({ ...form, phone: '123' }).ok, false);
});

it('changes a password only when the new one is long enough, repeated and new', () => {
  const form = { current: 'old password', next: 'new password', repeated: 'new password' };
  assert.deepEqual(passwordRequest(form), { ok: true, body: { currentPassword: 'old password', newPassword: 'new password' } });
  assert.equal(said(passwordRequest(emptyPasswordForm())), 'Enter your current password.');
  assert.equal(said(passwordRequest({ ...form, next: 'short', repeated: 'short' })), 'The new password has at least 10 characters.');
  assert.equal(said(passwordRequest({ ...form, repeated: 'new passw0rd' })), 'The new password and its repetition differ.');
  assert.equal(said(passwordRequest({ current: 'old password', next: 'old password', repeated: 'old password' })), 'Choose a password other than the current one.');
  assert.equal(sayIn('zh-CN', (passwordRequest(emptyPasswordForm()) as { error: Message }).error), '请输入当前密码。');
});
