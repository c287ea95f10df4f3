/**
 * The audit trail for administrators: search it (the search is itself
 * audited), check its whole chain, and sign a checkpoint of its head.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { actorOf, can } from '../access/policy/index.js';
import type { AuditLog, AuditRow } from './audit-log.js';
import { signCheckpoint } from './checkpoint.js';
import { AuditCheckpoint, AuditEntry, AuditQuery, AuditVerification } from './schemas.js';

const auditJson = (r: AuditRow) => ({
  seq: r.seq,
  at: r.at.toISOString(),
  actorId: r.actorId,
  actorRole: r.actorRole,
  actorName: r.actorName,
  action: r.action,
  subjectType: r.subjectType,
  subjectId: r.subjectId,
  reason: r.reason,
  detail: r.detail,
  ip: r.ip,
  hash: r.hash.toString('hex'),
});

export const auditRoutes: FastifyPluginAsyncTypebox<{ audit: AuditLog }> = async (app, { audit }) => {
  app.get(
    '/audit',
    {
      config: { access: can('read', 'audit') },
      schema: { summary: 'Search the audit trail, newest first', tags: ['admin'], querystring: AuditQuery, response: { 200: Type.Object({ entries: Type.Array(AuditEntry) }) } },
    },
    async (request) => {
      const q = request.query;
      const entries = await audit.search({ ...q, from: q.from ? new Date(q.from) : undefined, to: q.to ? new Date(q.to) : undefined, beforeSeq: q.before, limit: q.limit ?? 100 });
      // Recorded before the entries leave: who searched the trail is itself on it.
      await audit.record({ ...actorOf(request.principal, request.ip), action: 'audit.search', detail: { filter: JSON.stringify(q) } });
      return { entries: entries.map(auditJson) };
    },
  );

  app.get(
    '/audit/verify',
    {
      config: { access: can('read', 'audit') },
      schema: { summary: 'Check the whole hash chain of the audit trail: every entry that does not hold', tags: ['admin'], response: { 200: AuditVerification } },
    },
    async () => audit.verify(),
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
      const checkpoint = signCheckpoint(audit.key!, await audit.head());
      // A log line too, for whoever ships the logs elsewhere (syslog).
      request.log.info({ checkpoint }, 'audit checkpoint');
      return checkpoint;
    },
  );
};
