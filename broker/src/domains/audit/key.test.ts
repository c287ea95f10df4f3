// Where the audit key comes from, and what the platform says about it.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { after, it } from 'node:test';
import pino from 'pino';
import { GENERATED_KEY_FILE, loadAuditKey } from './key.js';

const dir = mkdtempSync(join(tmpdir(), 'wp-audit-key-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function capture() {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: 'info' }, new Writable({ write: (chunk, _enc, done) => (lines.push(JSON.parse(String(chunk)) as Record<string, unknown>), done()) }));
  return { logger, lines };
}
const none = { auditKey: '', auditKeyFile: '', databaseUrl: '', dataDir: '' };

it('without a key configured, generates one in DATA_DIR (mode 0600) once, and warns it lies beside the database', async () => {
  const dataDir = join(dir, 'data');
  const { logger, lines } = capture();
  const first = loadAuditKey({ ...none, dataDir }, logger, { create: true })!;
  const path = join(dataDir, GENERATED_KEY_FILE);
  assert.equal(statSync(path).mode & 0o777, 0o600);
  assert.match(readFileSync(path, 'utf8'), /^[0-9a-f]{64}\n$/);
  const again = loadAuditKey({ ...none, dataDir }, logger, { create: true })!;
  assert.equal(again.id, first.id, 'the same key at the next start');
  assert.equal(loadAuditKey({ ...none, dataDir }, null, { create: false })!.id, first.id, 'the verify command finds it');
  await new Promise((r) => setImmediate(r));
  const warnings = lines.filter((l) => l.code === 'AUDIT_KEY_IN_DATA_DIR');
  assert.deepEqual(
    warnings.map((w) => [w.level, w.generated]),
    [
      [40, true],
      [40, false],
    ],
  );
  assert.match(String(warnings[0]!.msg), /apart from the database/);
});

it('on PostgreSQL the warning says every process needs the same key; without any DATA_DIR the platform refuses', async () => {
  const { logger, lines } = capture();
  loadAuditKey({ ...none, databaseUrl: 'postgres://x', dataDir: join(dir, 'pg') }, logger, { create: true });
  await new Promise((r) => setImmediate(r));
  assert.match(String(lines.at(-1)?.msg), /Every platform process on this PostgreSQL database, and audit:verify, must use this same key/);
  assert.throws(() => loadAuditKey({ ...none, databaseUrl: 'postgres://x' }, logger, { create: true }), { code: 'AUDIT_KEY_REQUIRED' });
  assert.equal(loadAuditKey({ ...none, databaseUrl: 'postgres://x' }, null, { create: false }), null, 'a verify command without a key checks what it can');
});

it('takes AUDIT_KEY or AUDIT_KEY_FILE, at least 32 characters, not both', () => {
  const secret = 'k'.repeat(40);
  const file = join(dir, 'key');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  assert.equal(loadAuditKey({ ...none, auditKey: secret }, null, { create: true })!.id, loadAuditKey({ ...none, auditKeyFile: file }, null, { create: true })!.id);
  assert.throws(() => loadAuditKey({ ...none, auditKey: 'short' }, null, { create: true }), { code: 'AUDIT_KEY_INVALID' });
  assert.throws(() => loadAuditKey({ ...none, auditKey: secret, auditKeyFile: file }, null, { create: true }), { code: 'AUDIT_KEY_INVALID' });
  assert.throws(() => loadAuditKey({ ...none, auditKeyFile: join(dir, 'missing') }, null, { create: true }), { code: 'AUDIT_KEY_UNREADABLE' });
});
