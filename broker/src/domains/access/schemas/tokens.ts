/** Schemas of API tokens. */
import { Type } from 'typebox';
import { ROLES, SCOPES, SERVICE_ROLES } from '../policy/index.js';

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
