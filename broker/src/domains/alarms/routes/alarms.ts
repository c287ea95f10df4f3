/** Alarms: the console's list and view, the lifecycle steps, and each party's acknowledgement. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type TSchema } from 'typebox';
import type { Database } from '@watchpost/ingest';
import { callerOf, can } from '../../access/policy/index.js';
import type { AlarmService } from '../lifecycle.js';
import { AcknowledgeBody, Alarm, AlarmIdParams, AlarmListQuery, CloseBody, DispatchBody, EmptyBody, OnSceneBody, TimelineEntry, VerifyBody } from '../schemas.js';
import type { AlarmRow } from '../store/alarms.js';
import { alarmViews, timelineJson, type ViewDeps } from '../view.js';

export interface AlarmRouteDeps {
  alarms: AlarmService;
  db: Database;
  views: ViewDeps;
}

const Refusals = { 400: { $ref: 'Error' }, 403: { $ref: 'Error' }, 404: { $ref: 'Error' }, 409: { $ref: 'Error' } } as const;

export const alarmRoutes: FastifyPluginAsyncTypebox<AlarmRouteDeps> = async (app, { alarms, db, views }) => {
  const one = async (row: AlarmRow) => ({ alarm: (await alarmViews(db, [row], views))[0]! });

  app.get(
    '/alarms',
    {
      config: { access: can('read', 'alarm') },
      schema: {
        summary: "Alarms you reach (your jurisdictions, or your unit's part in them), newest first, with their five-party boards",
        tags: ['alarms'],
        querystring: AlarmListQuery,
        response: { 200: Type.Object({ alarms: Type.Array(Alarm) }) },
      },
    },
    async (request) => {
      const q = request.query;
      const p = request.principal!;
      const before = q.before ? await alarms.cursor(p, q.before) : null;
      const rows = await alarms.list(p, { state: q.state ?? 'open', deviceId: q.pillar, before, limit: q.limit ?? 50 });
      return { alarms: await alarmViews(db, rows, views) };
    },
  );

  app.get(
    '/alarms/:id',
    {
      config: { access: can('read', 'alarm') },
      schema: {
        summary: 'One alarm: its pillar (place, camera, alarm coordinate), whether the pillar acknowledged "help is on its way", the five-party board and the timeline',
        tags: ['alarms'],
        params: AlarmIdParams,
        response: { 200: Type.Object({ alarm: Alarm, timeline: Type.Array(TimelineEntry) }), 404: { $ref: 'Error' } },
      },
    },
    async (request) => {
      const { alarm, timeline } = await alarms.read(request.principal!, request.params.id);
      return { ...(await one(alarm)), timeline: timeline.map(timelineJson) };
    },
  );

  const step = <B extends TSchema>(summary: string, body: B) => ({
    config: { access: can('write', 'alarm') },
    schema: { summary, tags: ['alarms'], params: AlarmIdParams, body, response: { 200: Type.Object({ alarm: Alarm }), ...Refusals } },
  });

  app.post('/alarms/:id/receive', step('Received: an operator has opened the alarm', EmptyBody), async (r) => one(await alarms.receive(callerOf(r), r.params.id)));
  app.post('/alarms/:id/answer', step("Answer the caller: opens the pillar's two-way voice (SetCallState open)", EmptyBody), async (r) => one(await alarms.answer(callerOf(r), r.params.id)));
  app.post('/alarms/:id/hang-up', step("Hang up: closes the pillar's two-way voice", EmptyBody), async (r) => one(await alarms.hangUp(callerOf(r), r.params.id)));
  app.post('/alarms/:id/verify', step('Verified: genuine (with its severity: the rest of the linkage plan is told) or false (no party is reminded or carded any more)', VerifyBody), async (r) =>
    one(await alarms.verify(callerOf(r), r.params.id, r.body)),
  );
  app.post('/alarms/:id/dispatch', step("Dispatched: a unit or responder sent (a party's unit meets its dispatch limit)", DispatchBody), async (r) =>
    one(await alarms.dispatch(callerOf(r), r.params.id, r.body)),
  );
  app.post('/alarms/:id/on-scene', step("On scene: the unit dispatched has arrived (a party's unit meets its arrival limit)", OnSceneBody), async (r) =>
    one(await alarms.onScene(callerOf(r), r.params.id, r.body)),
  );
  app.post('/alarms/:id/close', step("Closed, with its disposition: nobody is reminded or carded any more, and the pillar's lamp goes out", CloseBody), async (r) =>
    one(await alarms.close(callerOf(r), r.params.id, r.body)),
  );
  app.post('/alarms/:id/acknowledge', step('Your unit acknowledges its part in the alarm: its reminders stop at once, and it is carded no more for acknowledging late', AcknowledgeBody), async (r) =>
    one(await alarms.acknowledge(callerOf(r), r.params.id, r.body)),
  );
};
