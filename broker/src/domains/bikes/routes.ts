/** The register, positions and the owner's guard: bikes (the services apply the reach and write the trail). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { HttpError } from '../../kernel/http-error.js';
import { Paging } from '../../kernel/schemas.js';
import { callerOf, can, reach } from '../access/policy/index.js';
import { cloneFlags } from './positions/clones.js';
import type { Database } from '@watchpost/ingest';
import type { GuardService } from './guard/service.js';
import type { ImportService } from './registry/import-service.js';
import { CSV_TYPES, XLSX_TYPE } from './registry/import-file.js';
import { PHOTO_TYPES } from './registry/photo.js';
import {
  AlertParams,
  Bike,
  BikeIdParams,
  CloneFlag,
  Guard,
  GuardAlert,
  GuardBody,
  ImportQuery,
  ImportReport,
  LookupBody,
  Position,
  PurposeQuery,
  RebindBody,
  RegisterBikeBody,
  TagPeriod,
  TagRoleParams,
  UpdateBikeBody,
} from './registry/schemas.js';
import { bikeJson, type BikeService } from './registry/service.js';
import type { CaseReads } from './watchlist/case-reads.js';
import { AlertReportBody, Case } from './watchlist/schemas.js';
import type { AuditLog } from '../audit/audit-log.js';
import { actorOfCaller } from '../access/policy/index.js';

export interface BikeRouteDeps {
  bikes: BikeService;
  imports: ImportService;
  guard: GuardService;
  cases: CaseReads;
  db: Database;
  audit: AuditLog;
  photoMaxBytes: number;
}

const page = (q: { limit?: number; offset?: number }) => ({ limit: q.limit ?? 100, offset: q.offset ?? 0 });
const REGISTRATION_POINT = 'bikes are registered and tags bound at a registration point (police, administrators)';
const binary = (body: unknown, what: string): Buffer => {
  if (!Buffer.isBuffer(body)) throw new HttpError(415, 'MEDIA_TYPE_UNSUPPORTED', `body: send ${what} as the raw bytes, with its own Content-Type`);
  return body;
};

export const bikeRoutes: FastifyPluginAsyncTypebox<BikeRouteDeps> = async (app, deps) => {
  const { bikes, imports, guard, cases } = deps;
  // Photos and registers travel as their bytes; the services check what they are.
  app.addContentTypeParser([...PHOTO_TYPES], { parseAs: 'buffer', bodyLimit: deps.photoMaxBytes * 4 }, (_req, body, done) => done(null, body));
  app.addContentTypeParser([...CSV_TYPES, XLSX_TYPE, 'application/octet-stream'], { parseAs: 'buffer', bodyLimit: 8 * 1024 * 1024 }, (_req, body, done) => done(null, body));

  app.post(
    '/bikes',
    {
      config: { access: can('write', 'bike', { reach: ['all'], otherwise: REGISTRATION_POINT }) },
      schema: {
        summary: "Register an e-bike for its owner, with its tag (and the owner's key fob): one tag, one bike, one person",
        tags: ['bikes'],
        body: RegisterBikeBody,
        response: { 201: Type.Object({ bike: Bike }), 400: { $ref: 'Error' }, 404: { $ref: 'Error' }, 409: { $ref: 'Error' } },
      },
    },
    async (request, reply) => {
      const bike = await bikes.register(callerOf(request), request.body);
      reply.status(201);
      return { bike: bikeJson(bike, { via: 'own' }) };
    },
  );

  app.get(
    '/bikes',
    {
      config: { access: can('read', 'bike', { reach: ['own', 'masked'], otherwise: 'look a bike up by plate, frame number or tag, stating the reason (POST /bikes/lookup)' }) },
      schema: {
        summary: 'Your own bikes (owners); the register with owners masked (administrators, audited)',
        tags: ['bikes'],
        querystring: Paging,
        response: { 200: Type.Object({ bikes: Type.Array(Bike) }) },
      },
    },
    async (request) => {
      const { bikes: rows, grant } = await bikes.list(callerOf(request), page(request.query));
      return { bikes: rows.map((b) => bikeJson(b, grant)) };
    },
  );

  app.post(
    '/bikes/lookup',
    {
      config: { access: can('read', 'bike', { reach: ['case', 'masked'], otherwise: 'owners list their own bikes (GET /bikes)' }) },
      schema: {
        summary: 'Find a bike by plate, frame number or chip id, stating the reason (audited, found or not)',
        tags: ['bikes'],
        body: LookupBody,
        response: { 200: Type.Object({ bikes: Type.Array(Bike) }), 400: { $ref: 'Error' } },
      },
    },
    async (request) => {
      const { reason, ...q } = request.body;
      const found = await bikes.lookup(callerOf(request), q, reason);
      return { bikes: found.bikes.map((b) => bikeJson(b, found.grant)) };
    },
  );

  app.post(
    '/bikes/import',
    {
      config: { access: can('write', 'bike', { reach: ['all'], otherwise: REGISTRATION_POINT }) },
      schema: {
        summary: `Import a county register (text/csv, or ${XLSX_TYPE}): owners matched or created by phone, a report row by row, all or nothing`,
        tags: ['bikes'],
        querystring: ImportQuery,
        response: { 200: ImportReport, 201: ImportReport, 400: { $ref: 'Error' }, 415: { $ref: 'Error' }, 422: { $ref: 'Error' } },
      },
    },
    async (request, reply) => {
      const report = await imports.run(callerOf(request), request.headers['content-type'], binary(request.body, 'the register file'), request.query.dryRun ?? false);
      reply.status(report.dryRun ? 200 : 201);
      return report;
    },
  );

  app.get(
    '/bikes/clones',
    {
      config: { access: can('read', 'bike.clone') },
      schema: {
        summary: 'Tags heard at two stations too far apart for the time between (cloned tags), in your jurisdictions',
        tags: ['bikes'],
        querystring: Paging,
        response: { 200: Type.Object({ flags: Type.Array(CloneFlag) }) },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const { user } = caller.principal;
      const rows = await cloneFlags(deps.db, reach(user.role, 'read', 'bike.clone') === 'all' ? null : user.jurisdictions, page(request.query).limit);
      await deps.audit.record({ ...actorOfCaller(caller), action: 'bike.clone.list', detail: { count: rows.length } });
      return {
        flags: rows.map((f) => ({
          id: f.id,
          tagId: f.tag_id,
          bikeId: f.bike_id,
          a: { stationId: f.station_a, heardAt: f.heard_a.toISOString() },
          b: { stationId: f.station_b, heardAt: f.heard_b.toISOString() },
          distanceM: f.distance_m,
          seconds: f.seconds,
          jurisdictions: f.jurisdictions,
          flaggedAt: f.flagged_at.toISOString(),
        })),
      };
    },
  );

  app.get(
    '/bikes/:id',
    {
      config: { access: can('read', 'bike') },
      schema: {
        summary: 'One bike: its owner sees it; police through a case of it or a stated reason (audited); administrators with the owner masked',
        tags: ['bikes'],
        params: BikeIdParams,
        querystring: PurposeQuery,
        response: { 200: Type.Object({ bike: Bike }), 403: { $ref: 'Error' }, 404: { $ref: 'Error' } },
      },
    },
    async (request) => {
      const { bike, grant } = await bikes.read(callerOf(request), request.params.id, request.query);
      return { bike: bikeJson(bike, grant) };
    },
  );

  app.patch(
    '/bikes/:id',
    {
      config: { access: can('write', 'bike') },
      schema: {
        summary: 'Describe a bike anew (owners: brand, model, colour; registration points: plate, frame and motor numbers too)',
        tags: ['bikes'],
        params: BikeIdParams,
        body: UpdateBikeBody,
        response: { 200: Type.Object({ bike: Bike }), 400: { $ref: 'Error' }, 403: { $ref: 'Error' }, 404: { $ref: 'Error' }, 409: { $ref: 'Error' } },
      },
    },
    async (request) => ({ bike: bikeJson(await bikes.update(callerOf(request), request.params.id, request.body), { via: 'own' }) }),
  );

  app.put(
    '/bikes/:id/tags/:role',
    {
      config: { access: can('write', 'bike', { reach: ['all'], otherwise: REGISTRATION_POINT }) },
      schema: {
        summary: "Re-bind a bike's plate tag or its owner's key fob (null unbinds the fob), with the reason: audited, the history kept",
        tags: ['bikes'],
        params: TagRoleParams,
        body: RebindBody,
        response: { 200: Type.Object({ bike: Bike }), 400: { $ref: 'Error' }, 404: { $ref: 'Error' }, 409: { $ref: 'Error' } },
      },
    },
    async (request) => ({ bike: bikeJson(await bikes.rebind(callerOf(request), request.params.id, request.params.role, request.body.tagId, request.body.reason), { via: 'own' }) }),
  );

  app.get(
    '/bikes/:id/tags',
    {
      config: { access: can('read', 'bike') },
      schema: {
        summary: 'Every tag a bike had, with when and why each was bound',
        tags: ['bikes'],
        params: BikeIdParams,
        querystring: PurposeQuery,
        response: { 200: Type.Object({ tags: Type.Array(TagPeriod) }) },
      },
    },
    async (request) => ({
      tags: (await bikes.tags(callerOf(request), request.params.id, request.query)).map((t) => ({
        role: t.role,
        tagId: t.tag_id,
        boundAt: t.bound_at.toISOString(),
        boundBy: t.bound_by,
        unboundAt: t.unbound_at?.toISOString() ?? null,
        unboundBy: t.unbound_by,
        reason: t.reason,
      })),
    }),
  );

  app.put(
    '/bikes/:id/photo',
    {
      config: { access: can('write', 'bike') },
      schema: {
        summary: `The bike's photo: the image's bytes as image/jpeg, image/png or image/webp, ${Math.floor(deps.photoMaxBytes / 1024)} KiB at most`,
        tags: ['bikes'],
        params: BikeIdParams,
        response: { 200: Type.Object({ ok: Type.Boolean() }), 404: { $ref: 'Error' }, 413: { $ref: 'Error' }, 415: { $ref: 'Error' } },
      },
    },
    async (request) => {
      await bikes.putPhoto(callerOf(request), request.params.id, request.headers['content-type'], binary(request.body, 'the photo'));
      return { ok: true };
    },
  );

  app.get(
    '/bikes/:id/photo',
    {
      config: { access: can('read', 'bike') },
      schema: { summary: "The bike's photo, to whoever may see the bike", tags: ['bikes'], params: BikeIdParams, querystring: PurposeQuery },
    },
    async (request, reply) => {
      const photo = await bikes.photo(callerOf(request), request.params.id, request.query);
      reply.header('content-type', photo.content_type).header('cache-control', 'private, max-age=300').header('last-modified', photo.uploaded_at.toUTCString());
      return photo.bytes;
    },
  );

  app.get(
    '/bikes/:id/position',
    {
      config: { access: can('read', 'track') },
      schema: {
        summary: 'Where the bike is now (its latest position, where it came from and heads): its owner; police only while it is on the watchlist, through its case or a stated reason (audited)',
        tags: ['bikes'],
        params: BikeIdParams,
        querystring: PurposeQuery,
        response: { 200: Type.Object({ position: Type.Union([Position, Type.Null()]) }), 403: { $ref: 'Error' }, 404: { $ref: 'Error' } },
      },
    },
    async (request) => ({ position: await bikes.position(callerOf(request), request.params.id, request.query) }),
  );

  app.get(
    '/bikes/:id/guard',
    {
      config: { access: can('read', 'bike', { reach: ['own'], otherwise: "the guard is its owner's" }) },
      schema: {
        summary: "The owner's guard: armed or not, fob pairing, and the alerts it raised",
        tags: ['bikes'],
        params: BikeIdParams,
        response: { 200: Type.Object({ guard: Guard, alerts: Type.Array(GuardAlert) }) },
      },
    },
    async (request) => guard.read(callerOf(request), request.params.id),
  );

  app.put(
    '/bikes/:id/guard',
    {
      config: { access: can('write', 'bike', { reach: ['own'], otherwise: "only a bike's owner arms it" }) },
      schema: {
        summary: 'Arm a parked bike (heard moving: you are alerted) or disarm it; fob pairing alerts when it passes a station without your key fob',
        tags: ['bikes'],
        params: BikeIdParams,
        body: GuardBody,
        response: { 200: Type.Object({ guard: Guard }), 404: { $ref: 'Error' } },
      },
    },
    async (request) => ({ guard: await guard.set(callerOf(request), request.params.id, request.body) }),
  );

  app.post(
    '/bikes/:id/guard/alerts/:alertId/report',
    {
      config: { access: can('write', 'case', { reach: ['own'], otherwise: 'the owner reports from their alert; police open a case with POST /cases' }) },
      schema: {
        summary: 'Turn a guard alert into a theft report in one step: the case opens, the bike goes on the watchlist, sightings since it was armed become hits',
        tags: ['cases'],
        params: AlertParams,
        body: AlertReportBody,
        response: { 201: Type.Object({ case: Case }), 404: { $ref: 'Error' }, 409: { $ref: 'Error' } },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const c = await guard.report(caller, request.params.id, request.params.alertId, request.body);
      reply.status(201);
      return { case: await cases.one(caller, c.id) };
    },
  );
};
