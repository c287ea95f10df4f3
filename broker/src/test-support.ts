/** A whole platform on ephemeral ports for a test, on PGlite or on the DATABASE_URL server. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mqtt, { type MqttClient } from 'mqtt';
import type { Logger } from 'pino';
import { createServerDatabase, testLogger } from '@watchpost/ingest/test-support';
import { loadConfig, type Config } from './kernel/config.js';
import { startPlatform, type Platform } from './platform.js';
import { createApiToken } from './domains/access/credentials-store.js';
import { userByUsername } from './domains/access/people-store.js';
import { SCOPES } from './domains/access/policy/index.js';
import { MemorySmsGateway } from './domains/notifications/index.js';

export interface TestPlatform extends Platform {
  baseUrl: string;
  /** An administrator's API token with every scope. */
  adminToken: string;
  /** Text messages the platform sent (sign-in codes, invitations). */
  sms: MemorySmsGateway;
  /** Stops the platform and removes its database. */
  dispose(): Promise<void>;
}

export const TEST_ADMIN_PASSWORD = 'test-admin-password';
/** The audit key of tests on PostgreSQL (on PGlite the platform generates one in its DATA_DIR). */
export const TEST_AUDIT_KEY = 'test-audit-key-0123456789abcdef0123456789abcdef';

/** Administrator tokens of the platforms tests started, by base URL: what the helpers below call the API with. */
const adminTokens = new Map<string, string>();

/** Headers that authenticate as the platform's administrator (an API token: no CSRF needed). */
export function adminHeaders(baseUrl: string): Record<string, string> {
  const token = adminTokens.get(baseUrl);
  if (!token) throw new Error(`no administrator token for ${baseUrl}: start it with startTestPlatform or spawnPlatform`);
  return { authorization: `Bearer ${token}` };
}

/** fetch as the administrator. */
export function adminFetch(baseUrl: string, path: string, init: RequestInit = {}): Promise<Response> {
  const headers = { ...adminHeaders(baseUrl), ...(init.body ? { 'content-type': 'application/json' } : {}), ...(init.headers as Record<string, string> | undefined) };
  return fetch(`${baseUrl}${path}`, { ...init, headers });
}

export async function startTestPlatform(overrides: Partial<Config> = {}, logger: Logger = testLogger): Promise<TestPlatform> {
  // A caller that brings its own database (URL or data directory) owns it.
  const own = Boolean(overrides.databaseUrl || overrides.dataDir);
  const server = own ? null : await createServerDatabase();
  const dataDir = server || own ? null : mkdtempSync(join(tmpdir(), 'wp-test-'));
  const config = loadConfig(
    {},
    {
      httpHost: '127.0.0.1',
      httpPort: 0,
      mqttHost: '127.0.0.1',
      mqttPort: 0,
      coapHost: '127.0.0.1',
      coapPort: 0,
      databaseUrl: server?.url ?? '',
      dataDir: dataDir ?? '',
      logLevel: 'silent',
      adminPassword: TEST_ADMIN_PASSWORD,
      auditKey: overrides.dataDir || dataDir ? '' : TEST_AUDIT_KEY,
      ...overrides,
    },
  );
  const sms = new MemorySmsGateway();
  // With a gateway configured, the test watches the gateway instead.
  const platform = await startPlatform(config, logger, config.smsWebhookUrl ? {} : { smsGateways: [sms] });
  const admin = (await userByUsername(platform.db, config.adminUsername))!;
  const { token } = await createApiToken(platform.db, admin.id, 'tests', ['*'], null);
  const baseUrl = `http://127.0.0.1:${platform.httpPort}`;
  adminTokens.set(baseUrl, token);
  return Object.assign(platform, {
    baseUrl,
    adminToken: token,
    sms,
    async dispose() {
      adminTokens.delete(baseUrl);
      await platform.stop();
      await server?.drop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  });
}

export interface RegisteredDevice {
  id: string;
  secret: string;
  kind: 'pillar' | 'station' | 'tag';
}

/** Registers a device through the HTTP API (as the administrator). */
export async function registerDevice(baseUrl: string, body: Record<string, unknown> = { kind: 'station' }): Promise<RegisteredDevice> {
  const res = await adminFetch(baseUrl, '/api/v1/devices', { method: 'POST', body: JSON.stringify(body) });
  if (res.status !== 201) throw new Error(`registration failed: ${res.status} ${await res.text()}`);
  const json = (await res.json()) as { device: { id: string; kind: RegisteredDevice['kind'] }; secret: string };
  return { id: json.device.id, kind: json.device.kind, secret: json.secret };
}

/** An MQTT connection as a device makes it; rejects with the CONNACK refusal. */
export function connectDevice(port: number, device: { id: string; secret: string }, options: mqtt.IClientOptions = {}): Promise<MqttClient> {
  return new Promise((resolve, reject) => {
    const client = mqtt.connect({
      host: '127.0.0.1',
      port,
      protocolVersion: 4,
      clientId: device.id,
      username: device.id,
      password: device.secret,
      reconnectPeriod: 0,
      connectTimeout: 5_000,
      ...options,
    });
    client.once('connect', () => resolve(client));
    client.once('error', (err) => {
      client.end(true);
      reject(err);
    });
  });
}

/** Publishes QoS 1 and resolves on PUBACK; rejects if the connection closes first. */
export function publishAcked(client: MqttClient, topic: string, payload: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    const onClose = () => reject(new Error('connection closed before PUBACK'));
    client.once('close', onClose);
    client.publish(topic, Buffer.from(payload), { qos: 1 }, (err) => {
      client.off('close', onClose);
      if (err) reject(err);
      else resolve();
    });
  });
}

/** Resolves when the connection is closed by the other side. */
export function closed(client: MqttClient): Promise<void> {
  return new Promise((resolve) => (client.disconnected || !client.connected ? resolve() : client.once('close', () => resolve())));
}

import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface PlatformProcess {
  child: ChildProcess;
  mqttPort: number;
  coapPort: number;
  httpPort: number;
  baseUrl: string;
  /** Log lines so far, parsed. */
  logs: Record<string, unknown>[];
  /** SIGTERM and wait for a clean exit. */
  stop(): Promise<number | null>;
  /** SIGKILL: no chance to flush anything. */
  kill(): Promise<void>;
}

const serverEntry = fileURLToPath(new URL('./server.ts', import.meta.url));

/** Starts the platform as its own process (as in production), on free ports; resolves when it is ready. */
export function spawnPlatform(env: Record<string, string>): Promise<PlatformProcess> {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', serverEntry], {
    // info level and JSON: readiness is read from the 'platform ready' line.
    env: {
      ...process.env,
      HTTP_HOST: '127.0.0.1',
      HTTP_PORT: '0',
      MQTT_HOST: '127.0.0.1',
      MQTT_PORT: '0',
      COAP_HOST: '127.0.0.1',
      COAP_PORT: '0',
      ADMIN_PASSWORD: TEST_ADMIN_PASSWORD,
      ...(env.DATABASE_URL ? { AUDIT_KEY: TEST_AUDIT_KEY } : {}),
      ...env,
      LOG_LEVEL: 'info',
      LOG_FORMAT: 'json',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Record<string, unknown>[] = [];
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL'); // a platform that never became ready must not outlive the test
      reject(new Error(`platform not ready after 60 s; stderr: ${stderr}`));
    }, 60_000);
    exited.then((code) => reject(new Error(`platform exited with ${code} before it was ready; stderr: ${stderr}; logs: ${JSON.stringify(logs.slice(-3))}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      let entry: Record<string, unknown>;
      try {
        entry = JSON.parse(line) as Record<string, unknown>;
      } catch {
        return;
      }
      logs.push(entry);
      if (entry.msg !== 'platform ready') return;
      clearTimeout(timer);
      const httpPort = entry.httpPort as number;
      const baseUrl = `http://127.0.0.1:${httpPort}`;
      void signInAdmin(baseUrl)
        .then((token) => adminTokens.set(baseUrl, token))
        .then(
          () =>
            resolve({
              child,
              mqttPort: entry.mqttPort as number,
              coapPort: entry.coapPort as number,
              httpPort,
              baseUrl,
              logs,
              stop: async () => {
                child.kill('SIGTERM');
                return exited;
              },
              kill: async () => {
                child.kill('SIGKILL');
                await exited;
              },
            }),
          reject,
        );
    });
  });
}

/** Signs in as the first administrator and makes an API token with every scope (what a deployment's admin would do). */
export async function signInAdmin(baseUrl: string, password = TEST_ADMIN_PASSWORD): Promise<string> {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password }) });
  if (!login.ok) throw new Error(`admin sign-in failed: ${login.status} ${await login.text()}`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const res = await fetch(`${baseUrl}/api/v1/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ name: 'tests', scopes: [...SCOPES] }),
  });
  if (res.status !== 201) throw new Error(`token creation failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}
