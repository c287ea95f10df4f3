/** Schemas of people, sessions, tokens and the audit trail. */
import { Type, type Static } from 'typebox';
import { ROLES } from '../../access/policy.js';
import { MAX_QUERY_INTEGER } from './common.js';

/** Mainland China mobile numbers: 11 digits starting with 1. */
export const PHONE_PATTERN = '^1[3-9][0-9]{9}$';

export const Role = Type.Enum([...ROLES]);
export const StaffRole = Type.Enum(ROLES.filter((r) => r !== 'owner'));

export const Me = Type.Object(
  {
    id: Type.String(),
    username: Type.Union([Type.String(), Type.Null()]),
    displayName: Type.String(),
    role: Role,
    unitId: Type.Union([Type.String(), Type.Null()]),
    jurisdictions: Type.Array(Type.String()),
    phone: Type.Union([Type.String(), Type.Null()]),
    isDemo: Type.Boolean(),
    landing: Type.String({ description: 'the dashboard view this role starts on' }),
  },
  { $id: 'Me' },
);
export type MeJson = Static<typeof Me>;

export const Staff = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  role: StaffRole,
  unitId: Type.Union([Type.String(), Type.Null()]),
  jurisdictions: Type.Array(Type.String()),
  phone: Type.Union([Type.String(), Type.Null()], { description: 'masked' }),
  isDemo: Type.Boolean(),
  disabled: Type.Boolean(),
  createdAt: Type.String({ format: 'date-time' }),
});
export type StaffJson = Static<typeof Staff>;

export const NewStaff = Type.Object(
  {
    username: Type.String({ pattern: '^[a-z0-9][a-z0-9._-]{2,31}$' }),
    displayName: Type.String({ minLength: 1, maxLength: 100 }),
    role: StaffRole,
    password: Type.String({ minLength: 10, maxLength: 256 }),
    unitId: Type.Optional(Type.String()),
    jurisdictions: Type.Optional(Type.Array(Type.String(), { maxItems: 50 })),
    phone: Type.Optional(Type.String({ pattern: PHONE_PATTERN })),
  },
  { additionalProperties: false },
);

export const StaffChange = Type.Object(
  {
    displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    password: Type.Optional(Type.String({ minLength: 10, maxLength: 256 })),
    disabled: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const Owner = Type.Object({
  id: Type.String(),
  displayName: Type.String(),
  phone: Type.String({ description: 'masked unless read for a stated reason, or by the owner' }),
  idNumber: Type.Union([Type.String(), Type.Null()], { description: 'masked unless read for a stated reason, or by the owner' }),
  createdAt: Type.String({ format: 'date-time' }),
  masked: Type.Boolean(),
});
export type OwnerJson = Static<typeof Owner>;

export const NewOwner = Type.Object(
  {
    displayName: Type.String({ minLength: 1, maxLength: 100 }),
    phone: Type.String({ pattern: PHONE_PATTERN }),
    idNumber: Type.Optional(Type.String({ pattern: '^[0-9]{17}[0-9X]$' })),
    invite: Type.Optional(Type.Boolean({ description: 'send the owner an SMS saying how to sign in' })),
  },
  { additionalProperties: false },
);

/** A read of someone's personal data says why; the reason goes to the audit trail. */
export const Reason = Type.String({ minLength: 8, maxLength: 500, description: 'why you need this person’s data (case number, registration point…): audited' });

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
