/**
 * The dashboard server's configuration: every key with a default and a one-line
 * doc, each overridable by the environment variable of the same name.
 * `node dist-server/serve.js --print-config` prints it.
 */
import { fileURLToPath } from 'node:url';

export interface ServeConfig {
  port: number;
  host: string;
  platformUrl: URL;
  distDir: string;
}

interface Setting<K extends keyof ServeConfig> {
  key: K;
  env: string;
  default: string;
  doc: string;
  parse: (raw: string) => ServeConfig[K];
}

export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
}

function port(raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`expected a port from 0 to 65535, got '${raw}'`);
  return n;
}

function httpUrl(raw: string): URL {
  const url = new URL(raw);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`expected an http(s) URL, got '${raw}'`);
  return url;
}

/** The built app, beside this file's folder whether it runs from server/ (tsx) or dist-server/. */
const defaultDist = fileURLToPath(new URL('../dist/', import.meta.url));

const SETTINGS = [
  { key: 'port', env: 'DASHBOARD_PORT', default: '8081', doc: 'port the dashboard listens on (0: any free port)', parse: port },
  { key: 'host', env: 'DASHBOARD_HOST', default: '0.0.0.0', doc: 'address the dashboard listens on', parse: (raw: string) => raw },
  { key: 'platformUrl', env: 'PLATFORM_URL', default: 'http://127.0.0.1:8080', doc: 'the platform whose /api/* is forwarded (the live feed included)', parse: httpUrl },
  { key: 'distDir', env: 'DASHBOARD_DIST', default: defaultDist, doc: 'the built dashboard (vite build output) to serve', parse: (raw: string) => raw },
] as const satisfies readonly Setting<keyof ServeConfig>[];

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServeConfig {
  const config = {} as Record<keyof ServeConfig, unknown>;
  for (const s of SETTINGS) {
    const raw = env[s.env] || s.default;
    try {
      config[s.key] = s.parse(raw);
    } catch (err) {
      throw new ConfigError(`${s.env}: ${(err as Error).message}`);
    }
  }
  return config as ServeConfig;
}

export function describeConfig(config: ServeConfig): string {
  return SETTINGS.map((s) => `${s.env.padEnd(16)} ${String(config[s.key]).padEnd(28)} ${s.doc}`).join('\n');
}
