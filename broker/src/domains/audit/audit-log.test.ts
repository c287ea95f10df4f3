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
import { adminFetch, registerDevice, startTestPlatform, TEST_AUDIT_KEY } from '../../test-support.js';
import { AuditLog } from './audit-log.js';
import { auditKeyOf, keyedEntryHash } from './hash.js';

const cli = fileURLToPath(new URL('../../cli/audit-verify.ts', import.meta.url));
const checkpointCli = fileURLToPath(new URL('../../cli/audit-checkpoint.ts', import.meta.url));
let server: Awaited<ReturnType<typeof createServerDatabase>>;
let dataDir: string | null = null;
/** Where checkpoints are kept: apart from the database. */
let scratch: string;
let location: { DATABASE_URL: string; AUDIT_KEY: string } | { DATA_DIR: string };

before(async () => {
  server = await createServerDatabase();
  scratch = mkdtempSync(join(tmpdir(), 'wp-checkpoints-'));
  if (!server) dataDir = mkdtempSync(join(tmpdir(), 'wp-audit-'));
  // On PGlite the platform generates its key in DATA_DIR, where the commands find it.
  location = server ? { DATABASE_URL: server.url, AUDIT_KEY: TEST_AUDIT_KEY } : { DATA_DIR: dataDir! };
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
  rmSync(scratch, { recursive: true, force: true });
});

function command(file: string, args: string[] = []): { status: number | null; output: string } {
  const env = { ...process.env, DATABASE_URL: '', DATA_DIR: '', AUDIT_KEY: '', AUDIT_KEY_FILE: '', ...location };
  const run = spawnSync(process.execPath, ['--conditions=source', '--import', 'tsx', file, ...args], { env, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, output: run.stdout + run.stderr };
}
const verifyCommand = (args: string[] = []) => command(cli, args);

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
  // A signed checkpoint of the head, kept apart: the chain reaches it unchanged.
  const checkpointFile = join(scratch, 'head.json');
  const signed = command(checkpointCli, ['--out', checkpointFile]);
  assert.equal(signed.status, 0, signed.output);
  assert.match(signed.output, /"format":"watchpost-audit-checkpoint\/1"/);
  const against = verifyCommand(['--checkpoint', checkpointFile]);
  assert.equal(against.status, 0, against.output);
  assert.match(against.output, /reaches the checkpoint of .* unchanged/);

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
  assert.match(broken.output, new RegExp(`BROKEN at entry ${target}: 1 problem in \\d+ entries\n  entry ${target} \\[ENTRY_CHANGED\\]: entry ${target} was changed after it was written`));
});

it('lists every broken entry, and a checkpoint shows entries cut from the end', async () => {
  const checkpointFile = join(scratch, 'later-head.json');
  assert.equal(command(checkpointCli, ['--out', checkpointFile]).status, 0);
  const { first, last } = await withDb(async (db) => {
    const { rows } = await db.query<{ first: number; last: number }>('SELECT min(seq)::int AS first, max(seq)::int AS last FROM audit_log');
    const { first, last } = rows[0]!;
    // Two more entries changed, and the last one cut off.
    await bypassGuard(db, `UPDATE audit_log SET actor_name = 'nobody' WHERE seq IN (${first}, ${last - 1})`);
    await bypassGuard(db, `DELETE FROM audit_log WHERE seq = ${last}`);
    return { first, last };
  });
  const broken = verifyCommand(['--checkpoint', checkpointFile]);
  assert.equal(broken.status, 1, broken.output);
  const problems = broken.output.split('\n').filter((l) => l.startsWith('  entry '));
  assert.ok(
    problems.some((l) => l.startsWith(`  entry ${first} [ENTRY_CHANGED]`)),
    broken.output,
  );
  assert.ok(
    problems.some((l) => l.startsWith(`  entry ${last - 1} [ENTRY_CHANGED]`)),
    broken.output,
  );
  assert.ok(
    problems.some((l) => l.startsWith(`  entry ${last} [CHAIN_TRUNCATED]`)),
    broken.output,
  );
});

it('finds an entry removed from the middle of the chain, and one inserted into it', async () => {
  const { db, drop } = await openTestDatabase();
  try {
    const key = auditKeyOf(Buffer.from(TEST_AUDIT_KEY));
    const audit = new AuditLog(db, key);
    for (let i = 1; i <= 5; i++) await audit.record({ actorId: 'u-000000000001', actorRole: 'admin', actorName: 'Admin', action: 'device.register', subjectType: 'device', subjectId: `st-${i}` });
    const intact = await audit.verify(db);
    assert.deepEqual([intact.intact, intact.checked, intact.lastHash, intact.problems], [true, 5, (await audit.search({ limit: 1 }))[0]!.hash.toString('hex'), []]);
    await bypassGuard(db, 'DELETE FROM audit_log WHERE seq = 3');
    const gap = await audit.verify(db);
    assert.deepEqual([gap.intact, gap.checked, gap.brokenAt, gap.problem], [false, 4, 3, 'entry 3 is missing (next is 4)']);
    assert.deepEqual(
      gap.problems.map((p) => p.code),
      ['ENTRY_MISSING'],
    );
    // A forged entry 3, hashed well with a key of the forger's own, does not hold, and does not link entry 4.
    const [two] = await audit.search({ beforeSeq: 3, limit: 1 });
    const forger = auditKeyOf(Buffer.from('not-the-platform-key-0123456789abcdef'));
    const forged = {
      seq: 3,
      at: new Date(),
      actorId: null,
      actorRole: null,
      actorName: null,
      action: 'device.register',
      subjectType: 'device',
      subjectId: 'st-forged',
      reason: null,
      detail: {},
      ip: null,
    };
    await db.query(
      `INSERT INTO audit_log (seq, at, action, subject_type, subject_id, detail, prev_hash, hash, hash_scheme, key_id) VALUES (3, $1, 'device.register', 'device', 'st-forged', '{}', $2, $3, 2, $4)`,
      [forged.at, two!.hash, keyedEntryHash(forger, two!.hash, forged), key.id],
    );
    const verification = await audit.verify(db);
    assert.deepEqual(
      verification.problems.map((p) => [p.seq, p.code]),
      [
        [3, 'ENTRY_CHANGED'],
        [4, 'ENTRY_UNLINKED'],
      ],
    );
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
