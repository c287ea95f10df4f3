/** Schemas of the audit trail: entries, their search, the chain's check and its checkpoints. */
import { Type } from 'typebox';
import { MAX_QUERY_INTEGER } from '../../kernel/schemas.js';

export const AuditEntry = Type.Object({
  seq: Type.Integer(),
  at: Type.String({ format: 'date-time' }),
  actorId: Type.Union([Type.String(), Type.Null()]),
  actorRole: Type.Union([Type.String(), Type.Null()]),
  actorName: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  subjectType: Type.Union([Type.String(), Type.Null()]),
  subjectId: Type.Union([Type.String(), Type.Null()]),
  reason: Type.Union([Type.String(), Type.Null()]),
  detail: Type.Record(Type.String(), Type.Unknown()),
  ip: Type.Union([Type.String(), Type.Null()]),
  hash: Type.String(),
});

export const AuditQuery = Type.Object({
  actorId: Type.Optional(Type.String()),
  action: Type.Optional(Type.String({ maxLength: 64, pattern: '^[a-z.-]*$', description: "entries whose action starts with this: 'auth.login' also finds 'auth.login.failed'" })),
  subjectType: Type.Optional(Type.String()),
  subjectId: Type.Optional(Type.String()),
  from: Type.Optional(Type.String({ format: 'date-time' })),
  to: Type.Optional(Type.String({ format: 'date-time' })),
  before: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_QUERY_INTEGER, description: 'entries before this seq (paging)' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
});

export const AuditProblem = Type.Object({ seq: Type.Integer(), code: Type.String(), message: Type.String() });

export const AuditVerification = Type.Object({
  intact: Type.Boolean(),
  checked: Type.Integer(),
  lastSeq: Type.Integer(),
  lastHash: Type.Union([Type.String(), Type.Null()]),
  unkeyed: Type.Integer({ description: 'entries from before the chain was keyed' }),
  keyId: Type.Union([Type.String(), Type.Null()]),
  problems: Type.Array(AuditProblem, { description: 'every entry that does not hold (the first 1000; problemCount has them all)' }),
  problemCount: Type.Integer(),
  brokenAt: Type.Optional(Type.Integer({ description: 'the first problem’s entry' })),
  problem: Type.Optional(Type.String({ description: 'the first problem' })),
});

export const AuditCheckpoint = Type.Object({
  format: Type.Literal('watchpost-audit-checkpoint/1'),
  seq: Type.Integer(),
  hash: Type.String(),
  at: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  signedAt: Type.String({ format: 'date-time' }),
  keyId: Type.String(),
  signature: Type.String(),
});
