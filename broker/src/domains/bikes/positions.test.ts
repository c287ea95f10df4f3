// Positions through the real pipeline: stations hearing a tag at once make
// one position (the strongest), each bike keeps its latest position and its
// direction of travel; the station graph is learnt, saved, and a restart
// keeps it; a tag heard too far apart too soon is flagged as cloned; the
// companions of a stolen bike are ranked.
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
  road = await stationsAlongRoad(h, 5, 'pos');
  // Far away, in the east of the county: 9 km from the road's start.
  await h.register({ kind: 'station', id: 'pos-far', name: 'Far station', lat: 33.0, lon: 118.55 });
  h.notifications.live.subscribe((rows) => live.push(...rows));
});
after(async () => {
  await h.stop();
  await t.drop();
});

let next = 600_000;
async function bike() {
  const owner = await newOwner(t.db);
  const tagId = next++;
  const b = await h.bikes.bikes.register(TEST_CALLER, { ownerId: owner.principal.user.id, plate: `苏H·P${tagId}`, frameNumber: `POS${tagId}`, tagId });
  return { owner, id: b.id, tagId };
}

describe('positions', () => {
  it('stations hearing a tag at once make one position, the strongest; each bike keeps its latest position and direction', async () => {
    const b = await bike();
    const now = Date.now();
    await hear(h, road[0]!, now - 180_000, [{ tagId: b.tagId, rssiDbm: -58 }]);
    await Promise.all([hear(h, road[1]!, now - 90_000, [{ tagId: b.tagId, rssiDbm: -85 }]), hear(h, road[2]!, now - 90_000, [{ tagId: b.tagId, rssiDbm: -55 }])]);
    await h.bikes.pass(now);
    assert.deepEqual(
      h.bikes.tracker.positions(b.id).map((p) => p.station),
      [road[0], road[2]],
      'station 1 heard it weakly at the same time as station 2: not a position',
    );
    const latest = h.bikes.tracker.latest(b.id)!;
    assert.equal(latest.station, road[2]);
    assert.equal(latest.fromStation, road[0]);
    assert.equal(latest.bearingDeg, 90);
    const row = (
      await t.db.query<{ station_id: string; from_station_id: string; bearing_deg: number }>('SELECT station_id, from_station_id, bearing_deg FROM bike_positions WHERE bike_id = $1', [b.id])
    ).rows[0];
    assert.deepEqual(row, { station_id: road[2], from_station_id: road[0], bearing_deg: 90 });
    const position = await h.bikes.bikes.position(b.owner, b.id, {});
    assert.equal(position?.station.id, road[2]);
    assert.equal(position?.direction.fromStationId, road[0]);
  });

  it('learns the station graph, saves it, and a restart predicts the same', async () => {
    const start = Date.now() - 5 * 3_600_000;
    for (let r = 0; r < 6; r++) {
      const b = await bike();
      for (let i = 0; i < road.length; i++) await hear(h, road[i]!, start + r * 600_000 + i * 45_000, [{ tagId: b.tagId }]);
    }
    await h.bikes.pass();
    await h.bikes.saveGraph();
    const track = [
      { stationId: road[1]!, firstMs: 0, lastMs: 4_000 },
      { stationId: road[2]!, firstMs: 49_000, lastMs: 53_000 },
    ];
    const before = h.bikes.tracker.model.predict(track);
    assert.equal(before[0]!.stationId, road[3]);
    const saved = (await t.db.query<{ transitions: number }>('SELECT transitions::int FROM bike_station_graph')).rows[0]!;
    assert.equal(saved.transitions, h.bikes.tracker.model.transitions);
    await h.stop();
    h = await startUplink(t.db, testIngestOptions());
    h.notifications.live.subscribe((rows) => live.push(...rows));
    assert.deepEqual(h.bikes.tracker.model.predict(track), before, 'the graph came back as it was');
    assert.equal(
      h.bikes.tracker.latest((await t.db.query<{ bike_id: string }>('SELECT bike_id FROM bike_positions LIMIT 1')).rows[0]!.bike_id)?.station !== undefined,
      true,
      'latest positions came back',
    );
  });

  it('a tag heard at two stations farther apart than an e-bike rides in the time between is flagged, to police and administrators', async () => {
    const b = await bike();
    const now = Date.now();
    await hear(h, road[0]!, now - 60_000, [{ tagId: b.tagId }]);
    await hear(h, 'pos-far', now - 40_000, [{ tagId: b.tagId }]);
    await h.bikes.pass();
    const flags = (
      await t.db.query<{ station_a: string; station_b: string; distance_m: number; jurisdictions: string[] }>(
        'SELECT station_a, station_b, distance_m, jurisdictions FROM bike_clone_flags WHERE bike_id = $1',
        [b.id],
      )
    ).rows;
    assert.equal(flags.length, 1);
    assert.deepEqual([flags[0]!.station_a, flags[0]!.station_b], [road[0], 'pos-far']);
    assert.ok(flags[0]!.distance_m > 8_000);
    assert.deepEqual(flags[0]!.jurisdictions, ['county', 'east', 'west']);
    const note = live.find((n) => n.kind === 'bike.clone' && n.subject_id === b.id)!;
    assert.equal(note.resource, 'bike.clone');
    assert.equal(note.owner_id, null, 'not the owner’s: police and administrators');
    // A ride at e-bike speed is no clone: 1 km in 90 s is 40 km/h.
    const c = await bike();
    await hear(h, road[0]!, now - 200_000, [{ tagId: c.tagId }]);
    await hear(h, road[1]!, now - 110_000, [{ tagId: c.tagId }]);
    await h.bikes.pass();
    assert.equal((await t.db.query('SELECT 1 FROM bike_clone_flags WHERE bike_id = $1', [c.id])).rows.length, 0);
  });

  it('companion analysis ranks the tags heard with a stolen bike at the same stations, for the police on its case (audited)', async () => {
    const b = await bike();
    const police = await newStaff(t.db, 'police', ['west']);
    const now = Date.now();
    const accomplice = 777_001;
    for (let i = 0; i < 4; i++) {
      const passer = 777_100 + i;
      await hear(h, road[i]!, now - 600_000 + i * 60_000, [{ tagId: b.tagId }, { tagId: accomplice, rssiDbm: -70 }, { tagId: passer }]);
    }
    await hear(h, road[0]!, now - 100_000, [{ tagId: accomplice }]);
    const c = await h.bikes.cases.report(b.owner, { bikeId: b.id, lastSeenAt: new Date(now - 900_000), lastSeenLat: 33.0, lastSeenLon: 118.46 });
    const found = await h.bikes.reads.companions(police, c.id, {});
    assert.equal(found.companions[0]!.tagId, accomplice);
    assert.equal(found.companions[0]!.stations, 4);
    assert.equal(found.companions.length, 1, 'tags heard with it at one station only are passers-by');
    const [entry] = await h.audit.search({ action: 'case.companions', subjectId: c.id, limit: 1 });
    assert.equal(entry?.actorId, police.principal.user.id);
    const elsewhere = await newStaff(t.db, 'police', ['east']);
    await assert.rejects(h.bikes.reads.companions(elsewhere, c.id, {}), { code: 'CASE_NOT_FOUND' });
  });
});
