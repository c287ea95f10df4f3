// The owner's guard through the real pipeline: an armed bike heard moving
// alerts its owner (live feed, SMS in Chinese) once the station has had its
// chance to hear the fob; a bike heard with its fob never alerts, even when
// the fob comes in the station's next batch; fob pairing; one step from an
// alert to a theft report.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestDatabase, testIngestOptions, type TestDatabase } from '@watchpost/ingest/test-support';
import { startUplink, TEST_CALLER, type UplinkHarness } from '../../uplink/test-support.js';
import type { NotificationRow } from '../notifications/index.js';
import { hear, newOwner, putCounty, stationsAlongRoad } from './test-support.js';

let t: TestDatabase;
let h: UplinkHarness;
let road: string[];
const live: NotificationRow[] = [];
const OTHER = 4_000_000;

before(async () => {
  t = await openTestDatabase();
  h = await startUplink(t.db, testIngestOptions());
  await putCounty(h);
  road = await stationsAlongRoad(h, 4, 'gd');
  h.notifications.live.subscribe((rows) => live.push(...rows.filter((n) => n.kind === 'bike.guard.alert')));
});
after(async () => {
  await h.stop();
  await t.drop();
});

let next = 50_000;
async function bikeWithFob(fob = true) {
  const owner = await newOwner(t.db, '王芳');
  const tagId = next++;
  const fobTagId = fob ? next++ : undefined;
  const bike = await h.bikes.bikes.register(TEST_CALLER, { ownerId: owner.principal.user.id, plate: `苏H·G${tagId}`, frameNumber: `GUARD${tagId}`, tagId, ...(fobTagId ? { fobTagId } : {}) });
  return { owner, bike, tagId, fobTagId: fobTagId ?? -1 };
}

/** Parked by station 0, heard there two minutes ago, then armed. */
async function parkedAndArmed(fob = true) {
  const b = await bikeWithFob(fob);
  await hear(h, road[0]!, Date.now() - 120_000, [{ tagId: b.tagId }]);
  await h.bikes.pass();
  const guard = await h.bikes.guard.set(b.owner, b.bike.id, { armed: true, fobPairing: false });
  assert.equal(guard.armedStation?.id, road[0]);
  // Stations' windows after the arming, from here on.
  return { ...b, now: Date.now() + 20_000 };
}

const alertsOf = async (bikeId: string) => (await t.db.query<{ reason: string; station_id: string }>('SELECT reason, station_id FROM bike_guard_alerts WHERE bike_id = $1 ORDER BY id', [bikeId])).rows;

describe('the owner’s guard', () => {
  it('an armed bike heard at another station alerts its owner once that station’s next batches came without the fob', async () => {
    const { owner, bike, tagId, now } = await parkedAndArmed();
    const seen = live.length;
    await hear(h, road[1]!, now - 20_000, [{ tagId }]);
    await hear(h, road[1]!, now - 15_000, [{ tagId: OTHER }]);
    await h.bikes.pass();
    assert.deepEqual(await alertsOf(bike.id), [], 'the fob may still come: not yet');
    await hear(h, road[1]!, now - 5_000, [{ tagId: OTHER }]);
    await h.bikes.pass();
    assert.deepEqual(await alertsOf(bike.id), [{ reason: 'moved', station_id: road[1] }]);
    const note = live.slice(seen).find((n) => n.subject_id === bike.id)!;
    assert.equal(note.owner_id, owner.principal.user.id);
    assert.equal(note.resource, 'bike');
    const text = (note.payload as { text: string }).text;
    assert.match(text, /您设防的电动车（号牌 苏H·G\d+）于 \d\d:\d\d 在 Station 1 附近被检测到移动/);
    const sms = (await t.db.query<{ channel: string; recipient: string }>('SELECT channel, recipient FROM deliveries WHERE notification_id = $1', [note.id])).rows;
    assert.deepEqual(sms, [{ channel: 'sms', recipient: owner.phone }]);
  });

  it('never alerts when the fob is heard with it, even in the station’s next batch', async () => {
    const { bike, tagId, fobTagId, now } = await parkedAndArmed();
    await hear(h, road[2]!, now - 20_000, [{ tagId }]);
    await hear(h, road[2]!, now - 15_000, [{ tagId }, { tagId: fobTagId, rssiDbm: -80 }]);
    await hear(h, road[2]!, now - 5_000, [{ tagId: OTHER }]);
    await h.bikes.pass();
    await h.bikes.pass(Date.now() + 60_000);
    assert.deepEqual(await alertsOf(bike.id), []);
  });

  it('a parked bike a farther station hears too does not alert: the station it stands by hears it at the same time', async () => {
    const { bike, tagId, now } = await parkedAndArmed(false);
    await Promise.all([hear(h, road[0]!, now - 20_000, [{ tagId, rssiDbm: -50 }]), hear(h, road[1]!, now - 20_000, [{ tagId, rssiDbm: -88 }])]);
    await hear(h, road[1]!, now - 5_000, [{ tagId: OTHER }]);
    await h.bikes.pass(Date.now() + 60_000);
    assert.deepEqual(await alertsOf(bike.id), []);
  });

  it('a station that falls silent: the alert comes when the wait for the fob is over', async () => {
    const { bike, tagId, now } = await parkedAndArmed(false);
    await hear(h, road[3]!, now - 20_000, [{ tagId }]);
    await h.bikes.pass();
    assert.deepEqual(await alertsOf(bike.id), []);
    await h.bikes.pass(Date.now() + h.bikes.options.guard.fobWaitMs + 1);
    assert.deepEqual(await alertsOf(bike.id), [{ reason: 'moved', station_id: road[3] }]);
  });

  it('fob pairing: a bike passing a station without its fob alerts, armed or not; disarmed and unpaired it does not', async () => {
    const { owner, bike, tagId, fobTagId } = await bikeWithFob();
    const now = Date.now();
    await hear(h, road[0]!, now - 300_000, [{ tagId }, { tagId: fobTagId }]);
    await h.bikes.pass(now);
    await hear(h, road[1]!, now - 60_000, [{ tagId }, { tagId: fobTagId }]);
    await h.bikes.pass(now);
    await hear(h, road[2]!, now - 20_000, [{ tagId }]);
    await hear(h, road[2]!, now - 5_000, [{ tagId: OTHER }]);
    await h.bikes.pass();
    assert.deepEqual(await alertsOf(bike.id), [{ reason: 'no_fob', station_id: road[2] }]);
    await h.bikes.guard.set(owner, bike.id, { fobPairing: false });
    await hear(h, road[3]!, now + 60_000, [{ tagId }]);
    await h.bikes.pass(Date.now() + 600_000);
    assert.equal((await alertsOf(bike.id)).length, 1);
  });

  it('one step from an alert to a theft report: the case opens, the sightings since arming are its hits', async () => {
    const { owner, bike, tagId, now } = await parkedAndArmed();
    await hear(h, road[1]!, now - 20_000, [{ tagId }]);
    await h.bikes.pass(Date.now() + 60_000);
    const { alerts } = await h.bikes.guard.read(owner, bike.id);
    assert.equal(alerts.length, 1);
    const c = await h.bikes.guard.report(owner, bike.id, alerts[0]!.id, {});
    assert.equal(c.from_alert_id, alerts[0]!.id);
    assert.equal(c.status, 'sighted');
    assert.ok(h.bikes.watchlist.wants(tagId));
    assert.deepEqual(c.jurisdictions, ['county', 'west'], 'where it stood when armed');
    const hits = (await t.db.query<{ station_id: string; historical: boolean }>('SELECT station_id, historical FROM bike_hits WHERE case_id = $1', [c.id])).rows;
    assert.deepEqual(hits, [{ station_id: road[1], historical: true }]);
    assert.equal((await h.bikes.guard.read(owner, bike.id)).alerts[0]!.caseId, c.id);
    await assert.rejects(h.bikes.guard.report(owner, bike.id, alerts[0]!.id, {}), { code: 'CASE_OPEN' });
    const stranger = await newOwner(t.db);
    await assert.rejects(h.bikes.guard.set(stranger, bike.id, { armed: false }), { code: 'BIKE_NOT_FOUND' }, 'nobody else arms or disarms it');
  });
});
