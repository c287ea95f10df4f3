// The audit chain holds what it stores (odd Unicode included), reports every
// entry that does not hold, and cannot be rewritten whole without the key.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { Database } from '@watchpost/ingest';
import { openTestDatabase, type TestDatabase } from '@watchpost/ingest/test-support';
import { AuditLog } from './audit-log.js';
import { signCheckpoint } from './checkpoint.js';
import { auditKeyOf, GENESIS, keyedEntryHash, legacyEntryHash, type AuditKey, type HashedFields } from './hash.js';

const key = auditKeyOf(Buffer.from('the-platform-audit-key-0123456789abcdef'));
let t: TestDatabase;
let audit: AuditLog;

beforeEach(async () => {
  t = await openTestDatabase();
  audit = new AuditLog(t.db, key);
});
afterEach(() => t.drop());

const entry = (i: number) => ({
  actorId: 'u-000000000001',
  actorRole: 'police',
  actorName: 'Officer',
  action: 'owner.lookup',
  subjectType: 'user',
  subjectId: `u-00000000000${i}`,
  reason: `case 2026-${i}`,
});

async function bypassGuard(db: Database, sql: string, params: unknown[] = []): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete');
    await tx.query(sql, params);
    await tx.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete');
  });
}

const fieldsOf = (r: {
  seq: number;
  at: Date;
  actorId: string | null;
  actorRole: string | null;
  actorName: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  reason: string | null;
  detail: Record<string, unknown>;
  ip: string | null;
}): HashedFields => ({
  seq: r.seq,
  at: r.at,
  actorId: r.actorId,
  actorRole: r.actorRole,
  actorName: r.actorName,
  action: r.action,
  subjectType: r.subjectType,
  subjectId: r.subjectId,
  reason: r.reason,
  detail: r.detail,
  ip: r.ip,
});

/** Someone with write access to the database recomputes every hash, with whatever they have. */
async function rewriteWhole(db: Database, hash: (prev: Buffer, fields: HashedFields) => { hash: Buffer; scheme: 1 | 2; keyId: string | null }): Promise<void> {
  const rows = (await audit.search({ limit: 1000 })).reverse();
  let prev = GENESIS;
  for (const r of rows) {
    const fields = { ...fieldsOf(r), actorName: 'rewritten' };
    const next = hash(prev, fields);
    await bypassGuard(db, 'UPDATE audit_log SET actor_name = $2, prev_hash = $3, hash = $4, hash_scheme = $5, key_id = $6 WHERE seq = $1', [
      r.seq,
      fields.actorName,
      prev,
      next.hash,
      next.scheme,
      next.keyId,
    ]);
    prev = next.hash;
  }
}

describe('what is stored is what is hashed', () => {
  it('a reason with a lone UTF-16 surrogate is stored as U+FFFD and the chain stays intact', async () => {
    await audit.record(entry(1));
    const written = await audit.record({ ...entry(2), reason: 'case 2026-17 \ud800 follow-up', detail: { note: 'x\udc00y', ['k\ud800']: 1 } });
    await audit.record(entry(3));
    assert.equal(written.reason, 'case 2026-17 \ufffd follow-up');
    const [stored] = await audit.search({ subjectId: 'u-000000000002', limit: 1 });
    assert.equal(stored!.reason, 'case 2026-17 \ufffd follow-up');
    assert.deepEqual(stored!.detail, { note: 'x\ufffdy', 'k\ufffd': 1 });
    const result = await audit.verify();
    assert.deepEqual([result.intact, result.problems], [true, []]);
  });

  it('NUL, which PostgreSQL refuses in text and jsonb, is stored as U+FFFD: the access is still recorded', async () => {
    await audit.record({ ...entry(1), reason: 'case\u0000 2026-1', actorName: 'Off\u0000icer', detail: { 'a\u0000': 'b\u0000' } });
    const [stored] = await audit.search({ limit: 1 });
    assert.deepEqual([stored!.reason, stored!.actorName, stored!.detail], ['case\ufffd 2026-1', 'Off\ufffdicer', { 'a\ufffd': 'b\ufffd' }]);
    assert.equal((await audit.verify()).intact, true);
  });

  it('well-formed text outside the BMP and control characters are kept as they are', async () => {
    await audit.record({ ...entry(1), reason: 'case 2026-1 🚲 路口 \t\u0001 end' });
    assert.equal((await audit.search({ limit: 1 }))[0]!.reason, 'case 2026-1 🚲 路口 \t\u0001 end');
    assert.equal((await audit.verify()).intact, true);
  });
});

describe('every break is reported', () => {
  it('two changed entries and a removed one are three problems, each with its entry', async () => {
    for (let i = 1; i <= 8; i++) await audit.record(entry(i));
    await bypassGuard(t.db, "UPDATE audit_log SET reason = 'nothing to see' WHERE seq IN (2, 5)");
    await bypassGuard(t.db, 'DELETE FROM audit_log WHERE seq = 7');
    const result = await audit.verify();
    assert.equal(result.intact, false);
    assert.deepEqual(
      result.problems.map((p) => [p.seq, p.code]),
      [
        [2, 'ENTRY_CHANGED'],
        [5, 'ENTRY_CHANGED'],
        [7, 'ENTRY_MISSING'],
      ],
    );
    assert.equal(result.problemCount, 3);
    assert.deepEqual([result.brokenAt, result.checked, result.lastSeq], [2, 7, 8]);
  });

  it('lists up to maxProblems, and counts them all', async () => {
    for (let i = 1; i <= 6; i++) await audit.record(entry(i));
    await bypassGuard(t.db, "UPDATE audit_log SET reason = 'edited'");
    const result = await audit.verify(t.db, { maxProblems: 2 });
    assert.deepEqual([result.problems.length, result.problemCount], [2, 6]);
  });
});

describe('the keyed chain', () => {
  it('cannot be rewritten whole without the key: unkeyed (the old scheme), or with another key', async () => {
    for (let i = 1; i <= 5; i++) await audit.record(entry(i));
    await rewriteWhole(t.db, (prev, fields) => ({ hash: legacyEntryHash(prev, fields), scheme: 1, keyId: null }));
    const unkeyed = await audit.verify();
    assert.equal(unkeyed.intact, false);
    assert.deepEqual(
      unkeyed.problems.map((p) => p.code),
      ['ENTRY_UNSEALED'],
    );

    const forger: AuditKey = auditKeyOf(Buffer.from('a-key-of-the-forgers-own-0123456789abcdef'));
    await rewriteWhole(t.db, (prev, fields) => ({ hash: keyedEntryHash(forger, prev, fields), scheme: 2, keyId: forger.id }));
    assert.deepEqual([...new Set((await audit.verify()).problems.map((p) => p.code))], ['KEY_UNKNOWN']);
    // Claiming the platform key's id does not help.
    await rewriteWhole(t.db, (prev, fields) => ({ hash: keyedEntryHash(forger, prev, fields), scheme: 2, keyId: key.id }));
    assert.deepEqual(
      (await audit.verify()).problems.map((p) => p.code),
      Array(5).fill('ENTRY_CHANGED'),
    );
  });

  it('an unkeyed entry after keyed ones is refused, even with a good old-style hash', async () => {
    for (let i = 1; i <= 3; i++) await audit.record(entry(i));
    const head = (await audit.head())!;
    const forged = { ...fieldsOf(head), seq: 4, at: new Date(), subjectId: 'u-forged' };
    await t.db.query(
      `INSERT INTO audit_log (seq, at, actor_id, actor_role, actor_name, action, subject_type, subject_id, reason, detail, ip, prev_hash, hash, hash_scheme, key_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, '{}', NULL, $10, $11, 1, NULL)`,
      [
        4,
        forged.at,
        forged.actorId,
        forged.actorRole,
        forged.actorName,
        forged.action,
        forged.subjectType,
        forged.subjectId,
        forged.reason,
        head.hash,
        legacyEntryHash(head.hash, { ...forged, detail: {} }),
      ],
    );
    assert.deepEqual(
      (await audit.verify()).problems.map((p) => [p.seq, p.code]),
      [[4, 'ENTRY_UNKEYED']],
    );
  });

  it('entries from before the chain was keyed still verify, sealed by the first keyed entry', async () => {
    // Three entries as the platform wrote them before (scheme 1).
    let prev = GENESIS;
    for (let seq = 1; seq <= 3; seq++) {
      const fields: HashedFields = {
        seq,
        at: new Date(),
        actorId: null,
        actorRole: 'system',
        actorName: 'platform',
        action: 'user.create',
        subjectType: 'user',
        subjectId: `u-${seq}`,
        reason: null,
        detail: { role: 'admin' },
        ip: null,
      };
      const hash = legacyEntryHash(prev, fields);
      await t.db.query(
        `INSERT INTO audit_log (seq, at, actor_role, actor_name, action, subject_type, subject_id, detail, prev_hash, hash, hash_scheme) VALUES ($1, $2, 'system', 'platform', 'user.create', 'user', $3, '{"role":"admin"}', $4, $5, 1)`,
        [seq, fields.at, fields.subjectId, prev, hash],
      );
      prev = hash;
    }
    assert.deepEqual(
      (await audit.verify()).problems.map((p) => p.code),
      ['ENTRY_UNSEALED'],
      'nothing seals them yet',
    );
    assert.deepEqual(await audit.sealUnkeyed(), { sealed: true, headKeyId: null });
    assert.deepEqual(await audit.sealUnkeyed(), { sealed: false, headKeyId: null }, 'once');
    await audit.record(entry(5));
    const sealed = await audit.verify();
    assert.deepEqual([sealed.intact, sealed.unkeyed, sealed.checked], [true, 3, 5]);
    // Rewriting the unkeyed prefix consistently (no key needed for it) breaks the seal.
    await bypassGuard(t.db, "UPDATE audit_log SET subject_id = 'u-other' WHERE seq = 2");
    const two = (await audit.search({ beforeSeq: 3, limit: 1 }))[0]!;
    const three = (await audit.search({ beforeSeq: 4, limit: 1 }))[0]!;
    const newTwo = legacyEntryHash((await audit.search({ beforeSeq: 2, limit: 1 }))[0]!.hash, fieldsOf(two));
    const newThree = legacyEntryHash(newTwo, fieldsOf(three));
    await bypassGuard(t.db, 'UPDATE audit_log SET hash = $1 WHERE seq = 2', [newTwo]);
    await bypassGuard(t.db, 'UPDATE audit_log SET prev_hash = $1, hash = $2 WHERE seq = 3', [newTwo, newThree]);
    assert.deepEqual(
      (await audit.verify()).problems.map((p) => [p.seq, p.code]),
      [[4, 'ENTRY_UNLINKED']],
    );
  });

  it('a signed checkpoint: the chain reaches it; entries cut from the end, a rewrite with the key, a forged checkpoint do not', async () => {
    for (let i = 1; i <= 4; i++) await audit.record(entry(i));
    const checkpoint = signCheckpoint(key, await audit.head());
    await audit.record(entry(5));
    const holds = await audit.verify(t.db, { checkpoint });
    assert.deepEqual([holds.intact, holds.checkpoint], [true, { seq: 4, signedAt: checkpoint.signedAt, holds: true }]);

    await bypassGuard(t.db, 'DELETE FROM audit_log WHERE seq >= 4');
    const cut = await audit.verify(t.db, { checkpoint });
    assert.deepEqual([cut.intact, cut.problems.map((p) => [p.seq, p.code]), cut.checkpoint?.holds], [false, [[4, 'CHAIN_TRUNCATED']], false]);

    // Whoever holds the key can rewrite the chain so that it verifies; not so that it reaches the checkpoint.
    await audit.record(entry(6));
    const rewritten = await audit.verify(t.db, { checkpoint });
    assert.deepEqual(
      rewritten.problems.map((p) => p.code),
      ['CHECKPOINT_MISMATCH'],
    );

    const forged = { ...checkpoint, seq: 2 };
    assert.deepEqual(
      (await audit.verify(t.db, { checkpoint: forged })).problems.map((p) => p.code),
      ['CHECKPOINT_SIGNATURE'],
    );
  });

  it('an audit log without a key verifies, and refuses to append', async () => {
    await audit.record(entry(1));
    const keyless = new AuditLog(t.db, null);
    await assert.rejects(keyless.record(entry(2)), { code: 'AUDIT_KEY_MISSING' });
    assert.deepEqual(
      (await keyless.verify()).problems.map((p) => p.code),
      ['KEY_UNKNOWN'],
    );
  });
});
