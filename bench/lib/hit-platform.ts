/**
 * The platform process of bench:hit-latency with the stand-in hit rule in its
 * commit (bench/lib/hit-standin.ts): server.ts, plus the rule. Its watchlist
 * comes in the file of env CONFIG_FILE (harness configEnv).
 */
import { loadConfig } from '../../broker/src/kernel/config.js';
import { createLogger } from '../../broker/src/kernel/logger.js';
import { startPlatform } from '../../broker/src/platform.js';
import { readConfig } from './harness.js';
import { standInHitRule } from './hit-standin.js';

const { watchlist } = readConfig<{ watchlist: number[] }>();
const config = loadConfig();
const logger = createLogger(config);
const platform = await startPlatform(config, logger, { extraRules: (homes) => [standInHitRule(new Set(watchlist), homes.notifications.outbox, homes.devices.registry)] });
logger.info({ mqttPort: platform.mqtt.port, coapPort: platform.coap.port, httpPort: platform.httpPort }, 'platform ready');
process.once('SIGTERM', () => void platform.stop().then(() => process.exit(0)));
