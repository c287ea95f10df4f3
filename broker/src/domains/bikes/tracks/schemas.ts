/** Track and station-activity schemas: the single source for validation, types and the OpenAPI document. */
import { Type, type Static } from 'typebox';
import { Reason } from '../../access/schemas/people.js';

const Instant = (description: string) => Type.String({ format: 'date-time', description });
const NullableNumber = Type.Union([Type.Number(), Type.Null()]);

export const TrackParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$', description: 'the bike' }) });

export const TrackQuerystring = Type.Object(
  {
    from: Type.Optional(Instant('start of the range (received time); default: 24 hours before `to`')),
    to: Type.Optional(Instant('end of the range, exclusive; default: now')),
    resolution: Type.Optional(
      Type.Enum(['auto', 'positions', 'buckets'], {
        default: 'auto',
        description: 'positions: every position (ranges up to 7 days); buckets: folded into time buckets; auto: positions up to 24 hours',
      }),
    ),
    stopAfterMin: Type.Optional(Type.Integer({ minimum: 1, maximum: 1440, default: 5, description: 'not heard, or heard at one station, for longer than this is a stop (minutes)' })),
    maxBuckets: Type.Optional(Type.Integer({ minimum: 10, maximum: 5000, default: 1000, description: 'the bucket width is the narrowest of 1 min … 1 day that gives at most this many' })),
    reason: Type.Optional(Reason),
  },
  { additionalProperties: false },
);
export type TrackQuerystringJson = Static<typeof TrackQuerystring>;

const Place = { station: Type.String(), lat: NullableNumber, lon: NullableNumber };

export const TrackPosition = Type.Object({ ...Place, first: Instant('first heard there'), last: Instant('last heard there'), rssiDbm: Type.Integer() });

export const TrackBucket = Type.Object({
  start: Instant('the bucket’s start'),
  first: Instant('first heard in the bucket'),
  last: Instant('last heard in the bucket'),
  ...Place,
  stations: Type.Array(Type.String(), { description: 'stations passed in the bucket, in order, each once; `station` (with its place) is the last' }),
  positions: Type.Integer(),
});

export const TrackTrip = Type.Object({
  start: Instant('leaving'),
  end: Instant('arriving'),
  fromStation: Type.String(),
  toStation: Type.String(),
  positions: Type.Integer(),
  stations: Type.Integer({ description: 'different stations passed' }),
  distanceM: Type.Integer({ description: 'along the stations passed (straight lines between them: at least this far by road)' }),
  durationS: Type.Integer(),
  avgSpeedKmh: NullableNumber,
});

export const TrackStop = Type.Object({
  kind: Type.Enum(['dwell', 'unheard'], { description: 'dwell: heard at the station all along; unheard: heard nowhere, after passing the station' }),
  ...Place,
  from: Instant('stopped'),
  to: Instant('moving again (or the end of the range)'),
  durationS: Type.Integer(),
  nextStation: Type.Union([Type.String(), Type.Null()]),
});

export const TrackBody = Type.Object({
  from: Instant('the range answered (bucket mode: widened to whole minutes)'),
  to: Instant('end of the range answered, exclusive'),
  resolution: Type.Enum(['positions', 'buckets']),
  source: Type.Enum(['raw', 'continuous-aggregate'], { description: 'raw sightings, or the per-minute continuous aggregate (TimescaleDB)' }),
  bucketS: Type.Union([Type.Integer(), Type.Null()]),
  positions: Type.Optional(Type.Array(TrackPosition)),
  buckets: Type.Optional(Type.Array(TrackBucket)),
  trips: Type.Array(TrackTrip),
  stops: Type.Array(TrackStop),
  totals: Type.Object({ positions: Type.Integer(), trips: Type.Integer(), distanceM: Type.Integer(), movingS: Type.Integer() }),
});
export type TrackJson = Static<typeof TrackBody>;

export const StationParams = Type.Object({ id: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{2,63}$', description: 'the base station' }) });

export const ActivityQuerystring = Type.Object(
  {
    from: Type.Optional(Instant('start (rounded down to the minute)')),
    to: Type.Optional(Instant('end, exclusive (rounded up to the minute); default: now')),
  },
  { additionalProperties: false },
);

export const StationMinutesBody = Type.Object({
  stationId: Type.String(),
  from: Instant('first minute'),
  to: Instant('end of the last minute'),
  minutes: Type.Array(
    Type.Object({ at: Instant('the minute'), tags: Type.Integer({ description: 'different tags heard in it' }), sightings: Type.Integer({ description: 'batch windows that reported a tag' }) }),
    { description: 'minutes in which the station heard any tag' },
  ),
});

export const ActivitySummaryBody = Type.Object({
  from: Instant('first minute'),
  to: Instant('end of the last minute'),
  stations: Type.Array(
    Type.Object({
      stationId: Type.String(),
      name: Type.String(),
      lat: NullableNumber,
      lon: NullableNumber,
      minutes: Type.Integer({ description: 'minutes in which it heard any tag' }),
      peakTags: Type.Integer({ description: 'the most tags heard in one minute' }),
      avgTags: Type.Number({ description: 'tags per minute, over the minutes it heard any' }),
      sightings: Type.Integer(),
    }),
    { description: 'the stations in your jurisdictions that heard tags in the range' },
  ),
});
