import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../app.js';
import type { LiveEvent } from '../live-feed.js';

const KEEPALIVE_MS = 15_000;

/**
 * GET /api/v1/live: Server-Sent Events. First a `snapshot` of every device,
 * then `changes`: batches of registrations and presence changes. EventSource
 * reconnects by itself and gets a fresh snapshot, so nothing is missed.
 */
export const liveRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { live }) => {
  app.get('/live', { schema: { summary: 'Live feed of device registrations and presence changes (text/event-stream)', tags: ['live'] } }, (request, reply) => {
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    const send = (event: string, data: unknown) => res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    res.write('retry: 2000\n\n');
    send('snapshot', { devices: live.snapshot() });
    const unsubscribe = live.subscribe((events: LiveEvent[]) => send('changes', events));
    const keepalive = setInterval(() => res.write(': keepalive\n\n'), KEEPALIVE_MS);
    request.raw.on('close', () => {
      clearInterval(keepalive);
      unsubscribe();
    });
  });
};
