/**
 * What every benchmark needs: a PostgreSQL server (DATABASE_URL, or a
 * throwaway one started here), child processes that print JSON lines, the
 * platform process, and a bulk of registered devices.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { cpus, tmpdir, totalmem } from 'node:os';
import { signInAdmin, TEST_ADMIN_PASSWORD } from '@watchpost/broker/test-support';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/** The machine, for the report. */
export function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** DATABASE_URL if set, else a PostgreSQL server of our own (Debian's), stopped by the returned function. */
export async function ensurePostgres(): Promise<{ url: string; stop: () => void }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: () => {} };
  const dir = mkdtempSync(join(tmpdir(), 'wp-bench-pg-'));
  const url = execFileSync(join(root, '.ci/postgres.sh'), ['start', dir, String(await freePort())], { encoding: 'utf8' }).trim();
  process.env.DATABASE_URL = url;
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    execFileSync(join(root, '.ci/postgres.sh'), ['stop', dir]);
    rmSync(dir, { recursive: true, force: true });
  };
  // Also when the benchmark dies: a server left running would hold its port and files.
  process.once('exit', stop);
  return { url, stop };
}

export interface Child {
  process: ChildProcess;
  /** Resolves with the first JSON line the child prints that passes `match`. */
  line<T>(match?: (v: Record<string, unknown>) => boolean): Promise<T>;
  stop(): Promise<void>;
}

/** The hard limit of open files for a process here (raising it needs privileges a sandbox may lack). */
export function hardFileLimit(): number {
  hardLimit ??= Number(execFileSync('bash', ['-c', 'ulimit -Hn'], { encoding: 'utf8' }).trim()) || 1024;
  return hardLimit;
}
let hardLimit: number | undefined;

/** Runs a TypeScript file (with the workspace sources) as its own process. */
export function runTs(file: string, env: Record<string, string> = {}, nofile = 0, nodeArgs: string[] = []): Child {
  const args = [...nodeArgs, '--conditions=source', '--import', 'tsx', file];
  // Raising the open-file limit (up to the hard limit) needs a shell (ulimit) around node.
  if (nofile) nofile = Math.min(nofile, hardFileLimit());
  const child = nofile
    ? spawn('bash', ['-c', `ulimit -n ${nofile} && exec "${process.execPath}" ${args.map((a) => `'${a}'`).join(' ')}`], {
        cwd: root,
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'inherit'],
      })
    : spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const lines: Record<string, unknown>[] = [];
  const waiters: { match: (v: Record<string, unknown>) => boolean; resolve: (v: never) => void }[] = [];
  createInterface({ input: child.stdout! }).on('line', (text) => {
    let v: Record<string, unknown>;
    try {
      v = JSON.parse(text) as Record<string, unknown>;
    } catch {
      return;
    }
    lines.push(v);
    for (const w of [...waiters]) {
      if (!w.match(v)) continue;
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(v as never);
    }
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    process: child,
    line<T>(match: (v: Record<string, unknown>) => boolean = () => true) {
      const seen = lines.find(match);
      if (seen) return Promise.resolve(seen as T);
      return new Promise<T>((resolve, reject) => {
        waiters.push({ match, resolve: resolve as (v: never) => void });
        void exited.then(() => reject(new Error(`${file} exited before printing the expected line`)));
      });
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

export interface Platform extends Child {
  httpPort: number;
  mqttPort: number;
  coapPort: number;
  baseUrl: string;
  /** Headers of the administrator's API token: what the benchmark calls the API with. */
  auth: Record<string, string>;
}

/**
 * The platform as its own process (as deployed), on free ports; PROFILE_DIR=… writes a CPU profile there.
 * `entry`: the process's file (a benchmark's own, that starts the platform with a stand-in), broker/src/server.ts by default.
 */
export async function startPlatform(env: Record<string, string>, nofile = 0, entry = 'broker/src/server.ts'): Promise<Platform> {
  const profile = process.env.PROFILE_DIR ? [`--cpu-prof`, `--cpu-prof-dir=${process.env.PROFILE_DIR}`] : [];
  if (process.env.PLATFORM_NODE_ARGS) profile.push(...process.env.PLATFORM_NODE_ARGS.split(' '));
  // info level: readiness is read from the 'platform ready' line.
  const child = runTs(
    join(root, entry),
    { HTTP_HOST: '127.0.0.1', HTTP_PORT: '0', MQTT_HOST: '127.0.0.1', MQTT_PORT: '0', COAP_HOST: '127.0.0.1', COAP_PORT: '0', ADMIN_PASSWORD: TEST_ADMIN_PASSWORD, ...env, LOG_LEVEL: 'info' },
    nofile,
    profile,
  );
  const ready = await child.line<{ httpPort: number; mqttPort: number; coapPort: number }>((v) => v.msg === 'platform ready');
  const baseUrl = `http://127.0.0.1:${ready.httpPort}`;
  return { ...child, ...ready, baseUrl, auth: { authorization: `Bearer ${await signInAdmin(baseUrl)}` } };
}

/** Registers `count` devices through the API, `parallel` at a time. */
export async function registerMany({ baseUrl, auth }: Platform, kind: 'station' | 'pillar' | 'tag', count: number, parallel = 32): Promise<{ id: string; secret: string }[]> {
  const out: { id: string; secret: string }[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < count) {
        next++;
        const res = await fetch(`${baseUrl}/api/v1/devices`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ kind }) });
        if (res.status !== 201) throw new Error(`registration failed: ${res.status} ${await res.text()}`);
        const json = (await res.json()) as { device: { id: string }; secret: string };
        out.push({ id: json.device.id, secret: json.secret });
      }
    }),
  );
  return out;
}

/** Hands a worker its configuration through a file (a device list can exceed what an environment variable holds). */
export function configEnv(config: unknown): Record<string, string> {
  configDir ??= mkdtempSync(join(tmpdir(), 'wp-bench-config-'));
  const file = join(configDir, `config-${++configFiles}.json`);
  writeFileSync(file, JSON.stringify(config));
  return { CONFIG_FILE: file };
}
let configDir: string | undefined;
let configFiles = 0;
process.once('exit', () => configDir && rmSync(configDir, { recursive: true, force: true }));

/** What a worker reads: the configuration its parent wrote with configEnv. */
export function readConfig<T>(): T {
  return JSON.parse(readFileSync(process.env.CONFIG_FILE!, 'utf8')) as T;
}

/** Splits a list into n nearly equal parts. */
export function split<T>(items: T[], n: number): T[][] {
  return Array.from({ length: n }, (_, i) => items.filter((_, j) => j % n === i));
}
