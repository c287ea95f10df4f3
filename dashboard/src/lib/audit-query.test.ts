import assert from 'node:assert/strict';
import { it } from 'node:test';
import { auditQuery, emptyAuditFilter } from './audit-query.js';

it('sends only the fields filled in, trimmed, and the page size', () => {
  assert.equal(auditQuery(emptyAuditFilter()).toString(), 'limit=50');
  assert.equal(auditQuery({ ...emptyAuditFilter(), action: ' auth.login ', subjectType: 'user', limit: 10 }).toString(), 'action=auth.login&subjectType=user&limit=10');
});

it('turns local times into ISO instants and ignores what is not a time', () => {
  const local = '2026-03-01T08:30';
  const q = auditQuery({ ...emptyAuditFilter(), from: local, to: 'not a time' });
  assert.equal(q.get('from'), new Date(local).toISOString());
  assert.equal(q.has('to'), false);
});

it('pages back with before', () => {
  assert.equal(auditQuery(emptyAuditFilter(), 120).get('before'), '120');
});
