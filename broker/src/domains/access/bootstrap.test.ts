// The first start creates an administrator whose generated password is shown
// once; later starts neither create another nor show anything.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { after, it } from 'node:test';
import pino from 'pino';
import { createServerDatabase } from '@watchpost/ingest/test-support';
import { startTestPlatform } from '../../test-support.js';

const server = await createServerDatabase();
const dataDir = server ? null : mkdtempSync(join(tmpdir(), 'wp-bootstrap-'));
const where = server ? { databaseUrl: server.url } : { dataDir: dataDir! };
after(async () => {
  await server?.drop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function start(): Promise<{ lines: Record<string, unknown>[]; baseUrl: string; stop(): Promise<void> }> {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(JSON.parse(String(chunk)) as Record<string, unknown>), done()) });
  const platform = await startTestPlatform({ ...where, adminPassword: '', demoUsers: false }, pino({ level: 'info' }, sink));
  return { lines, baseUrl: platform.baseUrl, stop: () => platform.stop() };
}

it('prints a generated first administrator password once, and it signs in', async () => {
  const first = await start();
  const created = first.lines.filter((l) => l.msg === 'first administrator created; this password is shown once: sign in and change it');
  assert.equal(created.length, 1);
  const password = created[0]!.password as string;
  assert.ok(password.length >= 16);
  const login = await fetch(`${first.baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password }) });
  assert.equal(login.status, 200);
  await first.stop();

  const second = await start();
  assert.equal(second.lines.filter((l) => typeof l.msg === 'string' && l.msg.startsWith('first administrator')).length, 0);
  assert.ok(!second.lines.some((l) => JSON.stringify(l).includes(password)), 'the password is never shown again');
  await second.stop();
});
