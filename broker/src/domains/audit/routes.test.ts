// The audit routes: a lookup whose reason is odd Unicode does not break the
// chain; the check lists every broken entry; a signed checkpoint of the head.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { checkpointSignatureProblem, type AuditCheckpoint } from './checkpoint.js';
import type { AuditVerification } from './chain.js';
import { createApiToken } from '../access/credentials-store.js';
import { insertUser } from '../access/people-store.js';
import { adminFetch, startTestPlatform, type TestPlatform } from '../../test-support.js';

let platform: TestPlatform;
let policeToken: string;

before(async () => {
  platform = await startTestPlatform({ demoUsers: false });
  const police = await insertUser(platform.db, { username: 'officer-zhao', displayName: 'Officer Zhao', role: 'police', passwordHash: null, createdBy: null });
  policeToken = (await createApiToken(platform.db, police, 'cad', ['people'], null)).token;
});
after(() => platform.dispose());

const verify = async () => (await (await adminFetch(platform.baseUrl, '/api/v1/audit/verify')).json()) as AuditVerification;

it('a police lookup whose reason holds a lone UTF-16 surrogate leaves the chain intact', async () => {
  for (const reason of ['case 2026-17 \ud800 follow-up', 'case 2026-18 \udc00\u0000 end']) {
    const res = await fetch(`${platform.baseUrl}/api/v1/owners/lookup`, {
      method: 'POST',
      headers: { authorization: `Bearer ${policeToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ phone: '13800000077', reason }),
    });
    // Found or not, or refused at the HTTP edge: never a server error, and never a broken chain.
    assert.ok(res.status < 500, `${res.status} ${await res.text()}`);
  }
  const result = await verify();
  assert.deepEqual([result.intact, result.problems], [true, []]);
  const lookups = await platform.audit.search({ action: 'owner.lookup', limit: 5 });
  for (const entry of lookups) assert.ok(!/[\ud800-\udfff]/.test(entry.reason ?? '') && !(entry.reason ?? '').includes('\0'), entry.reason ?? '');
});

it('the check lists every entry that does not hold, with the first one as before', async () => {
  // The HTTP edge now refuses the lookups above (400 naming the field): make sure the trail has entries after the first.
  for (let i = 0; i < 2; i++) await platform.audit.record({ actorId: null, actorRole: null, actorName: 'test', action: 'test.entry' });
  const head = (await platform.audit.head())!;
  await platform.db.transaction(async (tx) => {
    await tx.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete');
    await tx.query("UPDATE audit_log SET actor_name = 'someone else' WHERE seq IN (1, $1)", [head.seq]);
    await tx.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete');
  });
  const result = await verify();
  assert.equal(result.intact, false);
  assert.deepEqual(
    result.problems.map((p) => [p.seq, p.code]),
    [
      [1, 'ENTRY_CHANGED'],
      [head.seq, 'ENTRY_CHANGED'],
    ],
  );
  assert.deepEqual([result.brokenAt, result.problemCount], [1, 2]);
  assert.match(result.problem!, /entry 1 was changed/);
});

it('signs a checkpoint of the head with the audit key', async () => {
  const res = await adminFetch(platform.baseUrl, '/api/v1/audit/checkpoint');
  assert.equal(res.status, 200);
  const checkpoint = (await res.json()) as AuditCheckpoint;
  const head = (await platform.audit.head())!;
  assert.deepEqual([checkpoint.seq, checkpoint.hash, checkpoint.keyId], [head.seq, head.hash.toString('hex'), platform.audit.key!.id]);
  assert.equal(checkpointSignatureProblem(platform.audit.key, checkpoint), null);
  assert.match(checkpointSignatureProblem(platform.audit.key, { ...checkpoint, hash: '0'.repeat(64) })!, /does not hold/);
});
