// The watchlist through the real pipeline (no socket): a sighting of a
// watchlisted tag raises its hit inside its own commit, with the next
// stations; a report looks back; a report racing sightings misses none and
// raises none twice; reviews count the false share.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestDatabase, testIngestOptions, type TestDatabase } from '@watchpost/ingest/test-support';
import { startUplink, TEST_CALLER, type UplinkHarness } from '../../uplink/test-support.js';
import type { NotificationRow } from '../notifications/index.js';
import { hear, newOwner, newStaff, putCounty, stationsAlongRoad } from './test-support.js';

let t: TestDatabase;
let h: UplinkHarness;
let road: string[];
const live: NotificationRow[] = [];

before(async () => {
  t = await openTestDatabase();
  h = await startUplink(t.db, testIngestOptions());
  await putCounty(h);
  road = await stationsAlongRoad(h, 6);
  h.notifications.live.subscribe((rows) => live.push(...rows));
});
after(async () => {
  await h.stop();
  await t.drop();
});

let tags = 70_000;
async function registeredBike() {
  const owner = await newOwner(t.db);
  const tagId = tags++;
  const bike = await h.bikes.bikes.register(TEST_CALLER, { ownerId: owner.principal.user.id, plate: `苏H${tagId}`, frameNumber: `FR${tagId}`, colour: '红', brand: '雅迪', tagId });
  return { owner, bike, tagId };
}

const H = 3_600_000;
/** Teaches the graph the road: many bikes ride station 0 → 5, a minute apart. */
async function teachRoad(startMs: number, riders = 8) {
  for (let r = 0; r < riders; r++) {
    const { tagId } = await registeredBike();
    for (let i = 0; i < road.length; i++) await hear(h, road[i]!, startMs + r * 10 * 60_000 + i * 60_000, [{ tagId }]);
  }
  await h.bikes.pass(startMs + 3 * H);
}

describe('hits', () => {
  it('a sighting of a watchlisted tag raises its hit inside its commit, with direction and the next stations', async () => {
    const t0 = Date.now() - 6 * H;
    await teachRoad(t0);
    assert.ok(h.bikes.tracker.model.transitions >= 8 * 5, `learnt ${h.bikes.tracker.model.transitions} moves`);
    const { owner, bike, tagId } = await registeredBike();
    const police = await newStaff(t.db, 'police', ['west']);
    const c = await h.bikes.cases.report(owner, { bikeId: bike.id, lastSeenAt: new Date(Date.now() - 60_000), lastSeenLat: 33.0, lastSeenLon: 118.45 });
    assert.deepEqual(c.jurisdictions, ['county', 'west']);
    await h.bikes.cases.take(police, c.id);
    const now = Date.now();
    await hear(h, road[1]!, now - 70_000, [{ tagId }]);
    await h.bikes.pass(now);
    const before = live.length;
    await hear(h, road[2]!, now - 5_000, [{ tagId, rssiDbm: -55 }]);
    // No waiting: handle() resolved when the frame was committed, and so were the hit and its notification.
    const hits = (await t.db.query<{ station_id: string; historical: boolean }>('SELECT station_id, historical FROM bike_hits WHERE case_id = $1 ORDER BY id', [c.id])).rows;
    assert.deepEqual(hits, [
      { station_id: road[1], historical: false },
      { station_id: road[2], historical: false },
    ]);
    const note = live.slice(before).find((n) => n.kind === 'bike.hit')!;
    assert.ok(note, 'the live feed got the hit');
    const p = note.payload as {
      station: { id: string };
      next: { id: string; name: string; probability: number; arrivalWindowS: number[]; expectedFrom: string }[];
      direction: { fromStation: { id: string }; bearingDeg: number };
      recentStations: { id: string }[];
    };
    assert.equal(p.station.id, road[2]);
    assert.equal(p.next[0]!.id, road[3], 'heading east, the next station is the one after');
    assert.ok(p.next[0]!.probability > 0.8);
    assert.ok(p.next[0]!.arrivalWindowS[0]! > 0 && p.next[0]!.arrivalWindowS[1]! <= 120, `window ${p.next[0]!.arrivalWindowS}`);
    assert.equal(p.direction.fromStation.id, road[1]);
    assert.ok(p.direction.bearingDeg > 80 && p.direction.bearingDeg < 100, `east: ${p.direction.bearingDeg}°`);
    assert.deepEqual(
      p.recentStations.map((s) => s.id),
      [road[1], road[2]],
    );
    assert.deepEqual(note.jurisdictions.sort(), ['county', 'west']);
    const status = (await t.db.query<{ status: string }>('SELECT status FROM bike_cases WHERE id = $1', [c.id])).rows[0]!.status;
    assert.equal(status, 'sighted');
    const deliveries = (await t.db.query<{ channel: string }>('SELECT channel FROM deliveries WHERE notification_id = $1', [note.id])).rows;
    assert.deepEqual(deliveries, [], 'the officer in charge has no phone: no text');
  });

  it('a report looks back: sightings since the owner last saw the bike become historical hits at once, the older ones do not', async () => {
    const { owner, bike, tagId } = await registeredBike();
    const now = Date.now();
    await hear(h, road[0]!, now - 3 * H, [{ tagId }]);
    await hear(h, road[3]!, now - 40 * 60_000, [{ tagId }]);
    await hear(h, road[4]!, now - 39 * 60_000, [{ tagId }]);
    const before = live.length;
    const c = await h.bikes.cases.report(owner, { bikeId: bike.id, lastSeenAt: new Date(now - H), lastSeenLat: 33.0, lastSeenLon: 118.52 });
    assert.equal(c.status, 'sighted');
    const hits = (await t.db.query<{ station_id: string; historical: boolean }>('SELECT station_id, historical FROM bike_hits WHERE case_id = $1 ORDER BY first_heard', [c.id])).rows;
    assert.deepEqual(
      hits.map((x) => [x.station_id, x.historical]),
      [
        [road[3], true],
        [road[4], true],
      ],
    );
    const notes = live.slice(before).filter((n) => n.kind === 'bike.hit');
    assert.equal(notes.length, 1, 'one notification for the look back');
    assert.equal((notes[0]!.payload as { hits: number }).hits, 2);
    assert.deepEqual(c.jurisdictions, ['county', 'east']);
  });

  it('reviews: confirmed and false hits give the false share (API figure and metric); a hit is reviewed once', async () => {
    const police = await newStaff(t.db, 'police', ['east']);
    const { owner, bike, tagId } = await registeredBike();
    const now = Date.now();
    for (let i = 0; i < 4; i++) await hear(h, road[4]!, now - 50_000 + i * 10_000, [{ tagId }]);
    const c = await h.bikes.cases.report(owner, { bikeId: bike.id, lastSeenAt: new Date(now - 60_000), lastSeenLat: 33.0, lastSeenLon: 118.55 });
    const hits = await h.bikes.reads.hits(police, c.id, { limit: 10, offset: 0 });
    assert.equal(hits.length, 4);
    await h.bikes.cases.review(police, c.id, hits[0]!.id, 'confirmed', undefined);
    await h.bikes.cases.review(police, c.id, hits[1]!.id, 'confirmed', undefined);
    await h.bikes.cases.review(police, c.id, hits[2]!.id, 'false', 'another bike of the same colour');
    await assert.rejects(h.bikes.cases.review(police, c.id, hits[2]!.id, 'confirmed', undefined), { code: 'HIT_REVIEWED' });
    const stats = await h.bikes.reads.stats(police);
    assert.equal(stats.false, 1);
    assert.equal(stats.confirmed, 2);
    assert.equal(stats.falseShare, 0.3333);
    const westPolice = await newStaff(t.db, 'police', ['west']);
    await assert.rejects(h.bikes.cases.review(westPolice, c.id, hits[3]!.id, 'false', undefined), { code: 'CASE_NOT_FOUND' }, 'police elsewhere do not reach the case');
    const timeline = (await h.bikes.reads.read(police, c.id)).timeline.map((e) => e.kind);
    assert.deepEqual(timeline, ['reported', 'sighted', 'hit.confirmed', 'hit.confirmed', 'hit.false']);
  });

  it('recovered: the tag leaves the watchlist, and its sightings raise no more hits', async () => {
    const police = await newStaff(t.db, 'police', ['west']);
    const { owner, bike, tagId } = await registeredBike();
    const c = await h.bikes.cases.report(owner, { bikeId: bike.id, lastSeenAt: new Date(Date.now() - 60_000), lastSeenLat: 33.0, lastSeenLon: 118.45 });
    assert.ok(h.bikes.watchlist.wants(tagId));
    await h.bikes.cases.setStatus(police, c.id, 'recovered', 'found at the market');
    assert.equal(h.bikes.watchlist.wants(tagId), false);
    await hear(h, road[0]!, Date.now() - 5_000, [{ tagId }]);
    assert.equal((await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM bike_hits WHERE case_id = $1', [c.id])).rows[0]!.n, 0);
    await assert.rejects(h.bikes.cases.setStatus(police, c.id, 'recovered', undefined), { code: 'CASE_STATUS_INVALID' });
    await h.bikes.cases.setStatus(police, c.id, 'closed', undefined);
  });

  it('a watch that expired raises nothing; extended, it looks back to its expiry', async () => {
    const police = await newStaff(t.db, 'police', ['west']);
    const { owner, bike, tagId } = await registeredBike();
    const c = await h.bikes.cases.report(owner, { bikeId: bike.id, lastSeenAt: new Date(Date.now() - 60_000), lastSeenLat: 33.0, lastSeenLon: 118.45, watchDays: 1 });
    await t.db.query(`UPDATE watchlist SET expires_at = now() - interval '1 minute' WHERE case_id = $1`, [c.id]);
    await h.bikes.cases.expire(Date.now() + 2 * 86_400_000);
    assert.equal(h.bikes.watchlist.wants(tagId), false);
    await hear(h, road[1]!, Date.now() - 20_000, [{ tagId }]);
    assert.equal((await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM bike_hits WHERE case_id = $1', [c.id])).rows[0]!.n, 0);
    const w = await h.bikes.cases.changeWatch(police, c.id, { expiresAt: new Date(Date.now() + 86_400_000), level: 'urgent' });
    assert.equal(w.level, 'urgent');
    assert.ok(h.bikes.watchlist.wants(tagId));
    const hits = (await t.db.query<{ historical: boolean }>('SELECT historical FROM bike_hits WHERE case_id = $1', [c.id])).rows;
    assert.deepEqual(hits, [{ historical: true }], 'the sighting while it was expired, raised on its return');
    const timeline = (await h.bikes.reads.read(police, c.id)).timeline.map((e) => e.kind);
    assert.deepEqual(timeline, ['reported', 'watch.expired', 'watch.changed', 'sighted']);
  });
});
