// The audit entry commits with the change it records: when the entry cannot
// be written, the change is rolled back, and personal data is not handed out.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { adminFetch, startTestPlatform, type TestPlatform } from '../../test-support.js';

let platform: TestPlatform;

/** From now on, an audit entry of this action cannot be written (as a full disk or a lost connection would). */
async function breakAudit(action: string) {
  await platform.db.exec(`
    CREATE OR REPLACE FUNCTION audit_refuses() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.action = '${action}' THEN RAISE EXCEPTION 'the audit trail cannot be written'; END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER audit_refuses BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_refuses();`);
}

const count = async (sql: string, params: unknown[] = []) => (await platform.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params)).rows[0]!.n;

before(async () => {
  platform = await startTestPlatform({ demoUsers: false });
});
afterEach(async () => {
  await platform.db.exec('DROP TRIGGER IF EXISTS audit_refuses ON audit_log');
});
after(() => platform.dispose());

describe('audit atomicity', () => {
  it('a staff account is not created when its audit entry cannot be written', async () => {
    await breakAudit('user.create');
    const res = await adminFetch(platform.baseUrl, '/api/v1/users', {
      method: 'POST',
      body: JSON.stringify({ username: 'ghost', displayName: 'Ghost', role: 'operator', password: 'a-long-password' }),
    });
    assert.equal(res.status, 500);
    assert.equal(await count(`users WHERE username = 'ghost'`), 0, 'the account was rolled back with its entry');
  });

  it('a device is not registered, in the database or in memory, and no notification of it goes out', async () => {
    await breakAudit('device.register');
    const res = await adminFetch(platform.baseUrl, '/api/v1/devices', { method: 'POST', body: JSON.stringify({ kind: 'station', id: 'st-ghost' }) });
    assert.equal(res.status, 500);
    assert.equal(await count(`devices WHERE id = 'st-ghost'`), 0);
    assert.equal(platform.homes.devices.registry.get('st-ghost'), undefined, 'memory follows the commit only');
    assert.equal(await count(`notifications WHERE subject_id = 'st-ghost'`), 0);
    // With the trail back, the same registration goes through.
    await platform.db.exec('DROP TRIGGER audit_refuses ON audit_log');
    const again = await adminFetch(platform.baseUrl, '/api/v1/devices', { method: 'POST', body: JSON.stringify({ kind: 'station', id: 'st-ghost' }) });
    assert.equal(again.status, 201);
  });

  it('an owner’s data is not handed out when the read cannot be recorded', async () => {
    const created = await adminFetch(platform.baseUrl, '/api/v1/owners', { method: 'POST', body: JSON.stringify({ displayName: 'Resident', phone: '13700000042' }) });
    assert.equal(created.status, 201);
    await breakAudit('owner.lookup');
    const res = await adminFetch(platform.baseUrl, '/api/v1/owners/lookup', { method: 'POST', body: JSON.stringify({ phone: '13700000042', reason: 'case 2026-44: the owner’s phone' }) });
    assert.equal(res.status, 500);
    assert.doesNotMatch(await res.text(), /13700000042/);
  });

  it('a jurisdiction and its boundary are not changed without their entry', async () => {
    await breakAudit('jurisdiction.put');
    const res = await adminFetch(platform.baseUrl, '/api/v1/jurisdictions/ghost-town', { method: 'PUT', body: JSON.stringify({ name: 'Ghost town', kind: 'town' }) });
    assert.equal(res.status, 500);
    assert.equal(await count(`jurisdictions WHERE id = 'ghost-town'`), 0);
  });
});
