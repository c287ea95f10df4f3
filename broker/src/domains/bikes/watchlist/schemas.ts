/** Schemas of cases, the watchlist and hits: the single source for validation, types and the OpenAPI document. */
import { Type, type Static } from 'typebox';

const Time = Type.String({ format: 'date-time' });
const NullableTime = Type.Union([Time, Type.Null()]);
export const CaseIdParams = Type.Object({ id: Type.String({ pattern: '^c-[0-9a-f]{12}$' }) });
export const HitParams = Type.Object({ id: Type.String({ pattern: '^c-[0-9a-f]{12}$' }), hitId: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }) });
export const AlertLevel = Type.Enum(['normal', 'high', 'urgent'], { description: 'how urgently police act on a hit' });
export const CaseStatus = Type.Enum(['reported', 'sighted', 'recovered', 'closed']);

export const Station = Type.Object({ id: Type.String(), name: Type.String(), lat: Type.Union([Type.Number(), Type.Null()]), lon: Type.Union([Type.Number(), Type.Null()]) });

export const Watch = Type.Object({ tagId: Type.Integer(), level: AlertLevel, addedAt: Time, expiresAt: Time, active: Type.Boolean() });

export const CaseBike = Type.Object({ id: Type.String(), plate: Type.String(), brand: Type.String(), model: Type.String(), colour: Type.String(), hasPhoto: Type.Boolean() });

export const Case = Type.Object(
  {
    id: Type.String(),
    number: Type.Integer(),
    status: CaseStatus,
    bike: CaseBike,
    ownerId: Type.String(),
    jurisdictions: Type.Array(Type.String(), { description: 'where the bike was last seen (and the areas above): police there reach the case' }),
    lastSeenAt: Time,
    lastSeenPlace: Type.String(),
    lastSeenLat: Type.Union([Type.Number(), Type.Null()]),
    lastSeenLon: Type.Union([Type.Number(), Type.Null()]),
    description: Type.String(),
    officerId: Type.Union([Type.String(), Type.Null()], { description: 'the officer in charge: hits are texted to them' }),
    reportedAt: Time,
    reportedBy: Type.Union([Type.String(), Type.Null()]),
    fromAlertId: Type.Union([Type.Integer(), Type.Null()]),
    closedAt: NullableTime,
    watch: Type.Union([Watch, Type.Null()]),
    hits: Type.Object({ unconfirmed: Type.Integer(), confirmed: Type.Integer(), false: Type.Integer() }),
  },
  { $id: 'Case' },
);
export type CaseJson = Static<typeof Case>;

export const CaseEvent = Type.Object({
  id: Type.Integer(),
  at: Time,
  kind: Type.String({ description: 'reported, sighted, hit.confirmed, hit.false, watch.changed, watch.expired, officer, note, recovered, closed' }),
  actorId: Type.Union([Type.String(), Type.Null()]),
  actorRole: Type.Union([Type.String(), Type.Null()]),
  actorName: Type.Union([Type.String(), Type.Null()]),
  detail: Type.Record(Type.String(), Type.Unknown()),
});

export const CaseDetail = Type.Object({
  case: Case,
  owner: Type.Object({ id: Type.String(), displayName: Type.String(), phone: Type.Union([Type.String(), Type.Null()]) }),
  timeline: Type.Array(CaseEvent),
});

export const NextStation = Type.Object({ stationId: Type.String(), probability: Type.Number(), arrivalWindowS: Type.Array(Type.Number(), { minItems: 2, maxItems: 2 }) });

export const Hit = Type.Object({
  id: Type.Integer(),
  tagId: Type.Integer(),
  station: Station,
  seq: Type.Integer(),
  heardAt: Time,
  lastHeardAt: Time,
  rssiDbm: Type.Integer(),
  historical: Type.Boolean({ description: 'raised by the report looking back, not live' }),
  raisedAt: Time,
  status: Type.Enum(['unconfirmed', 'confirmed', 'false']),
  reviewedAt: NullableTime,
  reviewedBy: Type.Union([Type.String(), Type.Null()]),
  reviewNote: Type.Union([Type.String(), Type.Null()]),
  next: Type.Array(NextStation, { description: 'the next stations predicted when the hit was raised' }),
});

export const ReportBody = Type.Object(
  {
    bikeId: Type.String({ pattern: '^b-[0-9a-f]{12}$' }),
    lastSeenAt: Type.String({ format: 'date-time', description: 'when the owner last saw the bike: sightings since are raised as historical hits at once' }),
    lastSeenPlace: Type.Optional(Type.String({ maxLength: 200 })),
    lastSeenLat: Type.Optional(Type.Number({ minimum: -90, maximum: 90 })),
    lastSeenLon: Type.Optional(Type.Number({ minimum: -180, maximum: 180 })),
    description: Type.Optional(Type.String({ maxLength: 2000 })),
    alertLevel: Type.Optional(AlertLevel),
    watchDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 365, description: 'days on the watchlist (default: the platform’s)' })),
  },
  { additionalProperties: false },
);

/** From a guard alert: the bike was last seen when it was armed, where it stood. */
export const AlertReportBody = Type.Object(
  { description: Type.Optional(Type.String({ maxLength: 2000 })), lastSeenPlace: Type.Optional(Type.String({ maxLength: 200 })) },
  { additionalProperties: false },
);

export const CaseListQuery = Type.Object({
  status: Type.Optional(CaseStatus),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER })),
});

export const StatusBody = Type.Object({ status: Type.Enum(['recovered', 'closed']), note: Type.Optional(Type.String({ maxLength: 2000 })) }, { additionalProperties: false });
export const NoteBody = Type.Object({ text: Type.String({ minLength: 1, maxLength: 2000 }) }, { additionalProperties: false });
export const ReviewBody = Type.Object({ verdict: Type.Enum(['confirmed', 'false']), note: Type.Optional(Type.String({ maxLength: 2000 })) }, { additionalProperties: false });
export const WatchBody = Type.Object(
  { level: Type.Optional(AlertLevel), expiresAt: Type.Optional(Type.String({ format: 'date-time', description: 'a later expiry extends the watch; an expired watch comes back' })) },
  { additionalProperties: false, minProperties: 1 },
);

export const CompanionQuery = Type.Object({
  windowS: Type.Optional(Type.Integer({ minimum: 5, maximum: 600, description: 'heard this close in time at the same station (default 60 s)' })),
  from: Type.Optional(Type.String({ format: 'date-time', description: 'default: when the bike was last seen by its owner' })),
  to: Type.Optional(Type.String({ format: 'date-time', description: 'default: now' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
});

export const Companions = Type.Object({
  caseId: Type.String(),
  from: Time,
  to: Time,
  windowS: Type.Integer(),
  visits: Type.Integer({ description: "the stolen bike's visits (a station, a minute) examined" }),
  companions: Type.Array(
    Type.Object({
      tagId: Type.Integer(),
      stations: Type.Integer({ description: 'distinct stations it was heard at with the bike' }),
      together: Type.Integer({ description: "the bike's visits it was heard around" }),
      firstHeardAt: Time,
      lastHeardAt: Time,
      bikeId: Type.Union([Type.String(), Type.Null()]),
      plate: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
});

export const HitStats = Type.Object({
  unconfirmed: Type.Integer(),
  confirmed: Type.Integer(),
  false: Type.Integer(),
  falseShare: Type.Union([Type.Number(), Type.Null()], { description: 'false ÷ (confirmed + false): the share of reviewed hits that were wrong; null before any review' }),
});

export const WatchlistEntry = Type.Object({
  tagId: Type.Integer(),
  level: AlertLevel,
  expiresAt: Time,
  caseId: Type.String(),
  caseNumber: Type.Integer(),
  status: CaseStatus,
  bike: CaseBike,
  lastHitAt: NullableTime,
});
