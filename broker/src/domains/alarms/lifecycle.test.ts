// An alarm's lifecycle through the API, with the pillar on real MQTT: received,
// answered (the pillar's two-way voice opens), verified (the rest of the plan
// linked), dispatched, on scene, closed; a false alarm; a second press; and a
// timeline nobody can edit.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { encodeUplink, uplinkTopic } from '@watchpost/firmware-protocol';
import { inTransaction } from '@watchpost/ingest';
import { eventually } from '@watchpost/ingest/test-support';
import { connectDevice, publishAcked, startTestPlatform, type TestPlatform } from '../../test-support.js';
import { as, Pillar, PLACES, registerPillar, setUpCounty, type County } from './test-support.js';

const TOWN_PHONE = '13800003333';
let platform: TestPlatform;
let county: County;
before(async () => {
  platform = await startTestPlatform();
  county = await setUpCounty(platform, { town_command: TOWN_PHONE });
  // The town command's member reads English: their text messages are in English.
  await platform.db.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [county.parties.town_command.member.id]);
});
after(async () => {
  await county.close();
  await platform.dispose();
});

type Alarm = { id: string; state: string; callOpen: boolean; parties: { role: string; dispatchedAt: string | null; arrivedAt: string | null }[]; severity: string | null };

async function pressed(pillar: Pillar): Promise<string> {
  await pillar.press();
  return (await platform.db.query<{ id: string }>('SELECT id FROM alarms WHERE device_id = $1 AND closed_at IS NULL', [pillar.device.id])).rows[0]!.id;
}

describe('the lifecycle', () => {
  it('received → call answered → verified → dispatched → on scene → closed, each in the timeline with who did it', async () => {
    const pillar = await Pillar.connect(platform, await registerPillar(platform, PLACES.areaA));
    try {
      const id = await pressed(pillar);
      const operator = county.parties.governance_centre.member;
      const police = county.parties.police_station.member;
      const step = async (who: typeof operator, path: string, body: unknown = {}) => {
        const res = await as(platform, who, 'POST', `/api/v1/alarms/${id}/${path}`, body);
        assert.equal(res.status, 200, `${path}: ${JSON.stringify(res.json)}`);
        return res.json.alarm as Alarm;
      };
      // The default plan: only the governance centre on the press.
      let alarm = (await as(platform, operator, 'GET', `/api/v1/alarms/${id}`)).json.alarm as Alarm;
      assert.deepEqual(
        alarm.parties.map((p) => p.role),
        ['governance_centre'],
      );
      assert.equal((await step(operator, 'receive')).state, 'received');
      assert.equal((await as(platform, operator, 'POST', `/api/v1/alarms/${id}/receive`, {})).status, 409, 'received once');

      alarm = await step(operator, 'answer');
      assert.deepEqual([alarm.state, alarm.callOpen], ['call_answered', true]);
      const call = await eventually(() => pillar.downlinks.find((d) => d.frame.command.type === 'setCallState'), 5_000, 'SetCallState at the pillar');
      assert.deepEqual(call.frame.command, { type: 'setCallState', open: true });
      assert.equal(call.macValid, true);
      assert.equal((await as(platform, operator, 'POST', `/api/v1/alarms/${id}/dispatch`, {})).status, 409, 'not dispatched before it is verified');

      alarm = await step(operator, 'verify', { genuine: true, severity: 'medium', note: 'caller reports a fight' });
      assert.equal(alarm.state, 'verified');
      assert.deepEqual(alarm.parties.map((p) => p.role).sort(), ['district_centre', 'governance_centre', 'police_command', 'police_station', 'town_command'], 'the rest of the plan linked in');
      await eventually(() => county.parties.police_station.hook.got.find((r) => r.kind === 'alarm.party.notified'), 5_000, 'the police station told');
      const sms = await eventually(() => platform.sms.sent.find((m) => m.phone === TOWN_PHONE)?.text, 5_000, "the town command member's text message");
      assert.equal(sms, `Watchpost alarm ${id} (东门路口) is verified as genuine, severity medium. Acknowledge within 60 s.`);

      alarm = await step(operator, 'hang-up');
      assert.equal(alarm.callOpen, false);
      alarm = await step(police, 'dispatch', { responder: '巡逻车 3' });
      assert.equal(alarm.state, 'dispatched');
      assert.ok(alarm.parties.find((p) => p.role === 'police_station')!.dispatchedAt, "the police station's own dispatch meets its limit");
      alarm = await step(police, 'on-scene');
      assert.ok(alarm.parties.find((p) => p.role === 'police_station')!.arrivedAt);
      alarm = await step(operator, 'close', { disposition: 'resolved' });
      assert.equal(alarm.state, 'closed');
      await eventually(() => pillar.downlinks.find((d) => d.frame.command.type === 'notifyCaller' && d.frame.command.lamp === 'LAMP_PATTERN_OFF'), 5_000, 'the lamp turned off');
      assert.equal((await as(platform, operator, 'POST', `/api/v1/alarms/${id}/verify`, { genuine: false })).status, 409, 'nothing after closing');

      const { rows: pending } = await platform.db.query('SELECT 1 FROM alarm_deadlines WHERE alarm_id = $1 AND fired_at IS NULL AND cancelled_at IS NULL', [id]);
      assert.equal(pending.length, 0, 'no deadline survives the close');
      const { json } = await as(platform, operator, 'GET', `/api/v1/alarms/${id}`);
      const timeline = json.timeline as { step: string; at: string; actor: { id: string | null; role: string | null } | null }[];
      const lifecycle = timeline.filter((t) => ['raised', 'received', 'call_answered', 'verified', 'call_ended', 'dispatched', 'on_scene', 'closed'].includes(t.step));
      assert.deepEqual(
        lifecycle.map((t) => t.step),
        ['raised', 'received', 'call_answered', 'verified', 'call_ended', 'dispatched', 'on_scene', 'closed'],
      );
      assert.deepEqual(lifecycle[0]!.actor, { id: pillar.device.id, role: 'device', name: '东门路口' });
      assert.equal(lifecycle.find((t) => t.step === 'dispatched')!.actor!.id, police.id);
      for (let i = 1; i < timeline.length; i++) assert.ok(timeline[i]!.at >= timeline[i - 1]!.at, 'in time order');
    } finally {
      pillar.close();
    }
  });

  it('the timeline is append-only: an UPDATE or DELETE of an entry is refused by the database', async () => {
    const { rows } = await platform.db.query<{ id: number }>('SELECT id FROM alarm_timeline LIMIT 1');
    await assert.rejects(platform.db.query(`UPDATE alarm_timeline SET step = 'edited' WHERE id = $1`, [rows[0]!.id]), /append-only/);
    await assert.rejects(platform.db.query('DELETE FROM alarm_timeline WHERE id = $1', [rows[0]!.id]), /append-only/);
    await assert.rejects(platform.db.query('TRUNCATE alarm_timeline'), /append-only|cannot truncate/);
  });

  it('a false alarm: no party is reminded or carded any more, it cannot be dispatched, and closes as false', async () => {
    const pillar = await Pillar.connect(platform, await registerPillar(platform, PLACES.areaA, '西门'));
    try {
      const id = await pressed(pillar);
      const operator = county.parties.governance_centre.member;
      assert.equal((await as(platform, operator, 'POST', `/api/v1/alarms/${id}/verify`, { genuine: true })).status, 400, 'a genuine alarm needs its severity');
      assert.equal((await as(platform, operator, 'POST', `/api/v1/alarms/${id}/verify`, { genuine: false })).status, 200);
      const { rows } = await platform.db.query('SELECT 1 FROM alarm_deadlines WHERE alarm_id = $1 AND fired_at IS NULL AND cancelled_at IS NULL', [id]);
      assert.equal(rows.length, 0);
      assert.equal((await as(platform, operator, 'POST', `/api/v1/alarms/${id}/dispatch`, {})).json.code, 'ALARM_FALSE');
      assert.equal((await as(platform, operator, 'POST', `/api/v1/alarms/${id}/close`, { disposition: 'false_alarm' })).status, 200);
    } finally {
      pillar.close();
    }
  });

  it('a second press while the alarm is open joins it; after it is closed, a press opens a new one', async () => {
    const pillar = await Pillar.connect(platform, await registerPillar(platform, PLACES.areaA, '南门'));
    try {
      const id = await pressed(pillar);
      await pillar.press();
      const { rows } = await platform.db.query<{ id: string; presses: number }>('SELECT id, presses FROM alarms WHERE device_id = $1', [pillar.device.id]);
      assert.deepEqual(rows, [{ id, presses: 2 }]);
      const { json } = await as(platform, county.parties.governance_centre.member, 'GET', `/api/v1/alarms/${id}`);
      assert.equal((json.timeline as { step: string }[]).filter((t) => t.step === 'pressed_again').length, 1);
      assert.equal(pillar.downlinks.filter((d) => d.frame.command.type === 'notifyCaller').length <= 1, true, 'help is sent once per alarm');
      await as(platform, county.parties.governance_centre.member, 'POST', `/api/v1/alarms/${id}/close`, { disposition: 'no_action' });
      const next = await pressed(pillar);
      assert.notEqual(next, id);
    } finally {
      pillar.close();
    }
  });
});

describe('commands to a pillar that is not connected', () => {
  it('wait, and go when it connects and subscribes (within their expiry); the ack is recorded against the command', async () => {
    const device = await registerPillar(platform, PLACES.areaA, '北门');
    // The press comes over one connection that then drops before the help command can be sent (no subscription).
    const bare = await connectDevice(platform.mqtt.port, device);
    await publishAcked(
      bare,
      uplinkTopic('pillar', device.id),
      encodeUplink({ deviceId: device.id, seq: 1, deviceTimeMs: Date.now(), body: { type: 'pillarEvent', event: 'PILLAR_EVENT_TYPE_BUTTON_PRESSED' } }),
    );
    bare.end(true);
    const { rows } = await platform.db.query<{ help_command_id: number }>('SELECT help_command_id FROM alarms WHERE device_id = $1', [device.id]);
    const commandId = rows[0]!.help_command_id;
    const before = (await platform.db.query<{ sent_at: Date | null }>('SELECT sent_at FROM device_commands WHERE id = $1', [commandId])).rows[0]!;
    assert.equal(before.sent_at, null, 'nobody listened: it waits');
    // A command whose time is up by the time the pillar listens is never sent.
    const expired = await inTransaction(platform.db, (work) =>
      platform.homes.devices.commands.enqueue(work, { deviceId: device.id, command: { type: 'setCallState', open: true }, purpose: 'test', ttlMs: 1 }),
    );
    await new Promise((r) => setTimeout(r, 20));

    const pillar = await Pillar.connect(platform, device);
    pillar.seq = 1;
    try {
      const help = await pillar.nextDownlink(0, 5_000);
      assert.equal(help.frame.commandId, commandId);
      assert.equal(help.frame.command.type, 'notifyCaller');
      const row = await eventually(
        async () => (await platform.db.query<{ ack_status: string | null }>('SELECT ack_status FROM device_commands WHERE id = $1', [commandId])).rows[0]!.ack_status,
        5_000,
        'the ack recorded',
      );
      assert.equal(row, 'ok');
      await new Promise((r) => setTimeout(r, 200));
      assert.deepEqual(
        pillar.downlinks.map((d) => d.frame.commandId),
        [commandId],
        `the expired command ${expired.id} was not sent`,
      );
    } finally {
      pillar.close();
    }
  });
});
