import assert from 'node:assert/strict';
import { it } from 'node:test';
import { emptyTokenForm, tokenRequest, tokenStatus } from './token-form.js';
import { sayIn } from './i18n/say-in.js';
import type { Checked } from './patterns.js';

/** What the person reads (in English, from the catalog), or null when the form is fine. */
const said = (checked: Checked<unknown>) => (checked.ok ? null : sayIn('en', checked.error));
import type { ApiToken } from './types.js';

it('creates a token with at least one scope, expiring after whole days or never', () => {
  const form = { ...emptyTokenForm(), name: ' Traffic centre ', scopes: ['devices' as const, 'map' as const] };
  assert.deepEqual(tokenRequest(form), { ok: true, body: { name: 'Traffic centre', scopes: ['devices', 'map'], expiresInDays: 90 } });
  assert.deepEqual(tokenRequest({ ...form, expiresInDays: '' }), { ok: true, body: { name: 'Traffic centre', scopes: ['devices', 'map'] } });
  assert.deepEqual(tokenRequest({ ...form, expiresInDays: null }), { ok: true, body: { name: 'Traffic centre', scopes: ['devices', 'map'] } });
  assert.match(said(tokenRequest({ ...form, scopes: [] }))!, /at least one scope/);
  assert.match(said(tokenRequest({ ...form, name: ' ' }))!, /^Name the token/);
  assert.equal(said(tokenRequest({ ...form, expiresInDays: 0 })), 'It expires after 1 to 3650 whole days, or leave it empty for never.');
  for (const days of [0, 1.5, 3651, 'soon']) assert.equal(tokenRequest({ ...form, expiresInDays: days }).ok, false, String(days));
});

it('a personal token names no role; a service token names its role only when chosen; none names an account', () => {
  const form = { ...emptyTokenForm(), name: 'Bridge', scopes: ['devices' as const] };
  assert.deepEqual(tokenRequest({ ...form, role: 'installer' }), { ok: true, body: { name: 'Bridge', scopes: ['devices'], expiresInDays: 90 } });
  assert.deepEqual(tokenRequest({ ...form, kind: 'service' }), { ok: true, body: { name: 'Bridge', kind: 'service', scopes: ['devices'], expiresInDays: 90 } });
  assert.deepEqual(tokenRequest({ ...form, kind: 'service', role: 'installer' }), { ok: true, body: { name: 'Bridge', kind: 'service', role: 'installer', scopes: ['devices'], expiresInDays: 90 } });
});

it('tells active, revoked and expired tokens apart', () => {
  const token: ApiToken = {
    id: 'abcdefabcdef',
    name: 't',
    kind: 'personal',
    role: 'admin',
    actorId: 'u-000000000001',
    createdBy: 'u-000000000001',
    createdByName: 'Admin',
    scopes: ['devices'],
    createdAt: '2025-01-01T00:00:00Z',
    expiresAt: null,
    revokedAt: null,
    lastUsedAt: null,
  };
  const now = Date.parse('2025-06-01T00:00:00Z');
  assert.equal(tokenStatus(token, now), 'active');
  assert.equal(tokenStatus({ ...token, expiresAt: '2025-12-01T00:00:00Z' }, now), 'active');
  assert.equal(tokenStatus({ ...token, expiresAt: '2025-05-01T00:00:00Z' }, now), 'expired');
  assert.equal(tokenStatus({ ...token, expiresAt: '2025-05-01T00:00:00Z', revokedAt: '2025-04-01T00:00:00Z' }, now), 'revoked');
});
