// A case as its owner reads it: the case's steps and their own notes, not the
// police's work (who took it, their notes, where the bike was heard); the
// police on it read the whole timeline.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestDatabase, testIngestOptions, type TestDatabase } from '@watchpost/ingest/test-support';
import { startUplink, TEST_CALLER, type UplinkHarness } from '../../uplink/test-support.js';
import { hear, newOwner, newStaff, putCounty, stationsAlongRoad } from './test-support.js';

let t: TestDatabase;
let h: UplinkHarness;
let road: string[];

before(async () => {
  t = await openTestDatabase();
  h = await startUplink(t.db, testIngestOptions());
  await putCounty(h);
  road = await stationsAlongRoad(h, 2, 'ov');
});
after(async () => {
  await h.stop();
  await t.drop();
});

describe('a case as its owner reads it', () => {
  it('shows the owner its steps and their own notes, without the police’s names, notes or where the bike was heard', async () => {
    const owner = await newOwner(t.db, '王芳');
    const tagId = 91_001;
    const bike = await h.bikes.bikes.register(TEST_CALLER, { ownerId: owner.principal.user.id, plate: '苏H·OV001', frameNumber: 'OV001', tagId });
    const c = await h.bikes.cases.report(owner, { bikeId: bike.id, lastSeenAt: new Date(Date.now() - 60_000), lastSeenPlace: '北门', lastSeenLat: 33.0, lastSeenLon: 118.45 });
    const police = await newStaff(t.db, 'police', ['west']);
    await h.bikes.cases.take(police, c.id);
    await h.bikes.cases.note(police, c.id, 'suspect: 张三, 13700000000');
    await h.bikes.cases.note(owner, c.id, 'the lock was cut');
    await hear(h, road[1]!, Date.now() - 10_000, [{ tagId }]);
    await h.bikes.pass();
    await h.bikes.cases.setStatus(police, c.id, 'recovered', 'found at the scrapyard on 东街');

    const full = (await h.bikes.reads.read(police, c.id)).timeline;
    assert.deepEqual(
      full.map((e) => e.kind),
      ['reported', 'officer', 'note', 'note', 'sighted', 'recovered'],
    );
    const mine = (await h.bikes.reads.read(owner, c.id)).timeline;
    assert.deepEqual(
      mine.map((e) => e.kind),
      ['reported', 'note', 'sighted', 'recovered'],
    );
    const text = JSON.stringify(mine);
    for (const secret of ['张三', police.principal.user.id, road[1]!, 'scrapyard']) assert.ok(!text.includes(secret), `the owner is not shown ${secret}: ${text}`);
    assert.deepEqual(mine[1]!.detail, { text: 'the lock was cut' });
    assert.equal(mine[0]!.actorId, owner.principal.user.id, 'their own report says it was them');
    assert.equal(mine[3]!.actorName, null);
  });
});
