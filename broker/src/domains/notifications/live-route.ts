/**
 * GET /api/v1/live: Server-Sent Events for a signed-in person. First a
 * `snapshot` of the devices they may see, then every committed notification
 * they may see, as `notification` events carrying its id: a browser that
 * reconnects sends Last-Event-ID and is replayed what it missed. For the
 * device list and the map, notifications that carry a `live` device change
 * are also sent in `changes` batches (the dashboard's fleet view).
 * Each stream ends when its session expires or its user signs out, is
 * disabled or loses the token (EventSource then reconnects, and is refused).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { can, mayReach, type Principal, type Resource } from '../access/policy/index.js';
import type { LiveHub } from './live-hub.js';
import { notificationsAfter, type NotificationRow } from './store.js';
import type { Database } from '@watchpost/ingest';

const KEEPALIVE_MS = 15_000;
/** A reconnecting browser is replayed this much at most; beyond, the snapshot is what it gets. */
const REPLAY_LIMIT = 1_000;

export interface LiveRouteDeps {
  hub: LiveHub;
  db: Database;
  /** What a new stream starts from: the devices this person may see. */
  snapshot(principal: Principal): unknown[];
  /** Called with a listener for people whose access ended; returns how to stop listening. */
  onAccessChange(listener: (userId: string) => void): () => void;
}

export const visibleTo = (principal: Principal, n: NotificationRow) => mayReach(principal, 'read', n.resource as Resource, { jurisdictions: n.jurisdictions, ownerId: n.owner_id, units: n.units });

const eventOf = (n: NotificationRow) => ({ id: String(n.id), kind: n.kind, createdAt: new Date(n.created_at).toISOString(), subjectId: n.subject_id, jurisdictions: n.jurisdictions, data: n.payload });

export const liveRoutes: FastifyPluginAsyncTypebox<LiveRouteDeps> = async (app, { hub, db, snapshot, onAccessChange }) => {
  app.get(
    '/live',
    {
      // Whoever reads any of what the feed carries: the fleet (staff), their bikes and cases (owners), alarms.
      config: { access: can('read', 'device.station', 'device.pillar', 'bike', 'case', 'alarm') },
      schema: { summary: 'Live feed (text/event-stream): a snapshot of the devices you may see, then every notification you may see, replayed from Last-Event-ID on reconnection', tags: ['live'] },
    },
    async (request, reply) => {
      const principal = request.principal!;
      const lastEventId = Number(request.headers['last-event-id']);
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive', 'x-accel-buffering': 'no' });
      const send = (event: string, data: unknown, id?: number) => res.write(`${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      let lastSent = Number.isSafeInteger(lastEventId) && lastEventId > 0 ? lastEventId : 0;
      const deliver = (rows: readonly NotificationRow[]) => {
        const mine = rows.filter((n) => n.id > lastSent && visibleTo(principal, n));
        if (mine.length === 0) return;
        const changes = mine.map((n) => n.payload.live).filter((c) => c !== undefined);
        if (changes.length > 0) send('changes', changes);
        for (const n of mine) send('notification', eventOf(n), n.id);
        lastSent = mine.at(-1)!.id;
      };
      // Listen first and hold what arrives, so nothing falls between the replay and the live rows.
      let held: NotificationRow[] | null = [];
      const unsubscribe = hub.subscribe((rows) => (held ? held.push(...rows) : deliver(rows)));
      res.write('retry: 2000\n\n');
      send('snapshot', { devices: snapshot(principal) });
      if (lastSent > 0) deliver(await notificationsAfter(db, lastSent, REPLAY_LIMIT).catch(() => []));
      const pending = held;
      held = null;
      deliver(pending);
      // A session's stream ends with the session; EventSource's reconnection then meets the 401.
      const keepalive = setInterval(() => (principal.via === 'session' && principal.expiresAt.getTime() <= Date.now() ? res.end() : res.write(': keepalive\n\n')), KEEPALIVE_MS);
      const stopWatching = onAccessChange((userId) => userId === principal.user.id && res.end());
      request.raw.on('close', () => {
        clearInterval(keepalive);
        unsubscribe();
        stopWatching();
      });
    },
  );
};
