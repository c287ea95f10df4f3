/**
 * The platform's OpenAPI document, as GET /api/docs/json serves it: the
 * platform assembled in-process on an in-memory PGlite, the document read
 * from the app (no request made), then stopped. What the dashboard's API
 * types are generated from (dashboard/tools/api-types.ts).
 *
 * The platform's edges and HTTP app bind 127.0.0.1 on ephemeral ports while
 * it runs (a second or two): startPlatform has no mode that skips listening.
 *
 *   node --conditions=source --import tsx broker/src/openapi.ts > openapi.json
 */
import pino from 'pino';
import { loadConfig } from './kernel/config.js';
import { startPlatform } from './platform.js';

export type OpenApiDocument = Record<string, unknown>;

export async function openApiDocument(): Promise<OpenApiDocument> {
  const config = loadConfig(
    {},
    {
      databaseUrl: '',
      dataDir: '', // PGlite in memory
      httpHost: '127.0.0.1',
      httpPort: 0,
      mqttHost: '127.0.0.1',
      mqttPort: 0,
      coapHost: '127.0.0.1',
      coapPort: 0,
      logLevel: 'silent',
      adminPassword: 'openapi-document-only',
      auditKey: 'openapi-document-audit-key-0123456789abcdef',
      demoUsers: false,
    },
  );
  const platform = await startPlatform(config, pino({ level: 'silent' }), { smsGateways: [] });
  try {
    await platform.http.ready();
    // A copy: the document fastify keeps is its own.
    return JSON.parse(JSON.stringify((platform.http as unknown as { swagger(): unknown }).swagger())) as OpenApiDocument;
  } finally {
    await platform.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`${JSON.stringify(await openApiDocument(), null, 2)}\n`);
}
