// The theft scenario against a real platform: the riders' bikes registered through the API (owners, tags, fobs), a bike stolen,
// reported at the police desk, and the platform raising live hits in the commits of the station frames that carry its tag, with the next stations predicted.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { adminFetch, startTestPlatform, TEST_ADMIN_PASSWORD, type TestPlatform } from '@watchpost/broker/test-support';
import { eventually, testLogger } from '@watchpost/ingest/test-support';
import { ApiClient } from '../api.js';
import { runCounty } from './county-run.js';

let platform: TestPlatform;
before(async () => {
  platform = await startTestPlatform();
  // The county's clock runs 300× faster than the platform's: positions settle (and the station graph learns them) after 1.5 s of wall time, not a minute.
  Object.assign(platform.homes.bikes.tracker.options, { settleMs: 1_500, visitGapMs: 1_500 });
});
after(() => platform.dispose());

interface HitJson {
  historical: boolean;
  station: { id: string };
  next: { stationId: string; probability: number }[];
}

it('registers the riders’ bikes, and a bike stolen and reported is hit live as the thief rides past stations, with the next stations predicted', async () => {
  const credentials = { username: 'admin', password: TEST_ADMIN_PASSWORD };
  const theftAtS = 9 * 3600; // Monday 09:00: the commuters' bikes are parked at work
  const run = await runCounty({
    api: new ApiClient(platform.baseUrl, credentials),
    credentials,
    seed: 1,
    scale: 0.02,
    timeFactor: 300,
    simStartS: 8.25 * 3600, // 45 minutes of the morning for the station graph to learn from
    windowS: 1,
    heartbeatS: 5,
    mqttHost: '127.0.0.1',
    mqttPort: platform.mqtt.port,
    fleetPath: null,
    reportEveryS: 60,
    logger: testLogger,
    fobShare: 0.6,
    theft: { atS: theftAtS, reportAfterS: 60 },
  });
  try {
    // Every rider's bike is in the register, with its plate tag, and a fob where the rider carries one.
    assert.equal(run.bikeIds.size, run.riders.length);
    const { rows } = await platform.db.query<{ bikes: number; fobs: number }>(`SELECT (SELECT count(*)::int FROM bikes) AS bikes, (SELECT count(*)::int FROM bike_tags WHERE role = 'fob') AS fobs`);
    assert.equal(rows[0]!.bikes, run.riders.length);
    const fobs = run.riders.filter((r) => r.fobTag !== null).length;
    assert.ok(fobs > 0 && fobs < run.riders.length, `${fobs} of ${run.riders.length} riders carry a fob`);
    assert.equal(rows[0]!.fobs, fobs);

    const startedMs = Date.now();
    const reported = await run.theft!.reported;
    // Reported once the county's clock passed the theft and the report's delay (45 minutes and a minute, at 300×: 9.2 s), last seen at the theft.
    const reportedInMs = Date.now() - startedMs;
    assert.ok(reportedInMs > 7_000, `reported ${reportedInMs} ms after the county started running, before the theft`);
    const cases = (await (await adminFetch(platform.baseUrl, '/api/v1/cases')).json()) as { cases: { id: string; bike: { id: string }; lastSeenAt: string; watch: { tagId: number } | null }[] };
    const c = cases.cases.find((x) => x.id === reported.id);
    assert.ok(c, 'the case exists');
    const lastSeenAgoMs = Date.now() - Date.parse(c.lastSeenAt);
    assert.ok(lastSeenAgoMs >= 0 && lastSeenAgoMs < 5_000, `last seen at the theft, 0.2 s (of wall time) before the report: ${c.lastSeenAt}`);
    assert.equal(c.bike.id, run.bikeIds.get(run.theft!.rider.index));
    assert.equal(c.watch?.tagId, run.theft!.rider.bikeTag, "the bike's tag is watched");

    const hitsOf = async () => ((await (await adminFetch(platform.baseUrl, `/api/v1/cases/${c.id}/hits?limit=500`)).json()) as { hits: HitJson[] }).hits;
    const live = await eventually(
      async () => {
        const hits = (await hitsOf()).filter((h) => !h.historical);
        return hits.some((h) => h.next.length > 0) ? hits : null;
      },
      30_000,
      'a live hit with the next stations predicted',
    );
    assert.ok(live.length >= 1);
    const predicted = live.find((h) => h.next.length > 0)!;
    assert.ok(
      predicted.next.every((n) => n.stationId !== '' && n.probability > 0 && n.probability <= 1),
      JSON.stringify(predicted.next),
    );
  } finally {
    await run.stop();
  }
});
