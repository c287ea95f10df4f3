import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { can } from '../../access/access.js';
import { FLEET_VIEW } from './devices.js';
import type { AppDeps } from '../app.js';
import type { LiveEvent } from '../live-feed.js';
import { listable } from './devices.js';

const KEEPALIVE_MS = 15_000;

/**
 * GET /api/v1/live: Server-Sent Events. First a `snapshot` of every device,
 * then `changes`: batches of registrations and presence changes. EventSource
 * reconnects by itself and gets a fresh snapshot, so nothing is missed.
 * Each subscriber gets only the kinds of device its role may list; its stream
 * ends when its session expires or its user signs out, is disabled or loses the token (EventSource
 * then reconnects, and is refused if the access is gone).
 */
export const liveRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { live, ingest }) => {
  app.get(
    '/live',
    { config: { access: can('read', ...FLEET_VIEW) }, schema: { summary: 'Live feed of device registrations and presence changes (text/event-stream)', tags: ['live'] } },
    (request, reply) => {
    const principal = request.principal!;
    const visible = (e: LiveEvent) => {
      const kind = e.type === 'device' ? e.device.kind : ingest.registry.get(e.id)?.kind;
      return kind !== undefined && listable(principal, kind);
    };
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
    send('snapshot', { devices: live.snapshot().filter((d) => listable(principal, d.kind)) });
    const unsubscribe = live.subscribe((events: LiveEvent[]) => {
      const mine = events.filter(visible);
      if (mine.length > 0) send('changes', mine);
    });
    // A session's stream ends with the session; EventSource's reconnection then meets the 401.
    const keepalive = setInterval(() => (principal.via === 'session' && principal.expiresAt.getTime() <= Date.now() ? res.end() : res.write(': keepalive\n\n')), KEEPALIVE_MS);
    const stopWatching = app.onAccessChange((userId) => userId === principal.user.id && res.end());
    request.raw.on('close', () => {
      clearInterval(keepalive);
      unsubscribe();
      stopWatching();
    });
    },
  );
};
