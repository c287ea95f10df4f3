/** Schemas of API tokens and of the audit chain's checks. */
import { Type } from 'typebox';
import { ROLES, SCOPES, SERVICE_ROLES } from '../../access/policy.js';

/**
 * A token is its creator's: there is no field naming another account. A
 * personal token acts for the creator; a service token is a service account
 * of its own (named after the token), with a role reaching no further than the creator's.
 */
export const NewToken = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    kind: Type.Optional(Type.Enum(['personal', 'service'], { description: 'personal (default): acts for you, and the audit trail names you, via this token; service: a service account of its own' })),
    role: Type.Optional(Type.Enum([...SERVICE_ROLES], { description: "a service token's role (yours when absent); it may reach no further than yours" })),
    scopes: Type.Array(Type.Enum([...SCOPES]), { minItems: 1, uniqueItems: true }),
    expiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650 })),
  },
  { additionalProperties: false },
);

export const ApiToken = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kind: Type.Enum(['personal', 'service']),
  /** The role it acts with: its creator's (personal), its own (service). */
  role: Type.Enum([...ROLES]),
  actorId: Type.String({ description: 'who the audit trail names when the token acts: its creator (personal) or its service account (svc-<id>)' }),
  createdBy: Type.String(),
  createdByName: Type.String(),
  scopes: Type.Array(Type.String()),
  createdAt: Type.String({ format: 'date-time' }),
  expiresAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  revokedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  lastUsedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
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
