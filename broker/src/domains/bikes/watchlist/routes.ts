/** Cases and the watchlist: report, follow, trace (the services apply the reach and write the trail and the timeline). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Paging } from '../../../kernel/schemas.js';
import { callerOf, can } from '../../access/policy/index.js';
import type { CaseReads } from './case-reads.js';
import type { CaseService } from './case-service.js';
import {
  Case,
  CaseDetail,
  CaseIdParams,
  CaseListQuery,
  Companions,
  CompanionQuery,
  Hit,
  HitParams,
  HitStats,
  NoteBody,
  ReportBody,
  ReviewBody,
  StatusBody,
  Watch,
  WatchBody,
  WatchlistEntry,
} from './schemas.js';

export interface CaseRouteDeps {
  cases: CaseService;
  reads: CaseReads;
}

const POLICE_ON_THE_CASE = { reach: ['jurisdiction'] as const, otherwise: 'the police of the case’s jurisdiction do this' };
const page = (q: { limit?: number; offset?: number }) => ({ limit: q.limit ?? 100, offset: q.offset ?? 0 });

export const caseRoutes: FastifyPluginAsyncTypebox<CaseRouteDeps> = async (app, { cases, reads }) => {
  app.post(
    '/cases',
    {
      config: { access: can('write', 'case', { reach: ['own', 'jurisdiction'] }) },
      schema: {
        summary: 'Report a bike stolen: a case opens where it was last seen, its tag goes on the watchlist, and its sightings since then are raised as historical hits at once',
        tags: ['cases'],
        body: ReportBody,
        response: { 201: Type.Object({ case: Case }), 400: { $ref: 'Error' }, 403: { $ref: 'Error' }, 404: { $ref: 'Error' }, 409: { $ref: 'Error' } },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const { lastSeenAt, ...rest } = request.body;
      const c = await cases.report(caller, { ...rest, lastSeenAt: new Date(lastSeenAt) });
      reply.status(201);
      return { case: await reads.one(caller, c.id) };
    },
  );

  app.get(
    '/cases',
    {
      config: { access: can('read', 'case') },
      schema: {
        summary: 'Cases: your own (owners), your jurisdictions’ (police), all (administrators)',
        tags: ['cases'],
        querystring: CaseListQuery,
        response: { 200: Type.Object({ cases: Type.Array(Case) }) },
      },
    },
    async (request) => ({ cases: await reads.list(callerOf(request), { ...page(request.query), ...(request.query.status ? { status: request.query.status } : {}) }) }),
  );

  app.get(
    '/cases/:id',
    {
      config: { access: can('read', 'case') },
      schema: { summary: 'One case with its owner and timeline (staff reads are audited)', tags: ['cases'], params: CaseIdParams, response: { 200: CaseDetail, 404: { $ref: 'Error' } } },
    },
    async (request) => reads.read(callerOf(request), request.params.id),
  );

  app.get(
    '/cases/:id/hits',
    {
      config: { access: can('read', 'case') },
      schema: {
        summary: "The case's hits, newest first, each with the next stations predicted then",
        tags: ['cases'],
        params: CaseIdParams,
        querystring: Paging,
        response: { 200: Type.Object({ hits: Type.Array(Hit) }), 404: { $ref: 'Error' } },
      },
    },
    async (request) => ({ hits: await reads.hits(callerOf(request), request.params.id, page(request.query)) }),
  );

  app.post(
    '/cases/:id/hits/:hitId/review',
    {
      config: { access: can('write', 'case', POLICE_ON_THE_CASE) },
      schema: {
        summary: 'Mark a hit confirmed (the bike was there) or false; the share of false hits is counted',
        tags: ['cases'],
        params: HitParams,
        body: ReviewBody,
        response: { 200: Type.Object({ ok: Type.Boolean() }), 404: { $ref: 'Error' }, 409: { $ref: 'Error' } },
      },
    },
    async (request) => {
      await cases.review(callerOf(request), request.params.id, request.params.hitId, request.body.verdict, request.body.note);
      return { ok: true };
    },
  );

  app.post(
    '/cases/:id/status',
    {
      config: { access: can('write', 'case', POLICE_ON_THE_CASE) },
      schema: {
        summary: 'The bike is recovered (off the watchlist), or the case is closed',
        tags: ['cases'],
        params: CaseIdParams,
        body: StatusBody,
        response: { 200: Type.Object({ case: Case }), 404: { $ref: 'Error' }, 409: { $ref: 'Error' } },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      await cases.setStatus(caller, request.params.id, request.body.status, request.body.note);
      return { case: await reads.one(caller, request.params.id) };
    },
  );

  app.post(
    '/cases/:id/notes',
    {
      config: { access: can('write', 'case') },
      schema: {
        summary: 'A note on the case’s timeline (its police, or its owner)',
        tags: ['cases'],
        params: CaseIdParams,
        body: NoteBody,
        response: { 200: Type.Object({ ok: Type.Boolean() }), 404: { $ref: 'Error' } },
      },
    },
    async (request) => {
      await cases.note(callerOf(request), request.params.id, request.body.text);
      return { ok: true };
    },
  );

  app.patch(
    '/cases/:id/watch',
    {
      config: { access: can('write', 'case', POLICE_ON_THE_CASE) },
      schema: {
        summary: "The watch's alert level or expiry (an expired watch extended comes back, looking back to its expiry)",
        tags: ['cases'],
        params: CaseIdParams,
        body: WatchBody,
        response: { 200: Type.Object({ watch: Watch }), 400: { $ref: 'Error' }, 404: { $ref: 'Error' }, 409: { $ref: 'Error' } },
      },
    },
    async (request) => {
      const { expiresAt, level } = request.body;
      const w = await cases.changeWatch(callerOf(request), request.params.id, { ...(level ? { level } : {}), ...(expiresAt ? { expiresAt: new Date(expiresAt) } : {}) });
      return { watch: { tagId: w.tag_id, level: w.level, addedAt: w.added_at.toISOString(), expiresAt: w.expires_at.toISOString(), active: w.expires_at.getTime() > Date.now() } };
    },
  );

  app.post(
    '/cases/:id/take',
    {
      config: { access: can('write', 'case', POLICE_ON_THE_CASE) },
      schema: { summary: 'Take charge of the case: its hits are texted to you', tags: ['cases'], params: CaseIdParams, response: { 200: Type.Object({ case: Case }), 404: { $ref: 'Error' } } },
    },
    async (request) => {
      const caller = callerOf(request);
      await cases.take(caller, request.params.id);
      return { case: await reads.one(caller, request.params.id) };
    },
  );

  app.get(
    '/cases/:id/companions',
    {
      config: { access: can('read', 'case', { reach: ['jurisdiction'], otherwise: 'companion analysis is for the police on the case' }) },
      schema: {
        summary: 'Companion analysis (伴随分析): tags heard at the same stations within the same windows as the stolen bike, ranked (audited)',
        tags: ['cases'],
        params: CaseIdParams,
        querystring: CompanionQuery,
        response: { 200: Companions, 400: { $ref: 'Error' }, 404: { $ref: 'Error' } },
      },
    },
    async (request) => reads.companions(callerOf(request), request.params.id, request.query),
  );

  app.get(
    '/watchlist',
    {
      config: { access: can('read', 'case', { reach: ['all', 'jurisdiction'], otherwise: 'owners follow their cases (GET /cases)' }) },
      schema: { summary: 'The tags on the watchlist now, in your jurisdictions', tags: ['cases'], response: { 200: Type.Object({ watchlist: Type.Array(WatchlistEntry) }) } },
    },
    async (request) => ({ watchlist: await reads.watchlist(callerOf(request)) }),
  );

  app.get(
    '/watchlist/stats',
    {
      config: { access: can('read', 'case', { reach: ['all', 'jurisdiction'], otherwise: 'owners follow their cases (GET /cases)' }) },
      schema: { summary: 'Hits by review status in your jurisdictions, and the share of reviewed hits that were false', tags: ['cases'], response: { 200: HitStats } },
    },
    async (request) => reads.stats(callerOf(request)),
  );
};
