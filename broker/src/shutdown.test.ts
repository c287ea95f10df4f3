// Shutdown under repeated signals: one Ctrl-C of `npm start` can reach the platform more than
// once (the terminal's SIGINT, npm's forwarded copy, start.mjs's own SIGTERM). The platform
// runs as its own process on an embedded database in a temporary DATA_DIR.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { it } from 'node:test';
import { adminFetch, spawnPlatform, TEST_ADMIN_PASSWORD, type PlatformProcess } from './test-support.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

function tempDataDir(t: { after(fn: () => void): void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'wp-shutdown-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Resolves when a log line with this message has been read; rejects after timeoutMs. */
async function logged(logs: Record<string, unknown>[], msg: string, timeoutMs = 10_000): Promise<void> {
  for (const started = Date.now(); Date.now() - started < timeoutMs;) {
    if (logs.some((l) => l.msg === msg)) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`no '${msg}' log line in ${timeoutMs} ms; last: ${JSON.stringify(logs.slice(-3))}`);
}

function exitCode(platform: PlatformProcess, timeoutMs = 30_000): Promise<number | null> {
  const { child } = platform;
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`platform still running ${timeoutMs} ms after the signals`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

/**
 * A client that sent half a request: the HTTP close waits its grace second for it, so a stop
 * lasts that long, and signals sent meanwhile arrive during it (a bare stop takes ~10 ms).
 */
async function holdStop(port: number, t: { after(fn: () => void): void }): Promise<void> {
  const socket = await new Promise<Socket>((resolve, reject) => {
    const s = connect(port, '127.0.0.1', () => {
      s.write('GET /readyz HTTP/1.1\r\nhost: 127.0.0.1\r\n');
      resolve(s);
    });
    s.once('error', reject);
  });
  socket.on('error', () => {}); // cut by the platform
  t.after(() => void socket.destroy());
}

const count = (logs: Record<string, unknown>[], msg: string) => logs.filter((l) => l.msg === msg).length;

it('a second SIGINT during the shutdown does not abort it: exit 0, "platform stopped", the lock released', { timeout: 120_000 }, async (t) => {
  const dataDir = tempDataDir(t);
  const platform = await spawnPlatform({ DATA_DIR: dataDir, DATABASE_URL: '' });
  t.after(() => void platform.child.kill('SIGKILL'));
  assert.ok(existsSync(join(dataDir, 'watchpost.lock')), 'the running platform holds the lock');
  await holdStop(platform.httpPort, t);

  platform.child.kill('SIGINT');
  await logged(platform.logs, 'stopping');
  platform.child.kill('SIGINT');

  assert.equal(await exitCode(platform), 0);
  assert.equal(count(platform.logs, 'stopping'), 1);
  assert.equal(count(platform.logs, 'shutdown in progress; signal once more to force the exit'), 1);
  assert.equal(count(platform.logs, 'platform stopped'), 1);
  assert.equal(existsSync(join(dataDir, 'watchpost.lock')), false, 'no lock file left behind');
});

it('SIGINT and SIGTERM at once (the terminal and `npm start` both signalling) stop the platform cleanly', { timeout: 120_000 }, async (t) => {
  const dataDir = tempDataDir(t);
  const platform = await spawnPlatform({ DATA_DIR: dataDir, DATABASE_URL: '' });
  t.after(() => void platform.child.kill('SIGKILL'));
  await holdStop(platform.httpPort, t);

  // Different signals are never merged by the kernel: both arrive.
  platform.child.kill('SIGINT');
  platform.child.kill('SIGTERM');

  assert.equal(await exitCode(platform), 0);
  assert.equal(count(platform.logs, 'stopping'), 1);
  assert.equal(count(platform.logs, 'shutdown in progress; signal once more to force the exit'), 1);
  assert.equal(count(platform.logs, 'platform stopped'), 1);
  assert.equal(existsSync(join(dataDir, 'watchpost.lock')), false);
});

it('a third signal forces the exit, and the data-dir lock is still released', { timeout: 120_000 }, async (t) => {
  const dataDir = tempDataDir(t);
  const platform = await spawnPlatform({ DATA_DIR: dataDir, DATABASE_URL: '' });
  t.after(() => void platform.child.kill('SIGKILL'));
  await holdStop(platform.httpPort, t);

  platform.child.kill('SIGINT');
  platform.child.kill('SIGTERM');
  platform.child.kill('SIGHUP');

  assert.equal(await exitCode(platform), 1);
  assert.equal(count(platform.logs, 'shutdown abandoned: exiting now'), 1);
  assert.equal(count(platform.logs, 'platform stopped'), 0, 'the stop did not get to finish');
  assert.equal(existsSync(join(dataDir, 'watchpost.lock')), false, 'released in the exit handler');
});

it('an open live feed (a dashboard tab) does not hold the stop: it is cut after its grace', { timeout: 120_000 }, async (t) => {
  const platform = await spawnPlatform({ DATA_DIR: tempDataDir(t), DATABASE_URL: '' });
  t.after(() => void platform.child.kill('SIGKILL'));
  const feed = await adminFetch(platform.baseUrl, '/api/v1/live');
  assert.equal(feed.status, 200);
  const reader = feed.body!.getReader();
  await reader.read(); // the stream is open

  platform.child.kill('SIGINT');
  assert.equal(await exitCode(platform, 10_000), 0);
  assert.equal(count(platform.logs, 'platform stopped'), 1);
  await reader.read().then(
    () => {},
    () => {}, // the stream was cut
  );
});

function freeTcpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

it('`node scripts/start.mjs`: Ctrl-C (SIGINT to its process group, twice) signals the platform once, and it stops cleanly', { timeout: 120_000 }, async (t) => {
  const dataDir = tempDataDir(t);
  const httpPort = await freeTcpPort();
  // --source: the platform from this tree's TypeScript (no build, no stale dist); its own process group, as a terminal makes it.
  const start = spawn(process.execPath, [join(root, 'scripts/start.mjs'), '--source'], {
    cwd: root,
    env: {
      ...process.env,
      DEMO_FLEET: '0',
      DATA_DIR: dataDir,
      // The data-dir lock is PGlite's: this test is about the embedded database, whatever the run's DATABASE_URL.
      DATABASE_URL: '',
      HTTP_PORT: String(httpPort),
      MQTT_PORT: '0',
      COAP_PORT: '0',
      HTTP_HOST: '127.0.0.1',
      MQTT_HOST: '127.0.0.1',
      COAP_HOST: '127.0.0.1',
      ADMIN_PASSWORD: TEST_ADMIN_PASSWORD,
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const logs: Record<string, unknown>[] = [];
  let banner = false;
  createInterface({ input: start.stdout! }).on('line', (line) => {
    if (line.includes('Watchpost is running')) banner = true;
    try {
      logs.push(JSON.parse(line) as Record<string, unknown>);
    } catch {
      // the banner
    }
  });
  let stderr = '';
  start.stderr!.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => start.once('exit', (code) => resolve(code)));
  t.after(() => {
    // Whatever happened, nothing of this test keeps running (the platform is in a group of its own).
    for (const pid of new Set(logs.map((l) => l.pid as number).filter(Boolean))) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // gone
      }
    }
    if (start.exitCode === null) start.kill('SIGKILL');
  });

  for (const started = Date.now(); !banner;) {
    assert.ok(Date.now() - started < 60_000 && start.exitCode === null, `start.mjs did not come up; stderr: ${stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.ok(logs.some((l) => l.msg === 'platform ready'));
  // The stop then lasts a second: long enough for any second signal to reach the platform during it.
  await holdStop(httpPort, t);

  process.kill(-start.pid!, 'SIGINT');
  await new Promise((r) => setTimeout(r, 20));
  process.kill(-start.pid!, 'SIGINT');
  let timer: NodeJS.Timeout | undefined;
  const code = await Promise.race([exited, new Promise<string>((r) => (timer = setTimeout(() => r('timeout'), 40_000)))]);
  clearTimeout(timer);

  assert.equal(code, 0, `start.mjs exit; stderr: ${stderr}`);
  assert.equal(count(logs, 'stopping'), 1);
  assert.equal(count(logs, 'shutdown in progress; signal once more to force the exit'), 0, 'the platform got one signal');
  assert.equal(count(logs, 'platform stopped'), 1);
  assert.equal(existsSync(join(dataDir, 'watchpost.lock')), false);
});
