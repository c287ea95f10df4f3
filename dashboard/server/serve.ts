/**
 * The dashboard's production server, the process of the docker-compose `dashboard`
 * service: node:http only, no dependencies.
 *   node dist-server/serve.js [--print-config]
 * Environment: DASHBOARD_PORT, DASHBOARD_HOST, PLATFORM_URL, DASHBOARD_DIST (see config.ts).
 */
import { describeConfig, loadConfig } from './config.js';
import { log, startDashboardServer } from './dashboard-server.js';

async function main(): Promise<void> {
  const config = loadConfig();
  if (process.argv.includes('--print-config')) {
    console.log(describeConfig(config));
    return;
  }
  const dashboard = await startDashboardServer(config);
  log('info', 'dashboard ready', { port: dashboard.port, host: config.host, platformUrl: config.platformUrl.href });
  const shutdown = (signal: string) => {
    log('info', 'dashboard stopping', { signal });
    dashboard.close().then(() => process.exit(0));
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err: Error) => {
  log('error', 'dashboard failed to start', { err: err.message, code: (err as { code?: string }).code });
  process.exit(1);
});
