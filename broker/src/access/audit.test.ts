// The audit trail refuses changes through SQL, and when someone with enough
// rights to get around that changes a row anyway, the verify command finds it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openDatabase, type Database } from '@watchpost/ingest';
import { createServerDatabase, openTestDatabase } from '@watchpost/ingest/test-support';
import { adminFetch, registerDevice, startTestPlatform } from '../test-support.js';
import { AuditLog, entryHash } from './audit.js';

const cli = fileURLToPath(new URL('../cli/audit-verify.ts', import.meta.url));
let server: Awaited<ReturnType<typeof createServerDatabase>>;
let dataDir: string | null = null;
let location: { DATABASE_URL: string } | { DATA_DIR: string };

before(async () => {
  server = await createServerDatabase();
  if (!server) dataDir = mkdtempSync(join(tmpdir(), 'wp-audit-'));
  location = server ? { DATABASE_URL: server.url } : { DATA_DIR: dataDir! };
  // A platform that leaves a few entries in the trail, then stops (the embedded database is one process's at a time).
  const platform = await startTestPlatform(server ? { databaseUrl: server.url } : { dataDir: dataDir! });
  const station = await registerDevice(platform.baseUrl, { kind: 'station', name: 'North gate' });
  await adminFetch(platform.baseUrl, `/api/v1/devices/${station.id}/secret`, { method: 'POST' });
  await adminFetch(platform.baseUrl, '/api/v1/owners', { method: 'POST', body: JSON.stringify({ displayName: 'Resident', phone: '13700000002' }) });
  await platform.stop();
});
after(async () => {
  await server?.drop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

function verifyCommand(): { status: number | null; output: string } {
  const env = { ...process.env, DATABASE_URL: '', DATA_DIR: '', ...location };
  const run = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', cli], { env, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, output: run.stdout + run.stderr };
}

async function withDb<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase(server ? { databaseUrl: server.url, dataDir: null } : { dataDir: dataDir! });
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

it('finds the chain intact, then finds the one row changed behind its back', async () => {
  const intact = verifyCommand();
  assert.equal(intact.status, 0, intact.output);
  assert.match(intact.output, /audit trail intact: \d+ entries; last hash [0-9a-f]{64}/);

  const target = await withDb(async (db) => {
    // Plain SQL cannot change or remove an entry.
    await assert.rejects(db.query("UPDATE audit_log SET actor_name = 'someone else' WHERE seq = 2"), /append-only/);
    await assert.rejects(db.query('DELETE FROM audit_log WHERE seq = 2'), /append-only/);
    // A superuser can switch the guard off: then the hash chain is what tells.
    const { rows } = await db.query<{ seq: number }>("SELECT seq FROM audit_log WHERE action = 'device.register' ORDER BY seq LIMIT 1");
    const seq = rows[0]!.seq;
    await bypassGuard(db, `UPDATE audit_log SET detail = jsonb_set(detail, '{kind}', '"pillar"') WHERE seq = ${Number(seq)}`);
    return seq;
  });

  const broken = verifyCommand();
  assert.equal(broken.status, 1, broken.output);
  assert.match(broken.output, new RegExp(`BROKEN at entry ${target}: entry ${target} was changed after it was written`));
});

it('finds an entry removed from the middle of the chain, and one inserted into it', async () => {
  const { db, drop } = await openTestDatabase();
  try {
    const audit = new AuditLog(db);
    for (let i = 1; i <= 5; i++) await audit.append({ actorId: 'u-000000000001', actorRole: 'admin', actorName: 'Admin', action: 'device.register', subjectType: 'device', subjectId: `st-${i}` });
    assert.deepEqual(await audit.verify(db), { intact: true, checked: 5, lastHash: (await audit.search({ limit: 1 }))[0]!.hash.toString('hex') });
    await bypassGuard(db, 'DELETE FROM audit_log WHERE seq = 3');
    assert.deepEqual(await audit.verify(db), { intact: false, checked: 2, brokenAt: 3, problem: 'entry 3 is missing (next is 4)' });
    // A forged entry 3 with a well-formed hash of its own still does not link entry 4.
    const [two] = await audit.search({ beforeSeq: 3, limit: 1 });
    const forged = { seq: 3, at: new Date(), actorId: null, actorRole: null, actorName: null, action: 'device.register', subjectType: 'device', subjectId: 'st-forged', reason: null, detail: {}, ip: null };
    const forgedHash = entryHash(two!.hash, forged);
    await db.query(
      `INSERT INTO audit_log (seq, at, action, subject_type, subject_id, detail, prev_hash, hash) VALUES (3, $1, 'device.register', 'device', 'st-forged', '{}', $2, $3)`,
      [forged.at, two!.hash, forgedHash],
    );
    const verification = await audit.verify(db);
    assert.deepEqual([verification.intact, !verification.intact && verification.brokenAt], [false, 4]);
  } finally {
    await drop();
  }
});

async function bypassGuard(db: Database, sql: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete');
    await tx.query(sql);
    await tx.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete');
  });
}
