/** Schemas of the alarms home: the single source for validation, types and the OpenAPI document. */
import { Type } from 'typebox';
import { MAX_QUERY_INTEGER } from '../../kernel/schemas.js';
import { PARTY_ROLES } from '../organisation/parties-store.js';
import { DISPOSITIONS } from './lifecycle.js';
import { CONDITIONS } from './maintenance/conditions.js';
import { SEVERITIES } from './settings.js';
import { ALARM_STATES } from './store/alarms.js';

const Time = Type.String({ format: 'date-time' });
const TimeOrNull = Type.Union([Time, Type.Null()]);
const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength });
export const PartyRole = Type.Enum([...PARTY_ROLES]);
export const Severity = Type.Enum([...SEVERITIES]);
const UnitId = Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,63}$' });
const JurisdictionId = Type.String({ pattern: '^[a-z0-9][a-z0-9-]{1,63}$' });

export const AlarmIdParams = Type.Object({ id: Type.String({ pattern: '^al-[a-z0-9]{10}$' }) });

const Command = Type.Object({
  id: Type.Integer(),
  command: Type.Unknown({ description: "the Downlink command, as firmware-protocol's DownlinkCommand" }),
  purpose: Type.String(),
  status: Type.Enum(['queued', 'sent', 'acknowledged', 'rejected', 'failed', 'unsupported', 'expired']),
  createdAt: Time,
  expiresAt: Time,
  sentAt: TimeOrNull,
  sends: Type.Integer(),
  acknowledgedAt: TimeOrNull,
  detail: Type.Union([Type.String(), Type.Null()]),
});

const Camera = Type.Object({
  kind: Type.Enum(['rtsp', 'hls', 'webrtc', 'gb28181']),
  url: Type.Union([Type.String(), Type.Null()]),
  channelId: Type.Union([Type.String(), Type.Null()]),
  name: Type.String(),
  coordinate: Type.Union([Type.String({ description: "the camera's alarm coordinate" }), Type.Null()]),
});

const Party = Type.Object({
  role: PartyRole,
  unitId: Type.String(),
  unitName: Type.String(),
  notifiedAt: Time,
  mustAcknowledge: Type.Boolean(),
  acknowledgedAt: TimeOrNull,
  acknowledgedBy: Type.Union([Type.String(), Type.Null()]),
  dispatchedAt: TimeOrNull,
  arrivedAt: TimeOrNull,
  level: Type.Enum(['normal', 'yellow', 'red'], { description: 'supervision: normal, yellow card, red card' }),
  reminders: Type.Integer(),
  lastRemindedAt: TimeOrNull,
  due: Type.Object({ remind: TimeOrNull, acknowledge: TimeOrNull, dispatch: TimeOrNull, arrive: TimeOrNull }, { description: 'the next reminder and each pending limit' }),
  cards: Type.Array(Type.Object({ level: Type.Enum(['yellow', 'red']), obligation: Type.String(), at: Time, points: Type.Integer() })),
});

export const Alarm = Type.Object(
  {
    id: Type.String(),
    state: Type.Enum([...ALARM_STATES]),
    genuine: Type.Union([Type.Boolean(), Type.Null()]),
    severity: Type.Union([Severity, Type.Null()]),
    presses: Type.Integer(),
    raisedAt: Time,
    receivedAt: TimeOrNull,
    callAnsweredAt: TimeOrNull,
    verifiedAt: TimeOrNull,
    dispatchedAt: TimeOrNull,
    onSceneAt: TimeOrNull,
    closedAt: TimeOrNull,
    disposition: Type.Union([Type.String(), Type.Null()]),
    callOpen: Type.Boolean({ description: "the pillar's two-way voice is open" }),
    jurisdictions: Type.Array(Type.String()),
    pillar: Type.Object({
      id: Type.String(),
      name: Type.String(),
      lat: Type.Union([Type.Number(), Type.Null()]),
      lon: Type.Union([Type.Number(), Type.Null()]),
      presence: Type.String(),
      coordinate: Type.Union([Type.String(), Type.Null()]),
      camera: Type.Union([Camera, Type.Null()]),
    }),
    help: Type.Union([Command, Type.Null()], { description: 'the "help is on its way" downlink to the pillar, and whether the pillar acknowledged it' }),
    parties: Type.Array(Party, { description: 'the five-party board' }),
  },
  { $id: 'Alarm' },
);

export const TimelineEntry = Type.Object({
  id: Type.Integer(),
  at: Time,
  step: Type.String(),
  actor: Type.Union([Type.Object({ id: Type.Union([Type.String(), Type.Null()]), role: Type.Union([Type.String(), Type.Null()]), name: Type.Union([Type.String(), Type.Null()]) }), Type.Null()]),
  party: Type.Union([Type.String(), Type.Null()]),
  unitId: Type.Union([Type.String(), Type.Null()]),
  detail: Type.Record(Type.String(), Type.Unknown()),
});

export const AlarmListQuery = Type.Object({
  state: Type.Optional(Type.Enum(['open', 'closed', 'all'], { default: 'open' })),
  pillar: Type.Optional(Type.String({ pattern: '^[a-z0-9][a-z0-9-]{2,63}$' })),
  before: Type.Optional(Type.String({ pattern: '^al-[a-z0-9]{10}$', description: 'alarms raised before this one (paging)' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
});

const Note = Type.Optional(Text(1000));
export const EmptyBody = Type.Object({}, { additionalProperties: false });
export const VerifyBody = Type.Object({ genuine: Type.Boolean(), severity: Type.Optional(Severity), note: Note }, { additionalProperties: false });
export const DispatchBody = Type.Object(
  { unitId: Type.Optional(UnitId), responder: Type.Optional(Text(200)), note: Note },
  { additionalProperties: false, description: 'the unit dispatched (a linked party meets its dispatch limit; absent: your unit), or a responder by name' },
);
export const OnSceneBody = Type.Object({ unitId: Type.Optional(UnitId), note: Note }, { additionalProperties: false });
export const CloseBody = Type.Object({ disposition: Type.Enum([...DISPOSITIONS]), note: Note }, { additionalProperties: false });
export const AcknowledgeBody = Type.Object({ note: Note }, { additionalProperties: false });

// --- plans ------------------------------------------------------------------

const Seconds = Type.Integer({ minimum: 1, maximum: 86_400 });
const SecondsOrNull = Type.Optional(Type.Union([Type.Null(), Seconds]));
export const PlanPartyInput = Type.Object(
  {
    role: PartyRole,
    when: Type.Enum(['press', 'verified'], { description: 'told on the press, or once the alarm is verified genuine' }),
    mustAcknowledge: Type.Optional(Type.Boolean({ default: true })),
    acknowledgeWithinS: SecondsOrNull,
    dispatchWithinS: SecondsOrNull,
    arriveWithinS: SecondsOrNull,
    remindEveryS: SecondsOrNull,
    redAfterS: Type.Optional(Type.Union([Type.Null(), Seconds], { description: 'a yellow card turns red this long after (absent: as long as the limit that gave it)' })),
  },
  { additionalProperties: false },
);
const PlanParty = Type.Object({
  role: PartyRole,
  when: Type.Enum(['press', 'verified']),
  mustAcknowledge: Type.Boolean(),
  acknowledgeWithinS: Type.Union([Type.Integer(), Type.Null()]),
  dispatchWithinS: Type.Union([Type.Integer(), Type.Null()]),
  arriveWithinS: Type.Union([Type.Integer(), Type.Null()]),
  remindEveryS: Type.Union([Type.Integer(), Type.Null()]),
  redAfterS: Type.Union([Type.Integer(), Type.Null()]),
});
export const Plan = Type.Object({
  jurisdictionId: Type.Union([Type.String(), Type.Null()], { description: 'null: the default plan, where no jurisdiction has one' }),
  severity: Severity,
  parties: Type.Array(PlanParty),
  supervisor: PartyRole,
  updatedAt: TimeOrNull,
  updatedBy: Type.Union([Type.String(), Type.Null()]),
});
export const PlanParams = Type.Object({ jurisdictionId: JurisdictionId, severity: Severity });
export const PlanBody = Type.Object(
  { parties: Type.Array(PlanPartyInput, { minItems: 1, maxItems: 5 }), supervisor: Type.Optional(PartyRole) },
  { additionalProperties: false, description: 'the supervisor is told of every card (absent: the police sub-bureau command centre)' },
);

// --- maintenance -----------------------------------------------------------

export const MaintenanceAlert = Type.Object({
  id: Type.Integer(),
  deviceId: Type.String(),
  condition: Type.Enum([...CONDITIONS]),
  jurisdictions: Type.Array(Type.String()),
  beganAt: Time,
  raisedAt: Time,
  endedAt: TimeOrNull,
  clearedAt: TimeOrNull,
  acknowledgedAt: TimeOrNull,
  acknowledgedBy: Type.Union([Type.String(), Type.Null()]),
});
export const AlertListQuery = Type.Object({
  open: Type.Optional(Type.Boolean({ description: 'true: not cleared; false: cleared; absent: both' })),
  device: Type.Optional(Type.String({ pattern: '^[a-z0-9][a-z0-9-]{2,63}$' })),
  before: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_QUERY_INTEGER })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
});

// --- coordinates, cameras --------------------------------------------------

export const CoordinateParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 20, description: 'as printed (K7M-4RW) or typed (k7m4rw)' }) });
export const Lookup = Type.Object({
  code: Type.String(),
  target: Type.Enum(['pillar', 'camera']),
  device: Type.Object({
    id: Type.String(),
    kind: Type.String(),
    name: Type.String(),
    lat: Type.Union([Type.Number(), Type.Null()]),
    lon: Type.Union([Type.Number(), Type.Null()]),
    presence: Type.String(),
  }),
  jurisdictions: Type.Array(Type.Object({ id: Type.String(), name: Type.String() }), { description: 'deepest first' }),
  parties: Type.Array(Type.Object({ role: PartyRole, unitId: Type.String(), unitName: Type.String() })),
  camera: Type.Union([Camera, Type.Null()]),
});
export const QrQuery = Type.Object({ format: Type.Optional(Type.Enum(['svg', 'png'], { default: 'svg' })) });
export const LabelsQuery = Type.Object({
  jurisdiction: Type.Optional(JurisdictionId),
  device: Type.Optional(Type.Array(Type.String({ pattern: '^[a-z0-9][a-z0-9-]{2,63}$' }), { maxItems: 500 })),
});
export const CameraBody = Type.Object(
  {
    kind: Type.Enum(['rtsp', 'hls', 'webrtc', 'gb28181']),
    url: Type.Optional(Type.String({ minLength: 8, maxLength: 2000, description: 'the stream: rtsp://…, an HLS playlist https://….m3u8, a WebRTC (WHEP) endpoint' })),
    channelId: Type.Optional(Type.String({ pattern: '^[0-9]{20}$', description: 'GB/T 28181: the camera’s 20-digit channel id' })),
    name: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);
export const PillarParams = Type.Object({ id: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{2,63}$' }) });
export { Camera };

// --- the report ------------------------------------------------------------

export const ReportQuery = Type.Object({
  period: Type.Enum(['month', 'year']),
  at: Type.String({ pattern: '^[0-9]{4}(-[0-9]{2})?$', description: 'the month (2026-05) or year (2026), in the platform’s time zone' }),
  unit: Type.Optional(UnitId),
});
const Step = Type.Object({ count: Type.Integer(), medianS: Type.Union([Type.Number(), Type.Null()]), p90S: Type.Union([Type.Number(), Type.Null()]) });
const Steps = ['acknowledge', 'dispatch', 'arrive', 'received', 'callAnswered', 'verified', 'dispatched', 'onScene', 'closed'] as const;
export const Report = Type.Object({
  period: Type.Object({ kind: Type.Enum(['month', 'year']), at: Type.String(), from: Time, to: Time, timeZone: Type.String() }),
  targets: Type.Object({ answerS: Type.Integer(), processS: Type.Integer() }),
  units: Type.Array(
    Type.Object({
      unit: Type.Object({ id: Type.String(), name: Type.String(), kind: Type.String(), jurisdictionId: Type.Union([Type.String(), Type.Null()]) }),
      alarmsHandled: Type.Integer(),
      acknowledgements: Type.Object({ required: Type.Integer(), acknowledged: Type.Integer(), withinTarget: Type.Integer() }),
      answeredWithinTarget: Type.Union([Type.Number(), Type.Null()]),
      processedWithinTarget: Type.Union([Type.Number(), Type.Null()]),
      steps: Type.Object(Object.fromEntries(Steps.map((s) => [s, Step]))),
      cards: Type.Object({ yellow: Type.Integer(), red: Type.Integer() }),
      pointsDeducted: Type.Integer(),
      points: Type.Integer(),
    }),
  ),
});
