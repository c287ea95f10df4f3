// The pillar scenario against a real platform: buttons pressed at county pillars over MQTT; the five parties of each pillar's jurisdiction
// told on their five webhook receivers; four acknowledge through the API and are reminded no more; the police station never does, is
// reminded on and carded yellow, then red, each told to the supervisor. Short limits through the platform's settings.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { DownlinkFrame } from '@watchpost/firmware-protocol';
import { startTestPlatform, TEST_ADMIN_PASSWORD, type TestPlatform } from '@watchpost/broker/test-support';
import { eventually, testLogger } from '@watchpost/ingest/test-support';
import { ApiClient } from '../api.js';
import { runCounty, type CountyRun } from './county-run.js';
import { PARTY_ROLES, PillarAlarms } from './pillar-alarms.js';
import { CountyPlatformApi } from './platform-api.js';

const ACK_WITHIN_S = 3;
let platform: TestPlatform;
let run: CountyRun;
let scenario: PillarAlarms;
before(async () => {
  platform = await startTestPlatform({ alarmAcknowledgeWithinS: ACK_WITHIN_S, alarmRemindEveryS: 1 });
  const credentials = { username: 'admin', password: TEST_ADMIN_PASSWORD };
  const api = new ApiClient(platform.baseUrl, credentials);
  run = await runCounty({
    api,
    credentials,
    seed: 2,
    scale: 0.01,
    timeFactor: 60,
    simStartS: 10 * 3600,
    windowS: 1,
    heartbeatS: 10,
    mqttHost: '127.0.0.1',
    mqttPort: platform.mqtt.port,
    fleetPath: null,
    reportEveryS: 60,
    logger: testLogger,
    bikes: false,
  });
  scenario = await PillarAlarms.start({ admin: new CountyPlatformApi(api, credentials), county: run.county, silent: 'police_station', logger: testLogger });
});
after(async () => {
  await scenario.stop();
  await run.stop();
  await platform.dispose();
});

it('tells the five parties of each pressed pillar, stops the reminders of those who acknowledge, and cards the one who never does yellow then red', async () => {
  await eventually(() => run.pillars.every((p) => p.online), 15_000, 'the pillars connected');
  // Two pillars in different towns: their police stations and town commands are different units.
  const other = run.county.pillars.findIndex((p) => p.town !== run.county.pillars[0]!.town);
  const pressed = [run.pillars[0]!, run.pillars[other < 0 ? 1 : other]!];
  await scenario.prepare([0, other < 0 ? 1 : other]);
  const help = new Map<string, DownlinkFrame[]>();
  for (const p of pressed) {
    help.set(p.device.id, []);
    p.commandListeners.add((frame) => help.get(p.device.id)!.push(frame));
  }
  const alarms: string[] = [];
  for (const p of pressed) {
    await p.press();
    const { rows } = await platform.db.query<{ id: string; jurisdictions: string[] }>('SELECT id, jurisdictions FROM alarms WHERE device_id = $1', [p.device.id]);
    assert.equal(rows.length, 1, 'the alarm exists at the PUBACK');
    assert.ok(rows[0]!.jurisdictions.length >= 3, `placed in the county, a town and a police area: ${rows[0]!.jurisdictions.join(', ')}`);
    alarms.push(rows[0]!.id);
  }

  for (const [i, id] of alarms.entries()) {
    const { rows: parties } = await platform.db.query<{ role: string; unit_id: string }>('SELECT role, unit_id FROM alarm_parties WHERE alarm_id = $1 ORDER BY role', [id]);
    assert.deepEqual(parties.map((p) => p.role).sort(), [...PARTY_ROLES].sort(), 'five parties linked');
    for (const role of PARTY_ROLES) await eventually(() => scenario.deliveries(role, id, 'alarm.party.notified').length > 0, 10_000, `${role} told of ${id}`);
    await eventually(() => help.get(pressed[i]!.device.id)!.some((f) => f.command.type === 'notifyCaller'), 5_000, 'help is on its way, at the pillar');
  }

  // The supervisor hears of the yellow card, then the red one, for each alarm.
  const cards = (id: string) => scenario.deliveries('police_command', id, 'alarm.party.escalated').map((d) => d.level);
  for (const id of alarms) await eventually(() => cards(id).includes('red'), 20_000, `the red card of ${id}`);
  assert.deepEqual(scenario.failures, []);

  for (const id of alarms) {
    const { rows } = await platform.db.query<{ level: string; role: string; due_at: Date; at: Date }>(
      'SELECT e.level, p.role, e.due_at, e.at FROM alarm_escalations e JOIN alarm_parties p ON p.alarm_id = e.alarm_id AND p.unit_id = e.unit_id WHERE e.alarm_id = $1 ORDER BY e.id',
      [id],
    );
    assert.deepEqual(
      rows.map((r) => `${r.level}:${r.role}`),
      ['yellow:police_station', 'red:police_station'],
    );
    assert.deepEqual(cards(id), ['yellow', 'red']);
    // Never early; how late is bench:escalation's to measure (on a busy host a second or more), so only a gross delay fails here.
    for (const r of rows) {
      const late = r.at.getTime() - r.due_at.getTime();
      assert.ok(late >= 0 && late < 5_000, `${r.level} ${late} ms after its deadline`);
    }
    // The silent one was reminded on; the four others acknowledged and were reminded no more after it.
    assert.ok(scenario.deliveries('police_station', id, 'alarm.party.reminded').length >= 2 * ACK_WITHIN_S - 1, 'the police station reminded each second');
    const { rows: board } = await platform.db.query<{ role: string; acknowledged_at: Date | null; last_reminded_at: Date | null }>(
      'SELECT role, acknowledged_at, last_reminded_at FROM alarm_parties WHERE alarm_id = $1',
      [id],
    );
    for (const p of board.filter((b) => b.role !== 'police_station')) {
      assert.ok(p.acknowledged_at, `${p.role} acknowledged ${id}`);
      assert.ok(!p.last_reminded_at || p.last_reminded_at <= p.acknowledged_at, `${p.role} reminded after acknowledging`);
    }
  }
  assert.deepEqual(scenario.failures, []);
});
