// The track query on a real database: positions from sightings that came through the real
// pipeline, 30 days folded into buckets with their trips and stops, and the TimescaleDB path
// (continuous aggregate, the PGlite fork) giving what the raw rows give.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deriveMacKey, encodeUplink, uplinkTopic } from '@watchpost/firmware-protocol';
import type { Database } from '@watchpost/ingest';
import { openTestDatabase, openTimescaleTestDatabase } from '@watchpost/ingest/test-support';
import { startUplink } from '../../../uplink/test-support.js';
import { AuditLog } from '../../audit/audit-log.js';
import { auditKeyOf } from '../../audit/hash.js';
import { trackJson } from './serialize.js';
import { TrackService, type TrackQuery } from './service.js';
import { minuteSourceOf, type MinuteSource } from './store.js';
import { insertSightings, rideSightings, type SightingRow } from './test-support.js';
import type { StationLocator } from './track.js';

const MIN = 60_000;
const DAY = 1_440 * MIN;
/** Six stations 1 km apart due north. */
const ROUTE = [0, 1, 2, 3, 4, 5].map((i) => `st-trk-${i}`);
const locate: StationLocator = (id) => {
  const i = ROUTE.indexOf(id);
  return i < 0 ? null : { lat: 33 + i * 0.009, lon: 118.5 };
};
const serviceOn = (db: Database, source: MinuteSource) => new TrackService(db, new AuditLog(db, auditKeyOf(Buffer.alloc(32, 7))), locate, source);
const query = (from: number, to: number, over: Partial<TrackQuery> = {}): TrackQuery => ({ from: new Date(from), to: new Date(to), resolution: 'auto', stopAfterMin: 5, maxBuckets: 1000, ...over });

/** 30 days of a commuter (tag 7): out along the route at 07:30, back at 17:30; and another bike (tag 8) on the same stations. */
function thirtyDays(startMs: number): SightingRow[] {
  const rows: SightingRow[] = [];
  for (let d = 0; d < 30; d++) {
    const day = startMs + d * DAY;
    rows.push(...rideSightings({ tagId: 7, stations: ROUTE, startMs: day + 450 * MIN, hopMs: 3 * MIN, windows: 3 }));
    rows.push(...rideSightings({ tagId: 7, stations: [...ROUTE].reverse(), startMs: day + 1_050 * MIN, hopMs: 3 * MIN, windows: 3 }));
    rows.push(...rideSightings({ tagId: 8, stations: ROUTE.slice(2), startMs: day + 600 * MIN, hopMs: 2 * MIN, windows: 2 }));
  }
  return rows;
}

describe('track query', () => {
  it('positions: sightings through the pipeline; a tag heard by two stations at once is one position, at the stronger', async () => {
    const t = await openTestDatabase();
    const uplink = await startUplink(t.db);
    try {
      const stations: Awaited<ReturnType<typeof uplink.register>>[] = [];
      for (const [i, id] of ['st-trk-0', 'st-trk-1', 'st-trk-2'].entries()) stations.push(await uplink.register({ kind: 'station', id, lat: 33 + i * 0.009, lon: 118.5 }));
      const now = Date.now();
      const tagId = 0x5eed0001;
      const send = async (n: number, seq: number, windowStartMs: number, rssiDbm: number) => {
        const { device, secret } = stations[n]!;
        const frame = {
          deviceId: device.id,
          seq,
          deviceTimeMs: windowStartMs + 5_000,
          body: { type: 'sightingBatch' as const, windowStartMs, sightings: [{ tagId, rssiDbm, firstOffsetMs: 500, lastOffsetMs: 4_000, count: 3 }] },
        };
        const outcome = await uplink.handle({ transport: 'coap', topic: uplinkTopic('station', device.id), payload: encodeUplink(frame, deriveMacKey(secret, device.id)), receivedAtMs: Date.now() });
        assert.equal(outcome.status, 'stored');
      };
      // Stations 0 and 1 hear it in the same windows (1 weaker), then station 2 a minute later.
      await send(0, 1, now - 120_000, -58);
      await send(1, 1, now - 120_000, -81);
      await send(0, 2, now - 115_000, -61);
      await send(1, 2, now - 115_000, -79);
      await send(2, 1, now - 60_000, -64);
      const track = await serviceOn(t.db, 'raw').track(tagId, query(now - 3_600_000, now + MIN));
      assert.equal(track.resolution, 'positions');
      assert.deepEqual(
        track.positions!.map((p) => [p.station, p.firstMs - now, p.lastMs - now, p.rssiDbm]),
        [
          ['st-trk-0', -119_500, -111_000, -58],
          ['st-trk-2', -59_500, -56_000, -64],
        ],
      );
      assert.equal(track.trips.length, 1);
      assert.deepEqual([track.trips[0]!.fromStation, track.trips[0]!.toStation, track.trips[0]!.distanceM], ['st-trk-0', 'st-trk-2', 2_002]);
    } finally {
      await uplink.stop();
      await t.drop();
    }
  });

  it('30 days in time buckets: every commute a trip, a stop between each two, a bucket width that keeps the answer short', async () => {
    const t = await openTestDatabase();
    try {
      const start = Math.floor(Date.now() / DAY) * DAY - 31 * DAY;
      await insertSightings(t.db, thirtyDays(start));
      const service = serviceOn(t.db, await minuteSourceOf(t.db));
      const track = await service.track(7, query(start, start + 30 * DAY));
      assert.equal(track.resolution, 'buckets');
      assert.equal(track.bucketMs, 60 * MIN);
      assert.equal(track.positionCount, 30 * 2 * ROUTE.length, 'one position per station passed');
      assert.equal(track.buckets!.length, 30 * 2, 'each commute fits its hour');
      assert.deepEqual(track.buckets![0]!.stations, ROUTE);
      assert.equal(track.buckets![1]!.station, 'st-trk-0', 'the evening ride ends back at the start');
      assert.equal(track.trips.length, 60);
      assert.equal(track.stops.length, 59);
      assert.ok(track.stops.every((s) => s.kind === 'unheard'));
      for (const trip of track.trips) {
        assert.equal(trip.stations, ROUTE.length);
        assert.ok(Math.abs(trip.distanceM - 5_004) <= 3, `5 km along the stations, got ${trip.distanceM}`);
        // Five hops of 3 min, and the last station's three windows (heard until 14 s into the third).
        assert.ok(Math.abs(trip.durationS - (15 * 60 + 13.5)) <= 1, `duration ${trip.durationS}`);
        assert.ok(trip.avgSpeedKmh! > 19 && trip.avgSpeedKmh! < 20.5, `speed ${trip.avgSpeedKmh}`);
      }

      // One day as positions: the same two trips.
      const day = await service.track(7, query(start + 5 * DAY, start + 6 * DAY));
      assert.equal(day.resolution, 'positions');
      assert.deepEqual(
        day.trips.map((x) => [x.fromStation, x.toStation, x.stations]),
        [
          ['st-trk-0', 'st-trk-5', 6],
          ['st-trk-5', 'st-trk-0', 6],
        ],
      );
      assert.equal(day.positions!.length, 12);
    } finally {
      await t.drop();
    }
  });

  it('refuses a range that ends before it starts, is too long, or asks for every position of weeks', async () => {
    const t = await openTestDatabase();
    try {
      const service = serviceOn(t.db, 'raw');
      const now = Date.now();
      await assert.rejects(service.track(7, query(now, now - MIN)), { code: 'TRACK_RANGE_INVALID' });
      await assert.rejects(service.track(7, query(now - 500 * DAY, now)), { code: 'TRACK_RANGE_INVALID' });
      await assert.rejects(service.track(7, query(now - 30 * DAY, now, { resolution: 'positions' })), { code: 'TRACK_RANGE_TOO_LONG' });
      const empty = await service.track(7, query(now - 30 * DAY, now));
      assert.deepEqual([empty.buckets, empty.trips, empty.stops], [[], [], []]);
    } finally {
      await t.drop();
    }
  });
});

describe('track query with TimescaleDB (the PGlite fork)', () => {
  it('reads the continuous aggregate, materialised and real-time alike, and answers what the raw rows answer', async () => {
    const t = await openTimescaleTestDatabase();
    try {
      assert.equal(await minuteSourceOf(t.db), 'continuous-aggregate');
      const start = Math.floor(Date.now() / DAY) * DAY - 31 * DAY;
      await insertSightings(t.db, thirtyDays(start));
      // Materialise what the refresh policy would have by now; the newest rides stay real-time only.
      await t.db.exec(`CALL refresh_continuous_aggregate('tag_track_minutes', NULL, '${new Date(start + 20 * DAY).toISOString()}')`);
      const range = query(start, start + 30 * DAY + 7 * MIN);
      const viaAggregate = await serviceOn(t.db, 'continuous-aggregate').track(7, range);
      const viaRaw = await serviceOn(t.db, 'raw').track(7, range);
      assert.equal(viaAggregate.source, 'continuous-aggregate');
      assert.equal(viaAggregate.trips.length, 60, 'the days after the refresh are there too (real-time aggregation)');
      const { source: _a, ...fromAggregate } = trackJson(viaAggregate, locate);
      const { source: _r, ...fromRaw } = trackJson(viaRaw, locate);
      assert.deepEqual(fromAggregate, fromRaw);
    } finally {
      await t.drop();
    }
  });
});
