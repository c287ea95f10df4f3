import assert from 'node:assert/strict';
import { it } from 'node:test';
import { auditQuery, emptyAuditFilter } from './audit-query.js';

it('sends only the fields filled in, trimmed, and the page size', () => {
  assert.equal(auditQuery(emptyAuditFilter(), 'Asia/Shanghai').toString(), 'limit=50');
  assert.equal(auditQuery({ ...emptyAuditFilter(), action: ' auth.login ', subjectType: 'user', limit: 10 }, 'Asia/Shanghai').toString(), 'action=auth.login&subjectType=user&limit=10');
});

it('reads typed times in the platform’s zone, whatever the computer’s, and ignores what is not a time', () => {
  const q = auditQuery({ ...emptyAuditFilter(), from: '2026-03-01T08:30', to: 'not a time' }, 'Asia/Shanghai');
  assert.equal(q.get('from'), '2026-03-01T00:30:00.000Z');
  assert.equal(q.has('to'), false);
  assert.equal(auditQuery({ ...emptyAuditFilter(), to: '2026-03-01T08:30' }, 'UTC').get('to'), '2026-03-01T08:30:00.000Z');
  // Across a daylight-saving change: 8:30 in Berlin is 7:30 UTC in winter, 6:30 in summer.
  assert.equal(auditQuery({ ...emptyAuditFilter(), from: '2026-01-15T08:30' }, 'Europe/Berlin').get('from'), '2026-01-15T07:30:00.000Z');
  assert.equal(auditQuery({ ...emptyAuditFilter(), from: '2026-07-15T08:30' }, 'Europe/Berlin').get('from'), '2026-07-15T06:30:00.000Z');
});

it('pages back with before', () => {
  assert.equal(auditQuery(emptyAuditFilter(), 'Asia/Shanghai', 120).get('before'), '120');
});
