// Signing in as a browser does: password and session cookie with its CSRF token,
// owners by SMS code, refusals that say why, limits on guessing, security headers.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoPassword, DEMO_OWNER_PHONE } from '../access/bootstrap.js';
import { adminFetch, startTestPlatform, TEST_ADMIN_PASSWORD, type TestPlatform } from '../../test-support.js';

let platform: TestPlatform;
before(async () => {
  platform = await startTestPlatform({ demoUsers: true });
});
after(() => platform.dispose());

const url = (path: string) => `${platform.baseUrl}${path}`;
const postJson = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url(path), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

interface SignedIn {
  cookie: string;
  csrfToken: string;
  setCookie: string;
  user: { role: string; landing: string; isDemo: boolean };
}

async function signIn(username: string, password: string): Promise<SignedIn> {
  const res = await postJson('/api/v1/auth/login', { username, password });
  assert.equal(res.status, 200, await res.clone().text());
  const body = (await res.json()) as { csrfToken: string; user: SignedIn['user'] };
  const setCookie = res.headers.get('set-cookie') ?? '';
  return { cookie: setCookie.split(';')[0]!, csrfToken: body.csrfToken, setCookie, user: body.user };
}

describe('staff sign-in', () => {
  it('sets an HttpOnly SameSite session cookie and says where the role lands', async () => {
    const s = await signIn('demo-operator', demoPassword('operator'));
    assert.match(s.cookie, /^wp_session=[A-Za-z0-9_-]{43}$/);
    assert.match(s.setCookie, /HttpOnly/);
    assert.match(s.setCookie, /SameSite=Strict/);
    assert.deepEqual([s.user.role, s.user.landing, s.user.isDemo], ['operator', '#/map', true]);
    const me = await fetch(url('/api/v1/auth/me'), { headers: { cookie: s.cookie } });
    const { csrfToken, expiresAt } = (await me.json()) as { csrfToken: string; expiresAt: string };
    assert.equal(csrfToken, s.csrfToken);
    assert.ok(Date.parse(expiresAt) > Date.now() + 11 * 3600_000, 'a 12-hour session');
    // Signing in again with an old cookie needs no CSRF token (nothing of the session changes).
    assert.equal((await postJson('/api/v1/auth/login', { username: 'demo-operator', password: demoPassword('operator') }, { cookie: s.cookie })).status, 200);
  });

  it('refuses a change without the CSRF token, and accepts it with', async () => {
    const s = await signIn('demo-installer', demoPassword('installer'));
    const without = await postJson('/api/v1/devices', { kind: 'station' }, { cookie: s.cookie });
    assert.equal(without.status, 403);
    assert.equal(((await without.json()) as { code: string }).code, 'CSRF_TOKEN_INVALID');
    const wrong = await postJson('/api/v1/devices', { kind: 'station' }, { cookie: s.cookie, 'x-csrf-token': 'x'.repeat(32) });
    assert.equal(wrong.status, 403);
    const right = await postJson('/api/v1/devices', { kind: 'station' }, { cookie: s.cookie, 'x-csrf-token': s.csrfToken });
    assert.equal(right.status, 201);
  });

  it('ends the session on sign-out: the cookie no longer works and the live feed closes', async () => {
    const s = await signIn('demo-police', demoPassword('police'));
    assert.equal((await fetch(url('/api/v1/devices'), { headers: { cookie: s.cookie } })).status, 200);
    const live = await fetch(url('/api/v1/live'), { headers: { cookie: s.cookie } });
    assert.equal(live.status, 200);
    const reader = live.body!.getReader();
    await reader.read(); // retry + snapshot
    const ended = (async () => {
      for (;;) if ((await reader.read()).done) return true;
    })();
    const out = await postJson('/api/v1/auth/logout', {}, { cookie: s.cookie, 'x-csrf-token': s.csrfToken });
    assert.equal(out.status, 200);
    assert.match(out.headers.get('set-cookie') ?? '', /Max-Age=0/);
    assert.equal((await fetch(url('/api/v1/devices'), { headers: { cookie: s.cookie } })).status, 401);
    assert.equal(await Promise.race([ended, new Promise((r) => setTimeout(() => r('still open'), 3_000))]), true);
    assert.equal((await fetch(url('/api/v1/live'), { headers: { cookie: s.cookie } })).status, 401);
  });

  it('answers a wrong password and an unknown user alike, and records the failure', async () => {
    const wrong = await postJson('/api/v1/auth/login', { username: 'demo-admin', password: 'not-it' });
    const unknown = await postJson('/api/v1/auth/login', { username: 'nobody-here', password: 'not-it' });
    const [a, b] = [(await wrong.json()) as { code: string; message: string }, (await unknown.json()) as { code: string; message: string }];
    assert.deepEqual([wrong.status, unknown.status], [401, 401]);
    assert.deepEqual(a, b);
    assert.equal(a.code, 'AUTH_FAILED');
    const failures = await platform.audit.search({ action: 'auth.login.failed', limit: 10 });
    assert.ok(failures.some((f) => f.detail.username === 'nobody-here'));
  });

  it('a disabled account cannot sign in, and its open session ends', async () => {
    const created = await adminFetch(platform.baseUrl, '/api/v1/users', {
      method: 'POST',
      body: JSON.stringify({ username: 'leaving-operator', displayName: 'Leaving', role: 'operator', password: 'a-long-password' }),
    });
    const { user } = (await created.json()) as { user: { id: string } };
    const s = await signIn('leaving-operator', 'a-long-password');
    await adminFetch(platform.baseUrl, `/api/v1/users/${user.id}`, { method: 'PATCH', body: JSON.stringify({ disabled: true }) });
    assert.equal((await fetch(url('/api/v1/devices'), { headers: { cookie: s.cookie } })).status, 401);
    const again = await postJson('/api/v1/auth/login', { username: 'leaving-operator', password: 'a-long-password' });
    assert.equal(again.status, 401);
    assert.match(((await again.json()) as { message: string }).message, /disabled/);
  });

  it('changes one’s own password: the old one stops working and other sessions end, this one goes on', async () => {
    await adminFetch(platform.baseUrl, '/api/v1/users', { method: 'POST', body: JSON.stringify({ username: 'new-police', displayName: 'New', role: 'police', password: 'first-long-password' }) });
    const here = await signIn('new-police', 'first-long-password');
    const elsewhere = await signIn('new-police', 'first-long-password');
    const wrong = await postJson('/api/v1/auth/password', { currentPassword: 'not-it', newPassword: 'second-long-password' }, { cookie: here.cookie, 'x-csrf-token': here.csrfToken });
    assert.equal(wrong.status, 401);
    const res = await postJson('/api/v1/auth/password', { currentPassword: 'first-long-password', newPassword: 'second-long-password' }, { cookie: here.cookie, 'x-csrf-token': here.csrfToken });
    assert.equal(res.status, 200);
    assert.equal((await fetch(url('/api/v1/auth/me'), { headers: { cookie: here.cookie } })).status, 200);
    assert.equal((await fetch(url('/api/v1/auth/me'), { headers: { cookie: elsewhere.cookie } })).status, 401);
    assert.equal((await postJson('/api/v1/auth/login', { username: 'new-police', password: 'first-long-password' })).status, 401);
    await signIn('new-police', 'second-long-password');
  });

  it('refuses a user in a unit that does not exist with a 400, and creates nothing', async () => {
    const res = await adminFetch(platform.baseUrl, '/api/v1/users', {
      method: 'POST',
      body: JSON.stringify({ username: 'lost-operator', displayName: 'Lost', role: 'operator', password: 'a-long-password', jurisdictions: ['atlantis'] }),
    });
    assert.equal(res.status, 400);
    assert.equal(((await res.json()) as { code: string }).code, 'UNKNOWN_REFERENCE');
    assert.equal((await postJson('/api/v1/auth/login', { username: 'lost-operator', password: 'a-long-password' })).status, 401);
  });

  it('an administrator cannot disable their own account (so the last one always stays)', async () => {
    const { users } = (await (await adminFetch(platform.baseUrl, '/api/v1/users')).json()) as { users: { id: string; username: string }[] };
    const admin = users.find((u) => u.username === 'admin')!;
    const res = await adminFetch(platform.baseUrl, `/api/v1/users/${admin.id}`, { method: 'PATCH', body: JSON.stringify({ disabled: true }) });
    assert.equal(res.status, 409);
    assert.equal(((await res.json()) as { code: string }).code, 'SELF_DISABLE');
    const demoAdmin = users.find((u) => u.username === 'demo-admin')!;
    assert.equal((await adminFetch(platform.baseUrl, `/api/v1/users/${demoAdmin.id}`, { method: 'PATCH', body: JSON.stringify({ disabled: true }) })).status, 200);
    assert.equal((await adminFetch(platform.baseUrl, `/api/v1/users/${demoAdmin.id}`, { method: 'PATCH', body: JSON.stringify({ disabled: false }) })).status, 200);
  });
});

describe('owners by SMS code', () => {
  it('sends a code to a registered owner, signs them in once with it, and lands them on their account', async () => {
    // The outbox delivers it a moment after the answer.
    const next = platform.sms.next(DEMO_OWNER_PHONE);
    const sent = await postJson('/api/v1/auth/code', { phone: DEMO_OWNER_PHONE });
    assert.equal(sent.status, 202);
    const text = await next;
    const code = /\b(\d{6})\b/.exec(text)?.[1];
    assert.ok(code, 'the code went out by SMS');
    const res = await postJson('/api/v1/auth/code/verify', { phone: DEMO_OWNER_PHONE, code });
    assert.equal(res.status, 200);
    const { user } = (await res.json()) as { user: { role: string; landing: string } };
    assert.deepEqual([user.role, user.landing], ['owner', '#/my-bikes']);
    const reused = await postJson('/api/v1/auth/code/verify', { phone: DEMO_OWNER_PHONE, code });
    assert.equal(reused.status, 401, 'a code works once');
  });

  it('answers an unknown phone the same, without sending anything', async () => {
    const before = platform.sms.sent.length;
    const res = await postJson('/api/v1/auth/code', { phone: '13911112222' });
    assert.equal(res.status, 202);
    // What the outbox would deliver for it would have been written with the answer: there is none.
    const { rows } = await platform.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM deliveries WHERE channel = 'sms' AND recipient = '13911112222'`);
    assert.equal(rows[0]!.n, 0);
    assert.equal(platform.sms.sent.length, before);
  });

  it('a code dies after five wrong guesses', async () => {
    const next = platform.sms.next(DEMO_OWNER_PHONE);
    await postJson('/api/v1/auth/code', { phone: DEMO_OWNER_PHONE });
    const code = /\b(\d{6})\b/.exec(await next)![1]!;
    const wrongCode = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) assert.equal((await postJson('/api/v1/auth/code/verify', { phone: DEMO_OWNER_PHONE, code: wrongCode })).status, 401);
    assert.equal((await postJson('/api/v1/auth/code/verify', { phone: DEMO_OWNER_PHONE, code })).status, 401);
  });

  it('refuses a malformed phone number with a clear 400', async () => {
    const res = await postJson('/api/v1/auth/code', { phone: '12345' });
    assert.equal(res.status, 400);
    assert.match(((await res.json()) as { message: string }).message, /phone must match pattern/);
  });
});

describe('limits and headers', () => {
  it('sets security headers, on refusals too', async () => {
    const res = await fetch(url('/api/v1/devices'));
    assert.equal(res.status, 401);
    assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('x-frame-options'), 'SAMEORIGIN');
  });

  it('rate-limits password guessing with 429', async () => {
    let limited: Response | undefined;
    for (let i = 0; i < 15 && !limited; i++) {
      const res = await postJson('/api/v1/auth/login', { username: 'admin', password: `guess-${i}` });
      if (res.status === 429) limited = res;
    }
    assert.ok(limited, 'refused with 429 within 15 attempts');
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
    assert.equal(((await limited.json()) as { code: string }).code, 'RATE_LIMITED');
    // The real password is refused too while the limit lasts: guessing cannot go on around it.
    assert.equal((await postJson('/api/v1/auth/login', { username: 'admin', password: TEST_ADMIN_PASSWORD })).status, 429);
    // Someone else at the same address (one NAT for a whole police station) still signs in.
    assert.equal((await postJson('/api/v1/auth/login', { username: 'demo-admin', password: demoPassword('admin') })).status, 200);
  });
});
