/**
 * The platform's process entry: configuration from the environment, start,
 * one 'platform ready' line with the addresses, and a clean stop on SIGINT/SIGTERM/SIGHUP.
 *   node broker/dist/server.js [--print-config]
 */
import type { Logger } from 'pino';
import { ConfigError, describeConfig, loadConfig, type Config } from './kernel/config.js';
import { createLogger } from './kernel/logger.js';
import { startPlatform, type Platform } from './platform.js';

/** A stop still running after this is abandoned: the process exits (and still releases the data-dir lock). */
const STOP_DEADLINE_MS = 20_000;
/**
 * The first signal stops the platform. A second one is expected and ignored: `npm start`, npm
 * and the terminal may each deliver one for the same Ctrl-C. The third forces the exit.
 */
const FORCE_EXIT_AT_SIGNAL = 3;

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`configuration error (${err.code}): ${err.message}`);
      process.exit(2);
    }
    throw err;
  }
  if (process.argv.includes('--print-config')) {
    console.log(describeConfig(config));
    return;
  }
  const logger = createLogger(config);
  const platform = await startPlatform(config, logger).catch((err: Error & { code?: string }) => {
    logger.fatal({ err, code: err.code }, `platform failed to start: ${err.message}`);
    process.exit(1);
  });
  const addresses = { http: `${config.httpHost}:${platform.httpPort}`, mqtt: `${config.mqttHost}:${platform.mqtt.port}`, coap: `${config.coapHost}:${platform.coap.port} (udp)` };
  logger.info(
    { mqttPort: platform.mqtt.port, coapPort: platform.coap.port, httpPort: platform.httpPort, addresses, engine: platform.db.engine, devices: platform.homes.devices.registry.size },
    'platform ready',
  );
  warnIfDemoIsReachable(config, logger);
  stopOnSignals(platform, logger);
}

function warnIfDemoIsReachable(config: Config, logger: Logger): void {
  const open = [config.httpHost, config.mqttHost, config.coapHost].filter((host) => !/^(127\.|::1$|localhost$)/.test(host));
  if (config.demoUsers && open.length > 0) {
    logger.warn({ hosts: open }, 'demo accounts are on and their passwords are public, and the platform listens beyond this machine');
  }
}

function stopOnSignals(platform: Platform, logger: Logger): void {
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    signals += 1;
    if (signals >= FORCE_EXIT_AT_SIGNAL) {
      logger.error({ signal, signals }, 'shutdown abandoned: exiting now');
      process.exit(1);
    }
    if (signals > 1) {
      logger.warn({ signal }, 'shutdown in progress; signal once more to force the exit');
      return;
    }
    logger.info({ signal }, 'stopping');
    // Not unref'd: a stop hanging on nothing must still end in this exit, not in a silent one.
    setTimeout(() => {
      logger.error({ deadlineMs: STOP_DEADLINE_MS }, 'shutdown did not finish in time: exiting now');
      process.exit(1);
    }, STOP_DEADLINE_MS);
    platform.stop().then(
      () => process.exit(0),
      (err: Error) => {
        logger.error({ err }, 'stop failed');
        process.exit(1);
      },
    );
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, onSignal);
}

void main();
