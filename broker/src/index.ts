/** @watchpost/broker: the platform process, for tests and embedding. */
export { startPlatform, type Platform } from './platform.js';
export { loadConfig, describeConfig, SETTINGS, type Config } from './kernel/config.js';
export { createLogger } from './kernel/logger.js';
