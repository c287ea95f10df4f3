// Maintenance alerts from pillar heartbeats, events and presence, with flap
// suppression: a fault alerts once it has held for the hold time, and clears
// once it has been gone as long; a fault that comes and goes within the hold
// alerts nobody. Through the uplink pipeline on a real database.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { encodeUplink, uplinkTopic, type UplinkBody } from '@watchpost/firmware-protocol';
import type { UplinkRecord } from '@watchpost/ingest';
import { eventually, openTestDatabase, testIngestOptions, type TestDatabase } from '@watchpost/ingest/test-support';
import { startUplink, type UplinkHarness } from '../../../uplink/test-support.js';

const HOLD_S = 1;
let t: TestDatabase;
let h: UplinkHarness;
const notices: { kind: string; deviceId: string; condition: string }[] = [];

before(async () => {
  t = await openTestDatabase();
  h = await startUplink(
    t.db,
    testIngestOptions(),
    { missedHeartbeats: 1, sweepEveryMs: 50 },
    {},
    { alarms: { maintenance: { raiseAfterS: HOLD_S, clearAfterS: HOLD_S, batteryLowMv: 11_800 }, pollMs: 100 } },
  );
  h.notifications.live.subscribe((rows) => {
    for (const n of rows) if (n.kind.startsWith('maintenance.')) notices.push({ kind: n.kind, deviceId: n.subject_id!, condition: (n.payload.alert as { condition: string }).condition });
  });
});
after(async () => {
  await h.stop();
  await t.drop();
});

async function pillar(): Promise<{ id: string; send(body: UplinkBody): Promise<void> }> {
  const { device } = await h.register({ kind: 'pillar' });
  let seq = 0;
  return {
    id: device.id,
    async send(body) {
      const outcome = await h.handle({
        transport: 'mqtt',
        topic: uplinkTopic('pillar', device.id),
        payload: encodeUplink({ deviceId: device.id, seq: ++seq, deviceTimeMs: Date.now(), body }),
        receivedAtMs: Date.now(),
        sessionDeviceId: device.id,
      });
      assert.equal(outcome.status, 'stored');
    },
  };
}

const heartbeat = (s: { doorOpen?: boolean; power?: 'POWER_SOURCE_MAINS' | 'POWER_SOURCE_BATTERY'; batteryMv?: number; intervalS?: number } = {}): UplinkBody => ({
  type: 'pillarHeartbeat',
  power: s.power ?? 'POWER_SOURCE_MAINS',
  batteryMv: s.batteryMv ?? 13_000,
  doorOpen: s.doorOpen ?? false,
  camera: 'CAMERA_STATUS_OK',
  intervalS: s.intervalS ?? 60,
  firmwareVersion: 't',
});
const event = (e: 'PILLAR_EVENT_TYPE_TAMPER_OPENED' | 'PILLAR_EVENT_TYPE_TAMPER_CLOSED' | 'PILLAR_EVENT_TYPE_POWER_LOST' | 'PILLAR_EVENT_TYPE_CAMERA_OFFLINE'): UplinkBody => ({
  type: 'pillarEvent',
  event: e,
});
const of = (deviceId: string) => notices.filter((n) => n.deviceId === deviceId).map((n) => `${n.kind}:${n.condition}`);
const alerts = async (deviceId: string) =>
  (
    await t.db.query<{ condition: string; began_at: Date; raised_at: Date; cleared_at: Date | null }>(
      'SELECT condition, began_at, raised_at, cleared_at FROM maintenance_alerts WHERE device_id = $1 ORDER BY id',
      [deviceId],
    )
  ).rows;

describe('maintenance alerts', () => {
  it('a door left open alerts once it has held, with its deadline stored meanwhile; shut, it clears once that has held', async () => {
    const p = await pillar();
    await p.send(heartbeat());
    const opened = Date.now();
    await p.send(event('PILLAR_EVENT_TYPE_TAMPER_OPENED'));
    const { rows } = await t.db.query<{ faulty: boolean; since: Date; due_at: Date }>(`SELECT faulty, since, due_at FROM maintenance_conditions WHERE device_id = $1 AND condition = 'tamper'`, [p.id]);
    assert.equal(rows[0]!.faulty, true);
    assert.equal(rows[0]!.due_at.getTime() - rows[0]!.since.getTime(), HOLD_S * 1000, 'the deadline is in the database');
    assert.deepEqual(of(p.id), [], 'nothing before the hold');
    await eventually(() => of(p.id).includes('maintenance.raised:tamper'), 3_000, 'the tamper alert');
    const [alert] = await alerts(p.id);
    assert.ok(alert!.raised_at.getTime() - alert!.began_at.getTime() >= HOLD_S * 1000 - 5);
    assert.ok(alert!.began_at.getTime() >= opened - 5);
    await p.send(heartbeat({ doorOpen: false }));
    await eventually(() => of(p.id).includes('maintenance.cleared:tamper'), 3_000, 'the alert cleared');
    assert.ok((await alerts(p.id))[0]!.cleared_at);
  });

  it('a fault that comes and goes within the hold alerts nobody (flap suppression), and a short return does not clear an alert', async () => {
    const p = await pillar();
    for (let i = 0; i < 3; i++) {
      await p.send(heartbeat({ doorOpen: true }));
      await p.send(heartbeat({ doorOpen: false }));
    }
    await new Promise((r) => setTimeout(r, HOLD_S * 1000 + 400));
    assert.deepEqual(await alerts(p.id), []);
    // On battery long enough to alert; mains back for a moment, then battery again: the alert stays, uncleared.
    await p.send(heartbeat({ power: 'POWER_SOURCE_BATTERY' }));
    await eventually(() => of(p.id).includes('maintenance.raised:power_lost'), 3_000, 'power lost');
    await p.send(heartbeat({ power: 'POWER_SOURCE_MAINS' }));
    await p.send(heartbeat({ power: 'POWER_SOURCE_BATTERY' }));
    await new Promise((r) => setTimeout(r, HOLD_S * 1000 + 400));
    assert.deepEqual(of(p.id), ['maintenance.raised:power_lost']);
    assert.deepEqual(
      (await alerts(p.id)).map((a) => [a.condition, a.cleared_at]),
      [['power_lost', null]],
    );
  });

  it('battery low and camera offline, from heartbeats and events', async () => {
    const p = await pillar();
    await p.send(heartbeat({ batteryMv: 11_000 }));
    await p.send(event('PILLAR_EVENT_TYPE_CAMERA_OFFLINE'));
    await eventually(() => of(p.id).length === 2, 3_000, 'two alerts');
    assert.deepEqual(of(p.id).sort(), ['maintenance.raised:battery_low', 'maintenance.raised:camera_offline']);
  });

  it('a pillar going offline (its presence notification) alerts once it has stayed offline; heard again, it clears', async () => {
    const p = await pillar();
    await p.send(heartbeat({ intervalS: 1 }));
    await eventually(() => of(p.id).includes('maintenance.raised:offline'), 5_000, 'offline alert');
    const [alert] = await alerts(p.id);
    assert.equal(alert!.condition, 'offline');
    await p.send(heartbeat({ intervalS: 60 }));
    await eventually(() => of(p.id).includes('maintenance.cleared:offline'), 5_000, 'cleared when heard again');
  });

  it('a heartbeat that changes nothing is no work for the rule (it wants no frame of a steady pillar)', async () => {
    const p = await pillar();
    await p.send(heartbeat());
    const record = {
      deviceId: p.id,
      kind: 'pillar',
      seq: 99,
      transport: 'mqtt',
      receivedAtMs: Date.now(),
      deviceTimeMs: null,
      clockCorrectionMs: 0,
      clockFlag: null,
      body: heartbeat(),
      intervalS: 60,
    } as UplinkRecord;
    assert.equal(h.alarms.maintenance.rule.wants(record), false);
    assert.equal(h.alarms.maintenance.rule.wants({ ...record, body: heartbeat({ doorOpen: true }) }), true);
  });
});
