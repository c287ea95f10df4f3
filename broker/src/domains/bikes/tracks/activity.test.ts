// Station activity on the TimescaleDB path (the PGlite fork): the continuous aggregate, materialised
// and real-time, counts what the raw rows count (routes.test.ts covers the HTTP answers and reach).
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { openTimescaleTestDatabase } from '@watchpost/ingest/test-support';
import { startUplink, TEST_CALLER } from '../../../uplink/test-support.js';
import { StationActivity } from './activity.js';
import { insertSightings, type SightingRow } from './test-support.js';

const MIN = 60_000;

it('the station-activity aggregate counts distinct tags per minute as the raw rows do', async () => {
  const t = await openTimescaleTestDatabase();
  const uplink = await startUplink(t.db);
  try {
    const a = (await uplink.register({ kind: 'station', id: 'st-act-a', lat: 33, lon: 118.5 })).device.id;
    const b = (await uplink.register({ kind: 'station', id: 'st-act-b', lat: 33.01, lon: 118.5 })).device.id;
    const start = Math.floor(Date.now() / MIN) * MIN - 120 * MIN;
    const rows: SightingRow[] = [];
    // Two hours: each minute m, station a hears tags m % 7 … (m % 7) + 2 (three), one of them twice; b hears one tag every other minute.
    for (let m = 0; m < 120; m++) {
      for (let k = 0; k < 3; k++) rows.push({ station: a, tagId: 500 + ((m % 7) + k), atMs: start + m * MIN + 1_000 + k * 5_000 });
      rows.push({ station: a, tagId: 500 + (m % 7), atMs: start + m * MIN + 30_000 });
      if (m % 2 === 0) rows.push({ station: b, tagId: 900, atMs: start + m * MIN + 10_000 });
    }
    await insertSightings(t.db, rows);
    // The first hour materialised, the second real-time.
    await t.db.exec(`CALL refresh_continuous_aggregate('station_activity_minutes', NULL, '${new Date(start + 60 * MIN).toISOString()}')`);
    const range = { from: new Date(start), to: new Date(start + 120 * MIN) };
    const viaAggregate = new StationActivity(t.db, uplink.registry, 'continuous-aggregate');
    const viaRaw = new StationActivity(t.db, uplink.registry, 'raw');

    const minutes = await viaAggregate.minutes(TEST_CALLER, a, range);
    assert.equal(minutes.minutes.length, 120);
    assert.ok(minutes.minutes.every((m) => m.tags === 3 && m.sightings === 4));
    assert.deepEqual(minutes.minutes, (await viaRaw.minutes(TEST_CALLER, a, range)).minutes);

    const summary = await viaAggregate.summary(TEST_CALLER, range);
    const plain = (s: typeof summary) => s.stations.map(({ station, ...figures }) => ({ id: station.id, ...figures }));
    assert.deepEqual(plain(summary), [
      { id: a, station_id: a, minutes: 120, peak_tags: 3, tag_minutes: 360, sightings: 480 },
      { id: b, station_id: b, minutes: 60, peak_tags: 1, tag_minutes: 60, sightings: 60 },
    ]);
    assert.deepEqual(plain(summary), plain(await viaRaw.summary(TEST_CALLER, range)));
  } finally {
    await uplink.stop();
    await t.drop();
  }
});
