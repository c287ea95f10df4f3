/**
 * Administration: API tokens for integrations, the audit trail, and the
 * organisation (jurisdictions and units).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type Static } from 'typebox';
import { actorOf, type AuditRow } from '../../access/audit.js';
import { signCheckpoint } from '../../access/audit-checkpoint.js';
import { can } from '../../access/access.js';
import type { AppDeps } from '../app.js';
import { AuditEntry, AuditQuery } from '../schemas/people.js';
import { AuditCheckpoint, AuditVerification } from '../schemas/tokens.js';
import { tokenRoutes } from './tokens.js';

const auditJson = (r: AuditRow) => ({ seq: r.seq, at: r.at.toISOString(), actorId: r.actorId, actorRole: r.actorRole, actorName: r.actorName, action: r.action, subjectType: r.subjectType, subjectId: r.subjectId, reason: r.reason, detail: r.detail, ip: r.ip, hash: r.hash.toString('hex') });

const Jurisdiction = Type.Object({
  id: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,63}$' }),
  name: Type.String({ minLength: 1, maxLength: 200 }),
  kind: Type.Enum(['county', 'district', 'town', 'police_area']),
  // Null first: with type coercion on (for query strings), a null tried against String first becomes '' (a parent named '').
  parentId: Type.Optional(Type.Union([Type.Null(), Type.String()])),
});
const Unit = Type.Object({
  id: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,63}$' }),
  name: Type.String({ minLength: 1, maxLength: 200 }),
  kind: Type.Enum(['governance_centre', 'police_station', 'town_command', 'district_centre', 'police_command', 'installer', 'administration']),
  jurisdictionId: Type.Optional(Type.Union([Type.Null(), Type.String()])),
});

export const adminRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { ingest, access: acc }) => {
  const db = ingest.db;

  await app.register(tokenRoutes, { acc, db });

  app.get(
    '/audit',
    { config: { access: can('read', 'audit') }, schema: { summary: 'Search the audit trail, newest first', tags: ['admin'], querystring: AuditQuery, response: { 200: Type.Object({ entries: Type.Array(AuditEntry) }) } } },
    async (request) => {
      const q = request.query;
      const entries = await acc.audit.search({ ...q, from: q.from ? new Date(q.from) : undefined, to: q.to ? new Date(q.to) : undefined, beforeSeq: q.before, limit: q.limit ?? 100 });
      await acc.audit.append({ ...actorOf(request.principal), action: 'audit.search', detail: { filter: JSON.stringify(q) }, ip: request.ip });
      return { entries: entries.map(auditJson) };
    },
  );

  app.get(
    '/audit/verify',
    {
      config: { access: can('read', 'audit') },
      schema: { summary: 'Check the whole hash chain of the audit trail: every entry that does not hold', tags: ['admin'], response: { 200: AuditVerification } },
    },
    async () => acc.audit.verify(),
  );

  app.get(
    '/audit/checkpoint',
    {
      config: { access: can('read', 'audit') },
      schema: {
        summary: "A checkpoint of the audit chain's head, signed with the audit key: keep it apart from the platform; audit:verify --checkpoint checks the chain still reaches it",
        tags: ['admin'],
        response: { 200: AuditCheckpoint },
      },
    },
    async (request) => {
      const checkpoint = signCheckpoint(acc.audit.key!, await acc.audit.head());
      // A log line too, for whoever ships the logs elsewhere (syslog).
      request.log.info({ checkpoint }, 'audit checkpoint');
      return checkpoint;
    },
  );

  app.get('/jurisdictions', { config: { access: can('read', 'jurisdiction') }, schema: { summary: 'Jurisdictions', tags: ['organisation'], response: { 200: Type.Object({ jurisdictions: Type.Array(Jurisdiction) }) } } }, async () => ({
    jurisdictions: (await db.query<{ id: string; name: string; kind: 'county' | 'district' | 'town' | 'police_area'; parent_id: string | null }>('SELECT id, name, kind, parent_id FROM jurisdictions ORDER BY id')).rows.map((j) => ({ id: j.id, name: j.name, kind: j.kind, parentId: j.parent_id })),
  }));

  app.put(
    '/jurisdictions/:id',
    { config: { access: can('write', 'jurisdiction') }, schema: { summary: 'Create or rename a jurisdiction', tags: ['organisation'], params: Type.Object({ id: Jurisdiction.properties.id }), body: Type.Omit(Jurisdiction, ['id']) } },
    async (request) => {
      const { name, kind, parentId } = request.body;
      await db.query(
        `INSERT INTO jurisdictions (id, name, kind, parent_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, parent_id = EXCLUDED.parent_id`,
        [request.params.id, name, kind, parentId ?? null],
      );
      await acc.audit.append({ ...actorOf(request.principal), action: 'jurisdiction.put', subjectType: 'jurisdiction', subjectId: request.params.id, detail: { name, kind }, ip: request.ip });
      return { id: request.params.id };
    },
  );

  app.get('/units', { config: { access: can('read', 'unit') }, schema: { summary: 'Units (parties)', tags: ['organisation'], response: { 200: Type.Object({ units: Type.Array(Unit) }) } } }, async () => ({
    units: (await db.query<{ id: string; name: string; kind: Static<typeof Unit>['kind']; jurisdiction_id: string | null }>('SELECT id, name, kind, jurisdiction_id FROM units ORDER BY id')).rows.map((u) => ({ id: u.id, name: u.name, kind: u.kind, jurisdictionId: u.jurisdiction_id })),
  }));

  app.put(
    '/units/:id',
    { config: { access: can('write', 'unit') }, schema: { summary: 'Create or rename a unit', tags: ['organisation'], params: Type.Object({ id: Unit.properties.id }), body: Type.Omit(Unit, ['id']) } },
    async (request) => {
      const { name, kind, jurisdictionId } = request.body;
      await db.query(
        `INSERT INTO units (id, name, kind, jurisdiction_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, jurisdiction_id = EXCLUDED.jurisdiction_id`,
        [request.params.id, name, kind, jurisdictionId ?? null],
      );
      await acc.audit.append({ ...actorOf(request.principal), action: 'unit.put', subjectType: 'unit', subjectId: request.params.id, detail: { name, kind }, ip: request.ip });
      return { id: request.params.id };
    },
  );
};
