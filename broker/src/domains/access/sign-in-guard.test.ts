// Password spraying (issue 8, defect 7): 300 sign-ins with 300 names from one
// address were all answered 401, each adding an audit row. Now failures are
// limited per address too, and the trail summarises past the first few.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestDatabase, testLogger, type TestDatabase } from '@watchpost/ingest/test-support';
import { AuditLog } from '../audit/audit-log.js';
import { auditKeyOf } from '../audit/hash.js';
import { DEMO_OWNER_PHONE } from '../access/bootstrap.js';
import { startTestPlatform, TEST_ADMIN_PASSWORD, type TestPlatform } from '../../test-support.js';
import { SignInGuard } from './sign-in-guard.js';

describe('password spraying from one address, over HTTP', () => {
  let platform: TestPlatform;
  before(async () => {
    platform = await startTestPlatform({ demoUsers: true });
  });
  after(() => platform.dispose());

  const login = (username: string, password: string) =>
    fetch(`${platform.baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });

  it('refuses the address with 429 after 30 failures, audits 10 one by one and the rest in one summary', async () => {
    const statuses = new Map<number, number>();
    let limited: Response | undefined;
    for (let i = 0; i < 300; i++) {
      const res = await login(`sprayed-${i}`, 'Password123');
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status === 429) limited = res;
      else await res.body?.cancel();
    }
    assert.deepEqual(
      [...statuses],
      [
        [401, 30],
        [429, 270],
      ],
    );
    assert.ok(Number(limited!.headers.get('retry-after')) > 500, 'until the 10-minute window ends');
    assert.equal(((await limited!.json()) as { code: string }).code, 'RATE_LIMITED');
    // While it lasts, the right password does not get through either, nor a code.
    assert.equal((await login('admin', TEST_ADMIN_PASSWORD)).status, 429);
    const code = await fetch(`${platform.baseUrl}/api/v1/auth/code/verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ phone: DEMO_OWNER_PHONE, code: '123456' }),
    });
    assert.equal(code.status, 429);

    const single = await platform.audit.search({ action: 'auth.login.failed', limit: 500 });
    assert.equal(single.filter((e) => e.action === 'auth.login.failed').length, 10);
    await platform.homes.access.guard.summarise(true);
    const summaries = await platform.audit.search({ action: 'auth.login.failed.summary', limit: 10 });
    assert.equal(summaries.length, 1);
    assert.deepEqual({ ...summaries[0]!.detail, from: undefined, to: undefined }, { failures: 30, notAudited: 20, limited: 272, from: undefined, to: undefined });
    assert.equal(summaries[0]!.ip, '127.0.0.1');
    // A new window: the address may sign in again.
    assert.equal((await login('admin', TEST_ADMIN_PASSWORD)).status, 200);
  });

  it('audits a sign-in code that was sent, and leaves no trace of a phone that got none', async () => {
    const ask = (phone: string) => fetch(`${platform.baseUrl}/api/v1/auth/code`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ phone }) });
    assert.equal((await ask('13911112222')).status, 202);
    assert.equal((await ask(DEMO_OWNER_PHONE)).status, 202);
    const sent = await platform.audit.search({ action: 'auth.code.sent', limit: 10 });
    assert.equal(sent.length, 1);
    assert.equal(sent[0]!.subjectType, 'user');
  });
});

describe('the guard, on a clock of its own', () => {
  let tdb: TestDatabase;
  let audit: AuditLog;
  let now = 0;
  const guards: SignInGuard[] = [];
  const guard = (options: Partial<ConstructorParameters<typeof SignInGuard>[2]> = {}) => {
    const g = new SignInGuard(audit, testLogger, { maxFailures: 3, auditEach: 2, windowMs: 60_000, now: () => now, ...options });
    guards.push(g);
    return g;
  };
  const failure = { actorId: null, actorRole: null, actorName: null, action: 'auth.login.failed', detail: { method: 'password' } };
  const count = async (action: string, ip: string) => (await audit.search({ action, limit: 1000 })).filter((e) => e.action === action && e.ip === ip).length;

  before(async () => {
    tdb = await openTestDatabase();
    audit = new AuditLog(tdb.db, auditKeyOf(Buffer.from('sign-in-guard-test-audit-key-0123456789')));
  });
  after(async () => {
    for (const g of guards) await g.close();
    await tdb.drop();
  });

  it('summarises a window when it ends, once, and starts the address afresh', async () => {
    const g = guard();
    for (let i = 0; i < 3; i++) await g.failed('10.0.0.1', failure);
    await assert.rejects(g.admit('10.0.0.1'), { statusCode: 429, code: 'RATE_LIMITED' });
    g.limited('10.0.0.1'); // a 429 of the per-account limit
    assert.equal(await count('auth.login.failed', '10.0.0.1'), 2);
    await g.admit('10.0.0.2'); // another address is not affected
    now += 60_000;
    await g.admit('10.0.0.1');
    await g.summarise();
    await g.summarise();
    const [summary] = (await audit.search({ action: 'auth.login.failed.summary', limit: 10 })).filter((e) => e.ip === '10.0.0.1');
    assert.deepEqual(summary!.detail, { failures: 3, notAudited: 1, limited: 2, from: new Date(0).toISOString(), to: new Date(60_000).toISOString() });
    assert.equal(await count('auth.login.failed.summary', '10.0.0.1'), 1);
    await g.failed('10.0.0.1', failure);
    assert.equal(await count('auth.login.failed', '10.0.0.1'), 3, 'the new window audits its first failures again');
  });

  it('writes no summary where every failure has its own entry', async () => {
    const g = guard();
    await g.failed('10.0.1.1', failure);
    await g.close();
    assert.equal(await count('auth.login.failed.summary', '10.0.1.1'), 0);
  });

  it('beyond its addresses, new ones share one window: memory stays bounded', async () => {
    const g = guard({ maxAddresses: 2, maxFailures: 2 });
    await g.failed('10.0.2.1', failure);
    await g.failed('10.0.2.2', failure);
    await g.failed('10.0.2.3', failure);
    await g.failed('10.0.2.4', failure);
    await assert.rejects(g.admit('10.0.2.5'), { statusCode: 429 });
    await g.admit('10.0.2.1');
  });
});
