// The track and activity routes over HTTP on a real platform. Station activity is mounted by the
// platform; the track route needs the bikes home's lookup, so here the real app is built over
// the platform's homes with a stand-in lookup (a table of two bikes) that applies the policy.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { Registry } from 'prom-client';
import { testLogger } from '@watchpost/ingest/test-support';
import { buildApp, HttpError } from '../../../http/app.js';
import { adminFetch, registerDevice, startTestPlatform, type TestPlatform } from '../../../test-support.js';
import { createApiToken } from '../../access/credentials-store.js';
import { insertUser } from '../../access/people-store.js';
import { reach, type Role } from '../../access/policy/index.js';
import type { TrackSubjects } from './service.js';
import { insertSightings, rideSightings } from './test-support.js';

const square = (lon: number, lat: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon, lat],
      [lon + 0.2, lat],
      [lon + 0.2, lat + 0.2],
      [lon, lat + 0.2],
      [lon, lat],
    ],
  ],
});

let platform: TestPlatform;
let app: FastifyInstance;
let trackUrl: string;
const tokens = new Map<string, string>();
const ids = new Map<string, string>();
let stationId: string;
const BIKES = new Map<string, { tagId: number; owner: string }>();

/** The bikes home's decision, as the policy says it: owners their own bikes, police with a reason. */
const subjects: TrackSubjects = async (caller, id, reason) => {
  const bike = BIKES.get(id);
  const r = reach(caller.principal.user.role, 'read', 'track');
  if (!bike || (r === 'own' && ids.get(bike.owner) !== caller.principal.user.id)) throw new HttpError(404, 'BIKE_NOT_FOUND', `no bike '${id}'`);
  if (r === 'case' && !reason) throw new HttpError(403, 'REASON_REQUIRED', 'state why you need this track (?reason=…)');
  return { tagId: bike.tagId, subjectType: 'bike', subjectId: id, reason: reason ?? null };
};

const MIN = 60_000;
const minute = Math.floor(Date.now() / MIN) * MIN - 10 * MIN;

before(async () => {
  platform = await startTestPlatform({ demoUsers: false });
  for (const [id, lon] of [
    ['trk-county', 118.4],
    ['trk-elsewhere', 100],
  ] as const) {
    const put = await adminFetch(platform.baseUrl, `/api/v1/jurisdictions/${id}`, { method: 'PUT', body: JSON.stringify({ name: id, kind: 'county', boundary: square(lon, 32.9) }) });
    assert.equal(put.status, 200, await put.text());
  }
  const people: [string, Role, string[]][] = [
    ['operator', 'operator', ['trk-county']],
    ['far-operator', 'operator', ['trk-elsewhere']],
    ['police', 'police', ['trk-county']],
    ['installer', 'installer', ['trk-county']],
    ['admin', 'admin', []],
    ['owner', 'owner', []],
    ['other-owner', 'owner', []],
  ];
  for (const [name, role, jurisdictions] of people) {
    const owner = role === 'owner';
    const id = await insertUser(platform.db, {
      username: owner ? null : `trk-${name}`,
      displayName: name,
      role,
      phone: owner ? `1380000${String(ids.size).padStart(4, '0')}` : null,
      passwordHash: null,
      createdBy: null,
      jurisdictions,
    });
    ids.set(name, id);
    tokens.set(name, (await createApiToken(platform.db, id, name, ['*'], null)).token);
  }
  stationId = (await registerDevice(platform.baseUrl, { kind: 'station', lat: 33.0, lon: 118.5 })).id;
  // Minute 0: three tags, one of them in two windows; minute 1: one of them again.
  const at = (tagId: number, ms: number) => ({ station: stationId, tagId, atMs: ms });
  await insertSightings(platform.db, [
    at(987_654_321, minute + 5_000),
    at(987_654_321, minute + 10_000),
    at(987_654_322, minute + 20_000),
    at(987_654_323, minute + 30_000),
    at(987_654_321, minute + 65_000),
  ]);

  BIKES.set('bike-own', { tagId: 4_242, owner: 'owner' });
  await insertSightings(platform.db, rideSightings({ tagId: 4_242, stations: [stationId, 'st-unplaced-1', 'st-unplaced-2'], startMs: Date.now() - 60 * MIN, hopMs: 2 * MIN, windows: 2 }));
  app = await buildApp({
    config: platform.config,
    // The bikes home with this file's own subjects (bikes made up here, not registered).
    homes: { ...platform.homes, bikes: Object.assign(Object.create(platform.homes.bikes) as typeof platform.homes.bikes, { trackSubjects: subjects }) },
    metrics: new Registry(),
    available: () => true,
    ports: () => ({ mqtt: 0, coap: 0 }),
    logger: testLogger,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  trackUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
after(async () => {
  await app?.close();
  await platform?.dispose();
});

async function get(who: string, path: string, base = platform.baseUrl): Promise<{ status: number; body: Record<string, unknown>; text: string }> {
  const res = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${tokens.get(who)}` } });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text) as Record<string, unknown>, text };
}

describe('station activity', () => {
  const range = () => `from=${new Date(minute - MIN).toISOString()}&to=${new Date(minute + 3 * MIN).toISOString()}`;

  it('counts tags per minute and never says which', async () => {
    const { status, body, text } = await get('operator', `/api/v1/stations/${stationId}/activity?${range()}`);
    assert.equal(status, 200, text);
    assert.deepEqual(body.minutes, [
      { at: new Date(minute).toISOString(), tags: 3, sightings: 4 },
      { at: new Date(minute + MIN).toISOString(), tags: 1, sightings: 1 },
    ]);
    assert.doesNotMatch(text, /98765432/, 'no tag id in the answer');
  });

  it('sums up every station in the caller’s jurisdictions, and none outside', async () => {
    const mine = await get('police', `/api/v1/stations/activity?${range()}`);
    assert.equal(mine.status, 200, mine.text);
    assert.deepEqual(mine.body.stations, [{ stationId, name: '', lat: 33, lon: 118.5, minutes: 2, peakTags: 3, avgTags: 2, sightings: 5 }]);
    assert.doesNotMatch(mine.text, /98765432/);
    const far = await get('far-operator', `/api/v1/stations/activity?${range()}`);
    assert.deepEqual(far.body.stations, []);
  });

  it('a station outside the caller’s jurisdictions is not found; owners are refused; a bad range is a 400', async () => {
    assert.deepEqual((await get('far-operator', `/api/v1/stations/${stationId}/activity`)).body.code, 'STATION_NOT_FOUND');
    assert.equal((await get('owner', `/api/v1/stations/${stationId}/activity`)).status, 403);
    const backwards = await get('operator', `/api/v1/stations/${stationId}/activity?from=${new Date(minute).toISOString()}&to=${new Date(minute - MIN).toISOString()}`);
    assert.deepEqual([backwards.status, backwards.body.code], [400, 'ACTIVITY_RANGE_INVALID']);
    const long = await get('operator', `/api/v1/stations/activity?from=${new Date(minute - 2 * 1_440 * MIN).toISOString()}`);
    assert.deepEqual([long.status, long.body.code], [400, 'ACTIVITY_RANGE_INVALID']);
  });
});

describe('GET /bikes/:id/track', () => {
  const track = (who: string, query = '') => get(who, `/api/v1/bikes/bike-own/track${query}`, trackUrl);
  const reads = () => platform.audit.search({ action: 'track.read', subjectId: 'bike-own', limit: 10 });

  it('answers the owner with positions, trips and stations’ places, and writes the read to the audit trail', async () => {
    const { status, body, text } = await track('owner');
    assert.equal(status, 200, text);
    assert.equal(body.resolution, 'positions');
    const positions = body.positions as { station: string; lat: number | null }[];
    assert.deepEqual(
      positions.map((p) => [p.station, p.lat]),
      [
        [stationId, 33],
        ['st-unplaced-1', null],
        ['st-unplaced-2', null],
      ],
    );
    assert.equal((body.trips as unknown[]).length, 1);
    const entry = (await reads()).find((e) => e.actorId === ids.get('owner'));
    assert.ok(entry, 'the read is in the audit trail');
    assert.equal(entry.subjectType, 'bike');
  });

  it('police must state a reason, and it is audited; another owner does not find the bike', async () => {
    assert.deepEqual((await track('police')).body.code, 'REASON_REQUIRED');
    const reason = 'case 2026-311: stolen e-bike';
    const ok = await track('police', `?reason=${encodeURIComponent(reason)}&resolution=buckets`);
    assert.equal(ok.status, 200, ok.text);
    assert.equal(ok.body.resolution, 'buckets');
    // 24 hours in buckets of 2 minutes: the ride's three stations, two minutes apart, in three.
    assert.equal(ok.body.bucketS, 120);
    assert.deepEqual(
      (ok.body.buckets as { station: string }[]).map((b) => b.station),
      [stationId, 'st-unplaced-1', 'st-unplaced-2'],
    );
    assert.equal((await reads()).find((e) => e.actorId === ids.get('police'))?.reason, reason);
    assert.deepEqual((await track('other-owner')).body.code, 'BIKE_NOT_FOUND');
  });

  it('refuses the roles the policy keeps away from tracks before the lookup', async () => {
    for (const who of ['operator', 'installer', 'admin']) assert.deepEqual([who, (await track(who)).status, (await track(who)).body.code], [who, 403, 'FORBIDDEN']);
  });

  it('refuses a bad range with a code naming the field', async () => {
    const now = Date.now();
    const backwards = await track('owner', `?from=${new Date(now).toISOString()}&to=${new Date(now - MIN).toISOString()}`);
    assert.deepEqual([backwards.status, backwards.body.code], [400, 'TRACK_RANGE_INVALID']);
    assert.match(String(backwards.body.message), /querystring\/to/);
    const weeks = await track('owner', `?from=${new Date(now - 30 * 1_440 * MIN).toISOString()}&resolution=positions`);
    assert.deepEqual([weeks.status, weeks.body.code], [400, 'TRACK_RANGE_TOO_LONG']);
    const bogus = await track('owner', '?resolution=every');
    assert.deepEqual([bogus.status, bogus.body.code], [400, 'REQUEST_INVALID']);
  });
});
