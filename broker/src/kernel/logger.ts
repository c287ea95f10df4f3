import pino, { type Logger } from 'pino';
import type { Config } from './config.js';

/** Structured logs: one JSON object per line, or pretty for a terminal (LOG_FORMAT=pretty). */
export function createLogger(config: Pick<Config, 'logLevel' | 'logFormat'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'watchpost' },
    ...(config.logFormat === 'pretty' ? { transport: { target: 'pino-pretty', options: { ignore: 'pid,hostname,service', translateTime: 'SYS:HH:MM:ss.l' } } } : {}),
  });
}
