// The race between a theft report and sightings of its tag committing at
// the same time (watchlist/case-service.ts explains the solution): every
// sighting since the bike was last seen becomes exactly one hit, live or
// historical. The sharpest case is forced: a station's batch judged by the
// hit rule while the report's transaction is under way (it would be judged
// without the tag, and commit after the look back, were the tag not held in
// the rule's memory from before the report began).
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Database, Transaction } from '@watchpost/ingest';
import { openTestDatabase, testIngestOptions, type TestDatabase } from '@watchpost/ingest/test-support';
import { startUplink, TEST_CALLER, type UplinkHarness } from '../../uplink/test-support.js';
import { hear, newOwner, putCounty, stationsAlongRoad } from './test-support.js';

let t: TestDatabase;
let h: UplinkHarness;
let road: string[];
/** Called once when a report's transaction takes its watch lock: the moment the race is sharpest. */
let onReportLock: (() => void) | null = null;

/** The database, with a hook on the report's exclusive watch lock. */
function hooked(db: Database): Database {
  const wrap = (tx: Transaction): Transaction => ({
    query: (sql, params, options) => {
      if (onReportLock && sql.includes('pg_advisory_xact_lock((7471')) {
        const hook = onReportLock;
        onReportLock = null;
        hook();
      }
      return tx.query(sql, params, options);
    },
    exec: (sql) => tx.exec(sql),
  });
  return {
    engine: db.engine,
    query: (sql, params, options) => db.query(sql, params, options),
    exec: (sql) => db.exec(sql),
    close: () => db.close(),
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
  };
}

before(async () => {
  t = await openTestDatabase();
  h = await startUplink(hooked(t.db), testIngestOptions());
  await putCounty(h);
  road = await stationsAlongRoad(h, 3, 'race');
});
after(async () => {
  await h.stop();
  await t.drop();
});

it('a batch judged while the report is under way commits as a live hit; those before it as historical ones; none twice', async () => {
  const owner = await newOwner(t.db);
  const tagId = 123_456;
  const bike = await h.bikes.bikes.register(TEST_CALLER, { ownerId: owner.principal.user.id, plate: '苏H·R0001', frameNumber: 'RACE0001', tagId });
  const now = Date.now();
  await hear(h, road[0]!, now - 50_000, [{ tagId }]);
  let racer: Promise<unknown> | null = null;
  onReportLock = () => (racer = hear(h, road[1]!, now - 20_000, [{ tagId }]));
  const c = await h.bikes.cases.report(owner, { bikeId: bike.id, lastSeenAt: new Date(now - 60_000), lastSeenLat: 33.0, lastSeenLon: 118.45 });
  assert.ok(racer, 'the racing batch was sent during the report');
  await racer;
  // Then more traffic, as stations keep sending.
  await Promise.all([hear(h, road[2]!, now - 10_000, [{ tagId }]), hear(h, road[0]!, now - 9_000, [{ tagId: 99 }])]);
  const hits = (await t.db.query<{ station_id: string; historical: boolean }>('SELECT station_id, historical FROM bike_hits WHERE case_id = $1 ORDER BY first_heard', [c.id])).rows;
  assert.deepEqual(
    hits.map((x) => [x.station_id, x.historical]),
    [
      [road[0], true],
      [road[1], false],
      [road[2], false],
    ],
  );
});

it('many reports and a steady stream of sightings: each sighting since last seen is one hit', async () => {
  for (let round = 0; round < 3; round++) {
    const owner = await newOwner(t.db);
    const tagId = 200_000 + round;
    const bike = await h.bikes.bikes.register(TEST_CALLER, { ownerId: owner.principal.user.id, plate: `苏H·R${round}9`, frameNumber: `RACEX${round}`, tagId });
    const now = Date.now();
    const sent: Promise<unknown>[] = [];
    let report: Promise<{ id: string }> | null = null;
    onReportLock = () => sent.push(hear(h, road[round]!, now - 31_000, [{ tagId }]));
    for (let i = 0; i < 30; i++) {
      sent.push(hear(h, road[i % 3]!, now - 30_000 + i * 500, [{ tagId }, { tagId: 9_000 + i }]));
      if (i === 10) report = h.bikes.cases.report(owner, { bikeId: bike.id, lastSeenAt: new Date(now - 60_000), lastSeenLat: 33.0, lastSeenLon: 118.45 });
      await new Promise((r) => setImmediate(r));
    }
    const c = await report!;
    await Promise.all(sent);
    const { rows } = await t.db.query<{ n: number; distinct_n: number }>('SELECT count(*)::int AS n, count(DISTINCT (station_id, seq))::int AS distinct_n FROM bike_hits WHERE case_id = $1', [c.id]);
    assert.deepEqual([rows[0]!.n, rows[0]!.distinct_n], [31, 31], `round ${round}`);
  }
});
