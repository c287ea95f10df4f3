/**
 * GET /bikes/:id/track (mounted by the bikes home, which says whose track a
 * bike's is and whether the caller may read it), and station activity:
 * GET /stations/:id/activity and GET /stations/activity.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { callerOf, can } from '../../access/policy/index.js';
import type { StationActivity } from './activity.js';
import { ActivityQuerystring, ActivitySummaryBody, StationMinutesBody, StationParams, TrackBody, TrackParams, TrackQuerystring } from './schemas.js';
import { activitySummaryJson, stationMinutesJson, trackJson } from './serialize.js';
import type { TrackService, TrackSubjects } from './service.js';

export interface TrackRouteDeps {
  tracks: TrackService;
  subjects: TrackSubjects;
}

const HOUR = 3_600_000;

/** `from`/`to` of a query, with defaults: `to` now, `from` `defaultMs` before `to`. */
function rangeOf(q: { from?: string; to?: string }, defaultMs: number): { from: Date; to: Date } {
  const to = q.to ? new Date(q.to) : new Date();
  return { from: q.from ? new Date(q.from) : new Date(to.getTime() - defaultMs), to };
}

export const trackRoutes: FastifyPluginAsyncTypebox<TrackRouteDeps> = async (app, { tracks, subjects }) => {
  app.get(
    '/bikes/:id/track',
    {
      config: { access: can('read', 'track') },
      schema: {
        summary: 'A bike’s track over a range: positions (short ranges) or time buckets (long ones), with its trips and stops; police state a reason, and every read is audited',
        tags: ['bikes'],
        params: TrackParams,
        querystring: TrackQuerystring,
        response: { 200: TrackBody, 400: { $ref: 'Error' }, 403: { $ref: 'Error' }, 404: { $ref: 'Error' } },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const q = request.query;
      const subject = await subjects(caller, request.params.id, q.reason);
      const track = await tracks.read(caller, subject, {
        ...rangeOf(q, 24 * HOUR),
        resolution: q.resolution ?? 'auto',
        stopAfterMin: q.stopAfterMin ?? 5,
        maxBuckets: q.maxBuckets ?? 1000,
      });
      return trackJson(track, tracks.locate);
    },
  );
};

export interface ActivityRouteDeps {
  activity: StationActivity;
}

export const activityRoutes: FastifyPluginAsyncTypebox<ActivityRouteDeps> = async (app, { activity }) => {
  // Counts are no one's data: whoever sees a station sees what it hears, in numbers.
  const access = can('read', 'device.station');
  app.get(
    '/stations/:id/activity',
    {
      config: { access },
      schema: {
        summary: 'Tags a base station heard per minute (counts, never which tags), up to 7 days; default the last hour',
        tags: ['devices'],
        params: StationParams,
        querystring: ActivityQuerystring,
        response: { 200: StationMinutesBody, 400: { $ref: 'Error' }, 404: { $ref: 'Error' } },
      },
    },
    async (request) => stationMinutesJson(await activity.minutes(callerOf(request), request.params.id, rangeOf(request.query, HOUR))),
  );
  app.get(
    '/stations/activity',
    {
      config: { access },
      schema: {
        summary: 'Every base station in your jurisdictions that heard tags in a range (up to 24 hours; default the last 15 minutes): active minutes, peak and average tags per minute',
        tags: ['devices'],
        querystring: ActivityQuerystring,
        response: { 200: ActivitySummaryBody, 400: { $ref: 'Error' } },
      },
    },
    async (request) => activitySummaryJson(await activity.summary(callerOf(request), rangeOf(request.query, HOUR / 4))),
  );
};
