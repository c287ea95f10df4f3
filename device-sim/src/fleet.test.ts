// The simulator against a real platform: registration through the API, frames over MQTT.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { adminFetch, startTestPlatform, TEST_ADMIN_PASSWORD, type TestPlatform } from '@watchpost/broker/test-support';
import { eventually, testLogger } from '@watchpost/ingest/test-support';
import { ApiClient } from './api.js';
import { loadFleetFile, prepareFleet, saveFleetFile, SEQ_RESTART_MARGIN } from './fleet.js';
import { SimulatedDevice } from './mqtt-device.js';

let platform: TestPlatform;
let dir: string;
before(async () => {
  platform = await startTestPlatform();
  dir = mkdtempSync(join(tmpdir(), 'wp-sim-'));
});
after(async () => {
  await platform.dispose();
  rmSync(dir, { recursive: true, force: true });
});

it('registers a fleet with its town, brings it online, and reuses it after a restart without reusing a seq', async () => {
  // Signs in as a person would (session cookie and CSRF token), not with a token.
  const api = new ApiClient(platform.baseUrl, { username: 'admin', password: TEST_ADMIN_PASSWORD });
  const fleetFile = join(dir, 'fleet.json');
  const plan = { stations: 3, pillars: 2, center: [118.53, 32.99] as [number, number] };
  const devices = await prepareFleet(api, plan, fleetFile);
  assert.equal(devices.length, 5);
  assert.equal(platform.homes.devices.registry.size, 5);
  const layers = (await (await adminFetch(platform.baseUrl, '/api/v1/map/layers')).json()) as { layers: { name: string }[] };
  assert.deepEqual(
    layers.layers.map((l) => l.name),
    ['demo-jurisdictions', 'demo-roads'],
  );

  const sims = devices.map((d) => new SimulatedDevice(d, { host: '127.0.0.1', port: platform.mqtt.port, intervalS: 1, logger: testLogger }));
  sims.forEach((s) => s.start());
  try {
    await eventually(() => devices.every((d) => platform.homes.devices.registry.get(d.id)?.presence === 'online'), 10_000, 'every simulated device online');
    await eventually(() => sims.every((s) => s.acked >= 2), 10_000, 'two acknowledged heartbeats each');
  } finally {
    await Promise.all(sims.map((s) => s.stop()));
  }
  saveFleetFile(fleetFile, { platform: api.baseUrl, devices });

  const again = await prepareFleet(api, plan, fleetFile);
  assert.deepEqual(again.map((d) => d.id).sort(), devices.map((d) => d.id).sort());
  assert.equal(platform.homes.devices.registry.size, 5, 'nothing registered twice');
  for (const d of again) {
    const before = devices.find((x) => x.id === d.id)!;
    assert.equal(d.seq, before.seq + SEQ_RESTART_MARGIN);
  }
  assert.equal(loadFleetFile(fleetFile)!.devices.length, 5);
});
