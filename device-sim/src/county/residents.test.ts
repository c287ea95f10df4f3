// The residents' scenario against a real platform: presses at the county's pillars over MQTT open
// alarms (a second press joins the open one), and the pillars' faults (tamper, power, camera, off
// the network) reach the maintenance desk once they have held, as the scenario's truth log says.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { startTestPlatform, TEST_ADMIN_PASSWORD, type TestPlatform } from '@watchpost/broker/test-support';
import { eventually, testLogger } from '@watchpost/ingest/test-support';
import { ApiClient } from '../api.js';
import { runCounty, type CountyRun } from './county-run.js';
import { Residents } from './residents.js';

const TIME_FACTOR = 600; // ten simulated minutes a second: a fault lasts 0.5–6 s here
let platform: TestPlatform;
let run: CountyRun;
let residents: Residents;
before(async () => {
  platform = await startTestPlatform({ maintenanceRaiseAfterS: 1, maintenanceClearAfterS: 1 });
  const credentials = { username: 'admin', password: TEST_ADMIN_PASSWORD };
  run = await runCounty({
    api: new ApiClient(platform.baseUrl, credentials),
    credentials,
    seed: 3,
    scale: 0.02,
    timeFactor: 60,
    simStartS: 10 * 3600,
    windowS: 1,
    heartbeatS: 1,
    mqttHost: '127.0.0.1',
    mqttPort: platform.mqtt.port,
    fleetPath: null,
    reportEveryS: 60,
    logger: testLogger,
    bikes: false,
  });
});
after(async () => {
  residents?.stop();
  await run.stop();
  await platform.dispose();
});

it('presses open alarms (a second press joins) and faults that hold reach the maintenance desk', async () => {
  await eventually(() => run.pillars.every((p) => p.online), 15_000, 'the pillars connected');
  const pillars = run.pillars.length;
  assert.ok(pillars >= 3, `${pillars} pillars`);
  // About 40 presses and 30 faults in the 12 s run, spread over the pillars.
  residents = new Residents({ pillars: run.pillars, pressesPerPillarDay: 480 / pillars, faultsPerPillarDay: 360 / pillars, timeFactor: TIME_FACTOR, seed: 7, logger: testLogger });
  residents.start();
  await new Promise((r) => setTimeout(r, 12_000));
  residents.stop();
  const counts = residents.counts();
  const presses = counts.press + counts['mistaken-press'] + counts['press-again'];
  assert.ok(presses >= 5 && counts.tamper + counts['power-lost'] + counts['camera-offline'] + counts.offline >= 5, JSON.stringify(counts));

  // Every press logged is a button event stored (a press is logged at its PUBACK).
  const { rows: events } = await platform.db.query<{ device_id: string; n: number }>("SELECT device_id, count(*)::int AS n FROM pillar_events WHERE event = 'button_pressed' GROUP BY device_id");
  assert.equal(
    events.reduce((n, e) => n + e.n, 0),
    presses,
  );
  // One open alarm per pressed pillar: the presses at a pillar with an alarm open joined it.
  const PRESSES = new Set(['press', 'mistaken-press', 'press-again']);
  const pressed = new Set(residents.log.filter((h) => PRESSES.has(h.what)).map((h) => h.pillarId));
  const { rows: alarms } = await platform.db.query<{ device_id: string; n: number }>('SELECT device_id, count(*)::int AS n FROM alarms GROUP BY device_id');
  assert.deepEqual(new Set(alarms.map((a) => a.device_id)), pressed);
  for (const a of alarms) assert.equal(a.n, 1, `${a.device_id}: one alarm, the later presses joined it`);

  // A fault that lasts is an alert for the desk, of its kind: 3 s for one the pillar reports (1 s to hold, heartbeats every
  // second), 6 s to be off the network (offline after three missed heartbeats, then 1 s to hold).
  const CONDITION = { tamper: 'tamper', 'power-lost': 'power_lost', 'camera-offline': 'camera_offline', offline: 'offline' } as const;
  const needsS = (what: string) => (what === 'offline' ? 6 : 3);
  const held = residents.log.filter((h) => h.what in CONDITION && h.lastsS! / TIME_FACTOR >= needsS(h.what));
  assert.ok(held.length > 0, 'some faults held');
  for (const h of held) {
    const condition = CONDITION[h.what as keyof typeof CONDITION];
    await eventually(
      async () => (await platform.db.query('SELECT 1 FROM maintenance_alerts WHERE device_id = $1 AND condition = $2', [h.pillarId, condition])).rows.length > 0,
      8_000,
      `${condition} of ${h.pillarId} on the maintenance desk`,
    );
  }
  // And nothing of a fault is an emergency alarm.
  assert.ok(alarms.every((a) => pressed.has(a.device_id)));
});
