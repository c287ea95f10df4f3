// API tokens are their creator's: a personal token acts for its creator, a
// service token is a service account of its own reaching no further than its
// creator. Nobody can mint a credential acting as somebody else.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { insertUser } from './people-store.js';
import { hashPassword } from '../access/passwords.js';
import { adminFetch, startTestPlatform, type TestPlatform } from '../../test-support.js';

let platform: TestPlatform;
let policeId: string;
let ownerId: string;
let adminId: string;
const url = (path: string) => `${platform.baseUrl}${path}`;

before(async () => {
  platform = await startTestPlatform({ demoUsers: false });
  const db = platform.db;
  policeId = await insertUser(db, { username: 'officer-wang', displayName: 'Officer Wang', role: 'police', passwordHash: null, createdBy: null });
  ownerId = await insertUser(db, { username: null, displayName: 'Resident Li', role: 'owner', phone: '13800000123', idNumber: '32083019900101123X', passwordHash: null, createdBy: null });
  adminId = (await db.query<{ id: string }>("SELECT id FROM users WHERE username = 'admin'")).rows[0]!.id;
});
after(() => platform.dispose());

interface Created {
  token: string;
  info: { id: string; kind: string; role: string; actorId: string; createdBy: string; createdByName: string; scopes: string[] };
}

/** POST /tokens as the administrator, or with the credentials given (a bearer, or a session cookie and CSRF token). */
async function createToken(body: Record<string, unknown>, as: Record<string, string> | null = null): Promise<{ status: number; code?: string; message?: string; created?: Created }> {
  const init = { method: 'POST', body: JSON.stringify(body) };
  const res = as ? await fetch(url('/api/v1/tokens'), { ...init, headers: { ...as, 'content-type': 'application/json' } }) : await adminFetch(platform.baseUrl, '/api/v1/tokens', init);
  const json = (await res.json()) as Created & { code?: string; message?: string };
  return res.status === 201 ? { status: 201, created: json } : { status: res.status, code: json.code, message: json.message };
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const get = (path: string, token: string) => fetch(url(path), { headers: bearer(token) });

async function tokenRows(): Promise<{ id: string; created_by: string; kind: string }[]> {
  return (await platform.db.query<{ id: string; created_by: string; kind: string }>('SELECT id, created_by, kind FROM api_tokens')).rows;
}

/** Signs in with a password: a session cookie and its CSRF token. */
async function signIn(username: string, password: string): Promise<Record<string, string>> {
  const res = await fetch(url('/api/v1/auth/login'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  assert.equal(res.status, 200, await res.clone().text());
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie: res.headers.get('set-cookie')!.split(';')[0]!, 'x-csrf-token': csrfToken };
}

describe('impersonation through API tokens', () => {
  it("an administrator cannot create a token acting as a police officer or an owner, and so cannot read owners' data unmasked", async () => {
    const before = await tokenRows();
    for (const userId of [policeId, ownerId]) {
      const attempt = await createToken({ name: 'as someone else', userId, scopes: ['people'] });
      assert.equal(attempt.status, 400, JSON.stringify(attempt));
      assert.equal(attempt.code, 'REQUEST_INVALID');
    }
    // Nor a service account with the police role: it would reach owners further than an administrator does.
    const police = await createToken({ name: 'police bridge', kind: 'service', role: 'police', scopes: ['people'] });
    assert.deepEqual([police.status, police.code], [403, 'TOKEN_REACH_EXCEEDED']);
    assert.match(police.message!, /read person\.owner/);
    assert.equal((await createToken({ name: 'owner bridge', kind: 'service', role: 'owner', scopes: ['people'] })).status, 400);
    assert.deepEqual(await tokenRows(), before, 'no token was created');

    // What an administrator's own tokens read of an owner: masked, as the administrator.
    const own = (await createToken({ name: 'mine', scopes: ['people'] })).created!;
    const res = await get(`/api/v1/owners/${ownerId}?reason=${encodeURIComponent('case 2026-17: follow-up')}`, own.token);
    const { owner } = (await res.json()) as { owner: { phone: string; idNumber: string; masked: boolean } };
    assert.deepEqual([owner.masked, owner.phone === '13800000123', owner.idNumber === '32083019900101123X'], [true, false, false]);
    const [entry] = await platform.audit.search({ action: 'owner.read', subjectId: ownerId, limit: 1 });
    assert.deepEqual([entry?.actorId, entry?.actorRole], [adminId, 'admin']);
    assert.equal(entry?.actorName, `管理员 via token ${own.info.id}`);
  });

  it('no route creates a token acting for an account the request names', async () => {
    const before = new Set((await tokenRows()).map((t) => t.id));
    const named = { userId: policeId, user_id: policeId, createdBy: policeId, actsAs: policeId, name: 'sweep', scopes: ['people'], kind: 'personal' };
    const unsafe = platform.http.declaredRoutes.filter((r) => r.url.startsWith('/api/v1') && !r.url.startsWith('/api/v1/auth') && ['POST', 'PUT', 'PATCH'].includes(r.method));
    assert.ok(unsafe.length >= 8, unsafe.map((r) => r.url).join(', '));
    for (const route of unsafe) {
      const path = route.url.replace(/:id/g, policeId).replace(/:name/g, 'sweep');
      const res = await adminFetch(platform.baseUrl, path, { method: route.method, body: JSON.stringify(named) });
      assert.ok(res.status < 500, `${route.method} ${route.url}: ${res.status}`);
    }
    const made = (await tokenRows()).filter((t) => !before.has(t.id));
    assert.deepEqual(
      made.filter((t) => t.created_by !== adminId),
      [],
      'every new token is the calling administrator’s',
    );
    assert.ok(!(await tokenRows()).some((t) => t.created_by === policeId));
  });
});

describe('personal and service tokens', () => {
  it('a service token is a service account of its own: its own identity in the audit trail, naming its creator; no account routes', async () => {
    const { created } = await createToken({ name: 'Reporting system', kind: 'service', scopes: ['people', 'devices'] });
    assert.ok(created);
    const service = created.info;
    assert.deepEqual([service.kind, service.role, service.actorId, service.createdBy, service.createdByName], ['service', 'admin', `svc-${service.id}`, adminId, '管理员']);

    const res = await get(`/api/v1/owners/${ownerId}`, created.token);
    assert.equal(res.status, 200);
    assert.equal(((await res.json()) as { owner: { masked: boolean } }).owner.masked, true, 'no further than an administrator: masked');
    const [entry] = await platform.audit.search({ action: 'owner.read', actorId: `svc-${service.id}`, limit: 1 });
    assert.ok(entry, 'the read is audited under the service account');
    assert.equal(entry.actorRole, 'admin');
    assert.match(entry.actorName!, new RegExp(`^service account “Reporting system” \\(token ${service.id}, created by 管理员 ${adminId}\\)$`));

    const me = await get('/api/v1/auth/me', created.token);
    assert.deepEqual([me.status, ((await me.json()) as { code: string }).code], [403, 'FORBIDDEN']);
    const again = await fetch(url('/api/v1/tokens'), {
      method: 'POST',
      headers: { ...bearer(created.token), 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'child', scopes: ['people'] }),
    });
    assert.deepEqual([again.status, ((await again.json()) as { code: string }).code], [403, 'SERVICE_TOKEN_CREATES_NONE']);

    const listed = (await (await adminFetch(platform.baseUrl, '/api/v1/tokens')).json()) as { tokens: Created['info'][] };
    assert.deepEqual(listed.tokens.find((t) => t.id === service.id)?.actorId, `svc-${service.id}`);
  });

  it('a service account with a narrower role than its creator reaches only as far as that role', async () => {
    const { created } = await createToken({ name: 'Provisioning tool', kind: 'service', role: 'installer', scopes: ['devices', 'people'] });
    assert.equal(created?.info.role, 'installer');
    const station = await fetch(url('/api/v1/devices'), { method: 'POST', headers: { ...bearer(created!.token), 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'station' }) });
    assert.equal(station.status, 201);
    assert.equal((await get('/api/v1/users', created!.token)).status, 403, 'installers do not reach staff accounts');
    assert.equal((await get(`/api/v1/owners/${ownerId}`, created!.token)).status, 403);
  });

  it('a token made with a token gets no more scopes, and no longer life, than that token', async () => {
    const { created } = await createToken({ name: 'token admin', scopes: ['people'], expiresInDays: 7 });
    const headers = bearer(created!.token);
    const wider = await createToken({ name: 'wider', scopes: ['people', 'audit'], expiresInDays: 1 }, headers);
    assert.deepEqual([wider.status, wider.code], [403, 'TOKEN_SCOPE_EXCEEDED']);
    const longer = await createToken({ name: 'longer', scopes: ['people'] }, headers);
    assert.deepEqual([longer.status, longer.code], [403, 'TOKEN_EXPIRY_EXCEEDED']);
    const fine = await createToken({ name: 'fine', scopes: ['people'], expiresInDays: 3 }, headers);
    assert.equal(fine.status, 201);
    assert.equal(fine.created!.info.createdBy, adminId);
  });

  it("a disabled creator's tokens stop, personal and service alike, and a service account's live feed ends", async () => {
    const password = 'second-admin-password';
    await insertUser(platform.db, { username: 'second-admin', displayName: 'Second Admin', role: 'admin', passwordHash: await hashPassword(password), createdBy: null });
    const session = await signIn('second-admin', password);
    const personal = (await createToken({ name: 'their own', scopes: ['devices'] }, session)).created!;
    const service = (await createToken({ name: 'their service', kind: 'service', scopes: ['devices'] }, session)).created!;
    assert.equal(personal.info.createdByName, 'Second Admin');
    for (const t of [personal, service]) assert.equal((await get('/api/v1/devices', t.token)).status, 200);

    const live = await get('/api/v1/live', service.token);
    assert.equal(live.status, 200);
    const reader = live.body!.getReader();
    await reader.read();
    const ended = (async () => {
      for (;;) if ((await reader.read()).done) return true;
    })();

    const creator = (await platform.db.query<{ id: string }>("SELECT id FROM users WHERE username = 'second-admin'")).rows[0]!.id;
    assert.equal((await adminFetch(platform.baseUrl, `/api/v1/users/${creator}`, { method: 'PATCH', body: JSON.stringify({ disabled: true }) })).status, 200);
    for (const t of [personal, service]) assert.equal((await get('/api/v1/devices', t.token)).status, 401);
    assert.equal(await Promise.race([ended, new Promise((r) => setTimeout(() => r('still open'), 3_000))]), true);

    assert.equal((await adminFetch(platform.baseUrl, `/api/v1/users/${creator}`, { method: 'PATCH', body: JSON.stringify({ disabled: false }) })).status, 200);
    assert.equal((await get('/api/v1/devices', service.token)).status, 200, 'enabled again, they work again');
  });

  it('a service account whose creator now reaches less stops working', async () => {
    const password = 'third-admin-password';
    const creator = await insertUser(platform.db, { username: 'third-admin', displayName: 'Third Admin', role: 'admin', passwordHash: await hashPassword(password), createdBy: null });
    const service = (await createToken({ name: 'bridge', kind: 'service', scopes: ['people'] }, await signIn('third-admin', password))).created!;
    assert.equal((await get('/api/v1/users', service.token)).status, 200);
    await platform.db.query("UPDATE users SET role = 'installer' WHERE id = $1", [creator]);
    platform.http.forgetPrincipals(creator);
    assert.equal((await get('/api/v1/users', service.token)).status, 401);
  });

  it('revoking a service token ends it at once', async () => {
    const { created } = await createToken({ name: 'short-lived', kind: 'service', scopes: ['devices'] });
    assert.equal((await get('/api/v1/devices', created!.token)).status, 200);
    assert.equal((await adminFetch(platform.baseUrl, `/api/v1/tokens/${created!.info.id}`, { method: 'DELETE' })).status, 200);
    assert.equal((await get('/api/v1/devices', created!.token)).status, 401);
    const [entry] = await platform.audit.search({ action: 'token.revoke', subjectId: created!.info.id, limit: 1 });
    assert.equal(entry?.detail.kind, 'service');
  });
});
