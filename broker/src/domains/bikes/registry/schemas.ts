/** Schemas of the register and the guard: the single source for validation, types and the OpenAPI document. */
import { Type, type Static } from 'typebox';
import { Reason } from '../../access/schemas/people.js';
import { MAX_TAG_ID } from './validate.js';

const Time = Type.String({ format: 'date-time' });
export const TagId = Type.Integer({ minimum: 0, maximum: MAX_TAG_ID, description: "the tag's 32-bit chip id, as base stations report it" });
export const BikeIdParams = Type.Object({ id: Type.String({ pattern: '^b-[0-9a-f]{12}$' }) });

/** Why a read is made, by police: the case it serves, or a reason (audited). */
export const PurposeQuery = Type.Object({
  caseId: Type.Optional(Type.String({ pattern: '^c-[0-9a-f]{12}$', description: 'a case of this bike in your jurisdictions' })),
  reason: Type.Optional(Reason),
});

export const Bike = Type.Object(
  {
    id: Type.String(),
    plate: Type.String({ description: '号牌' }),
    brand: Type.String(),
    model: Type.String(),
    colour: Type.String(),
    frameNumber: Type.String({ description: '车架号' }),
    motorNumber: Type.String({ description: '电机号' }),
    tagId: Type.Union([TagId, Type.Null()]),
    fobTagId: Type.Union([TagId, Type.Null()], { description: "the owner's key fob, if bound" }),
    hasPhoto: Type.Boolean(),
    registeredAt: Time,
    updatedAt: Time,
    owner: Type.Object({ id: Type.String(), displayName: Type.String(), phone: Type.Union([Type.String(), Type.Null()]), masked: Type.Boolean() }),
    case: Type.Union([Type.Object({ id: Type.String(), status: Type.String() }), Type.Null()], { description: 'the case open on it (reported stolen)' }),
  },
  { $id: 'Bike' },
);
export type BikeJson = Static<typeof Bike>;

const Text50 = Type.String({ maxLength: 50 });
const Identifier = Type.String({ minLength: 1, maxLength: 40 });

export const RegisterBikeBody = Type.Object(
  {
    ownerId: Type.String({ pattern: '^u-[0-9a-f]{12}$', description: 'the owner (POST /owners registers one)' }),
    plate: Identifier,
    brand: Type.Optional(Text50),
    model: Type.Optional(Text50),
    colour: Type.Optional(Text50),
    frameNumber: Identifier,
    motorNumber: Type.Optional(Type.String({ maxLength: 40 })),
    tagId: TagId,
    fobTagId: Type.Optional(TagId),
  },
  { additionalProperties: false },
);

/** Owners change what describes their bike; registration points also what identifies it. Tags: PUT …/tags/{role}. */
export const UpdateBikeBody = Type.Object(
  {
    plate: Type.Optional(Identifier),
    brand: Type.Optional(Text50),
    model: Type.Optional(Text50),
    colour: Type.Optional(Text50),
    frameNumber: Type.Optional(Identifier),
    motorNumber: Type.Optional(Type.String({ maxLength: 40 })),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const TagRoleParams = Type.Object({ id: Type.String({ pattern: '^b-[0-9a-f]{12}$' }), role: Type.Enum(['bike', 'fob']) });
export const RebindBody = Type.Object(
  {
    tagId: Type.Union([Type.Null(), TagId], { description: 'the new chip; null unbinds a fob (a bike keeps a plate tag); null first, so it is not coerced to 0' }),
    reason: Type.String({ minLength: 4, maxLength: 500 }),
  },
  { additionalProperties: false },
);

export const TagPeriod = Type.Object({
  role: Type.Enum(['bike', 'fob']),
  tagId: TagId,
  boundAt: Time,
  boundBy: Type.Union([Type.String(), Type.Null()]),
  unboundAt: Type.Union([Time, Type.Null()]),
  unboundBy: Type.Union([Type.String(), Type.Null()]),
  reason: Type.Union([Type.String(), Type.Null()]),
});

export const LookupBody = Type.Object(
  { plate: Type.Optional(Identifier), frameNumber: Type.Optional(Identifier), tagId: Type.Optional(TagId), reason: Reason },
  { additionalProperties: false, minProperties: 2 },
);

export const Position = Type.Object({
  station: Type.Object({ id: Type.String(), name: Type.String(), lat: Type.Union([Type.Number(), Type.Null()]), lon: Type.Union([Type.Number(), Type.Null()]) }),
  firstHeardAt: Time,
  lastHeardAt: Time,
  rssiDbm: Type.Integer(),
  direction: Type.Object({
    fromStationId: Type.Union([Type.String(), Type.Null()], { description: 'the station it came from, on this trip' }),
    bearingDeg: Type.Union([Type.Number(), Type.Null()], { description: 'from there to here, degrees from north' }),
    headingStationId: Type.Union([Type.String(), Type.Null()], { description: 'the station it most likely reaches next' }),
    headingProbability: Type.Union([Type.Number(), Type.Null()]),
  }),
});

export const GuardBody = Type.Object(
  { armed: Type.Optional(Type.Boolean()), fobPairing: Type.Optional(Type.Boolean({ description: 'alert when the bike passes a station without its key fob, armed or not' })) },
  { additionalProperties: false, minProperties: 1 },
);

export const Guard = Type.Object({
  armed: Type.Boolean(),
  armedAt: Type.Union([Time, Type.Null()]),
  armedStation: Type.Union([Type.Object({ id: Type.String(), name: Type.String() }), Type.Null()], { description: 'where it stood when armed; moving away alerts' }),
  fobPairing: Type.Boolean(),
  hasFob: Type.Boolean(),
});

export const GuardAlert = Type.Object({
  id: Type.Integer(),
  reason: Type.Enum(['moved', 'no_fob']),
  station: Type.Object({ id: Type.String(), name: Type.String(), lat: Type.Union([Type.Number(), Type.Null()]), lon: Type.Union([Type.Number(), Type.Null()]) }),
  heardAt: Time,
  lastHeardAt: Time,
  armedAt: Type.Union([Time, Type.Null()]),
  raisedAt: Time,
  caseId: Type.Union([Type.String(), Type.Null()], { description: 'the theft report opened from it' }),
});

export const AlertParams = Type.Object({ id: Type.String({ pattern: '^b-[0-9a-f]{12}$' }), alertId: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }) });

export const ImportQuery = Type.Object({ dryRun: Type.Optional(Type.Boolean({ description: 'check every row, store nothing' })) });

export const ImportRow = Type.Object({
  row: Type.Integer({ description: 'the line of the file (the header is line 1)' }),
  plate: Type.String(),
  bikeId: Type.Union([Type.String(), Type.Null()]),
  ownerId: Type.Union([Type.String(), Type.Null()]),
  owner: Type.Enum(['created', 'matched', 'none']),
  problems: Type.Array(Type.Object({ field: Type.String(), code: Type.String(), message: Type.String() })),
});

export const ImportReport = Type.Object({
  format: Type.Enum(['csv', 'xlsx']),
  rows: Type.Integer(),
  imported: Type.Integer(),
  refused: Type.Integer(),
  ownersCreated: Type.Integer(),
  ownersMatched: Type.Integer(),
  dryRun: Type.Boolean(),
  report: Type.Array(ImportRow),
});

export const CloneFlag = Type.Object({
  id: Type.Integer(),
  tagId: TagId,
  bikeId: Type.String(),
  a: Type.Object({ stationId: Type.String(), heardAt: Time }),
  b: Type.Object({ stationId: Type.String(), heardAt: Time }),
  distanceM: Type.Integer(),
  seconds: Type.Number(),
  jurisdictions: Type.Array(Type.String()),
  flaggedAt: Time,
});
