// The county run against a real platform: layers, jurisdictions and devices through the API, stations and pillars over MQTT, sightings stored.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { adminFetch, startTestPlatform, TEST_ADMIN_PASSWORD, type TestPlatform } from '@watchpost/broker/test-support';
import { eventually, testLogger } from '@watchpost/ingest/test-support';
import { ApiClient } from '../api.js';
import { runCounty } from './county-run.js';

let platform: TestPlatform;
let dir: string;
before(async () => {
  platform = await startTestPlatform();
  dir = mkdtempSync(join(tmpdir(), 'wp-county-'));
});
after(async () => {
  await platform.dispose();
  rmSync(dir, { recursive: true, force: true });
});

it('registers a small county, uploads its map and jurisdictions, and its stations report riders the platform stores', async () => {
  const credentials = { username: 'admin', password: TEST_ADMIN_PASSWORD };
  const options = {
    api: new ApiClient(platform.baseUrl, credentials),
    credentials,
    seed: 1,
    scale: 0.02,
    timeFactor: 600,
    simStartS: 7.5 * 3600,
    windowS: 1,
    heartbeatS: 2,
    mqttHost: '127.0.0.1',
    mqttPort: platform.mqtt.port,
    fleetPath: join(dir, 'county.json'),
    reportEveryS: 60,
    logger: testLogger,
    // The riders' bikes in the register: theft-run.test.ts.
    bikes: false,
  };
  const run = await runCounty(options);
  try {
    const { county } = run;
    assert.equal(platform.homes.devices.registry.size, county.stations.length + county.pillars.length);
    const layers = (await (await adminFetch(platform.baseUrl, '/api/v1/map/layers')).json()) as { layers: { name: string }[] };
    assert.deepEqual(layers.layers.map((l) => l.name).sort(), ['county-jurisdictions', 'county-places', 'county-roads', 'county-water']);
    const jurisdictions = (await (await adminFetch(platform.baseUrl, '/api/v1/jurisdictions')).json()) as { jurisdictions: { id: string; kind: string; parentId: string | null }[] };
    assert.equal(jurisdictions.jurisdictions.length, county.jurisdictions.length);
    assert.ok(jurisdictions.jurisdictions.some((j) => j.id === 'xuyi-xucheng' && j.kind === 'town' && j.parentId === 'xuyi'));
    await eventually(() => run.stats().stationsOnline === county.stations.length && run.stats().pillarsOnline === county.pillars.length, 15_000, 'every device connected');
    await eventually(() => run.stats().sightingsAcked >= 20, 20_000, 'sightings acknowledged');
    const { rows } = await platform.ingest.db.query<{ n: number }>('SELECT count(*)::int AS n FROM tag_sightings');
    assert.ok(rows[0]!.n >= 20, `${rows[0]!.n} sightings stored`);
    const tags = new Set(run.riders.flatMap((r) => [r.bikeTag, r.fobTag]));
    const stored = await platform.ingest.db.query<{ tag_id: number }>('SELECT DISTINCT tag_id FROM tag_sightings LIMIT 50');
    assert.ok(
      stored.rows.every((r) => tags.has(Number(r.tag_id) >>> 0)),
      'the riders’ tags',
    );
  } finally {
    await run.stop();
  }
  // A restart reuses the registered devices.
  const again = await runCounty(options);
  await again.stop();
  assert.equal(platform.homes.devices.registry.size, again.county.stations.length + again.county.pillars.length, 'nothing registered twice');
});
