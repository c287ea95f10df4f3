/**
 * The dashboard server as a value (tests start it in-process): the built app
 * from dist/, /api/* forwarded to the platform, /healthz for the container.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ServeConfig } from './config.js';
import { apiProxy } from './proxy.js';
import { staticFiles } from './static-files.js';

export type Log = (level: 'info' | 'warn' | 'error', msg: string, fields?: Record<string, unknown>) => void;

/** One JSON object per line on stdout, like the platform's logs. */
export const log: Log = (level, msg, fields = {}) => {
  process.stdout.write(`${JSON.stringify({ level, time: new Date().toISOString(), msg, ...fields })}\n`);
};

export interface DashboardServer {
  server: Server;
  port: number;
  close(): Promise<void>;
}

export async function startDashboardServer(config: ServeConfig, logger: Log = log): Promise<DashboardServer> {
  const files = staticFiles(config.distDir);
  const api = apiProxy(config.platformUrl, (err, path) => logger('warn', 'platform request failed', { path, err: err.message }));
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/api' || path.startsWith('/api/')) return api(req, res);
    if (path === '/healthz') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    files(req, res).catch((err: Error) => {
      logger('error', 'serving a file failed', { path, err: err.message });
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  return {
    server,
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // event streams never end on their own
      }),
  };
}
