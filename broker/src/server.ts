/**
 * The platform's process entry: configuration from the environment, start,
 * one 'platform ready' line with the ports, and a clean stop on SIGINT/SIGTERM.
 *   node broker/dist/server.js [--print-config]
 */
import { ConfigError, describeConfig, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { startPlatform } from './platform.js';

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
  logger.info({ mqttPort: platform.mqtt.port, coapPort: platform.coap.port, httpPort: platform.httpPort, engine: platform.db.engine, devices: platform.ingest.registry.size }, 'platform ready');

  let signals = 0;
  const stop = (signal: string) => {
    if (++signals > 1) process.exit(1); // a second Ctrl-C: stop now
    logger.info({ signal }, 'stopping');
    platform.stop().then(
      () => process.exit(0),
      (err: Error) => {
        logger.error({ err }, 'stop failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

void main();
