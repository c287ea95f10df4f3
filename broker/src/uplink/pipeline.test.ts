import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { deriveMacKey, encodeUplink, uplinkTopic, type UplinkFrame } from '@watchpost/firmware-protocol';
import { startUplink, type UplinkHarness } from './test-support.js';
import { DeviceRegistry } from '../domains/devices/registry.js';
import { eventually, openTestDatabase, testIngestOptions, type TestDatabase } from '@watchpost/ingest/test-support';
import type { InboundFrame } from '@watchpost/ingest';
import type { PresenceNote } from './test-support.js';

let t: TestDatabase;
let ingest: UplinkHarness;
let station: { id: string; secret: string };
const presence: PresenceNote[] = [];

before(async () => {
  t = await openTestDatabase();
  ingest = await startUplink(t.db, testIngestOptions());
  ingest.onPresence((e) => presence.push(e));
  const { device, secret } = await ingest.register({ kind: 'station', name: 'Gate 1', lat: 32.99, lon: 118.51 });
  station = { id: device.id, secret };
});
after(async () => {
  await ingest.stop();
  await t.drop();
});

function heartbeat(seq: number, deviceId = station.id, deviceTimeMs = Date.now()): UplinkFrame {
  return {
    deviceId,
    seq,
    deviceTimeMs,
    body: { type: 'stationHeartbeat', tagsHeard: seq, backhaul: 'BACKHAUL_TYPE_ETHERNET', backhaulRssiDbm: 0, intervalS: 60, firmwareVersion: '1.0', uptimeS: 5 },
  };
}

function overMqtt(frame: UplinkFrame, session = frame.deviceId): InboundFrame {
  return { transport: 'mqtt', topic: uplinkTopic('station', frame.deviceId), payload: encodeUplink(frame), receivedAtMs: Date.now(), sessionDeviceId: session };
}

function overCoap(frame: UplinkFrame, secret: string | null): InboundFrame {
  const payload = secret ? encodeUplink(frame, deriveMacKey(secret, frame.deviceId)) : encodeUplink(frame);
  return { transport: 'coap', topic: `/${uplinkTopic('station', frame.deviceId)}`, payload, receivedAtMs: Date.now() };
}

async function count(sql: string, params: unknown[] = []): Promise<number> {
  return (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params)).rows[0]!.n;
}

describe('uplink pipeline', () => {
  it('stores a heartbeat, advances the device and brings it online', async () => {
    const outcome = await ingest.handle(overMqtt(heartbeat(1)));
    assert.deepEqual(outcome, { status: 'stored', deviceId: station.id, seq: 1 });
    assert.equal(await count('station_heartbeats WHERE device_id = $1 AND tags_heard = 1', [station.id]), 1);
    assert.equal(ingest.registry.get(station.id)!.lastSeq, 1);
    assert.equal(ingest.registry.get(station.id)!.presence, 'online');
    // What a restarted platform reads back: newest seq and time from the receipts, interval from the heartbeat,
    // presence as recorded (presence changes are written just after the commit, on another connection).
    const reload = async () => (await DeviceRegistry.load(t.db)).get(station.id)!;
    await eventually(async () => (await reload()).presence === 'online', 5_000, 'the presence change recorded');
    const reloaded = await reload();
    assert.equal(reloaded.lastSeq, 1);
    assert.equal(reloaded.heartbeatIntervalS, 60);
    assert.equal(reloaded.presence, 'online');
    assert.ok(reloaded.lastSeenAt);
    assert.equal(presence.at(-1)?.presence, 'online');
  });

  it('stores a retransmitted frame once, whether it comes after or during the first', async () => {
    const frame = overMqtt(heartbeat(2));
    assert.equal((await ingest.handle(frame)).status, 'stored');
    assert.equal((await ingest.handle(frame)).status, 'duplicate');
    const concurrent = await Promise.all([ingest.handle(overMqtt(heartbeat(3))), ingest.handle(overMqtt(heartbeat(3)))]);
    assert.deepEqual(concurrent.map((o) => o.status).sort(), ['duplicate', 'stored']);
    assert.equal(await count('station_heartbeats WHERE device_id = $1 AND seq IN (2, 3)', [station.id]), 2);
    assert.equal(await count('uplinks WHERE device_id = $1', [station.id]), 3);
  });

  it('accepts a late frame inside the replay window, refuses one behind it and one far ahead', async () => {
    assert.equal((await ingest.handle(overMqtt(heartbeat(5000)))).status, 'stored');
    assert.equal((await ingest.handle(overMqtt(heartbeat(4990)))).status, 'stored');
    const old = await ingest.handle(overMqtt(heartbeat(3000)));
    assert.equal(old.status === 'refused' && old.refusal.code, 'INGEST_REPLAY');
    const future = await ingest.handle(overMqtt(heartbeat(5000 + 100_001)));
    assert.equal(future.status === 'refused' && future.refusal.code, 'INGEST_SEQ_FAR_FUTURE');
  });

  it("refuses another device's topic, and says why", async () => {
    const { device: other } = await ingest.register({ kind: 'station' });
    const outcome = await ingest.handle(overMqtt(heartbeat(1, other.id), station.id));
    assert.equal(outcome.status, 'refused');
    assert.equal(outcome.status === 'refused' && outcome.refusal.code, 'ACL_FOREIGN_TOPIC');
    assert.match(outcome.status === 'refused' ? outcome.refusal.message : '', new RegExp(`${station.id}.*may not publish`));
    assert.equal(await count('uplinks WHERE device_id = $1', [other.id]), 0);
  });

  it('over CoAP, requires a MAC made with the device key', async () => {
    const before = await count('uplinks WHERE device_id = $1', [station.id]);
    const missing = await ingest.handle(overCoap(heartbeat(6000), null));
    assert.equal(missing.status === 'refused' && missing.refusal.code, 'PROTO_MAC_MISSING');
    const wrong = await ingest.handle(overCoap(heartbeat(6000), 'ffffffffffffffffffffffffffffffff'));
    assert.equal(wrong.status === 'refused' && wrong.refusal.code, 'PROTO_MAC_INVALID');
    assert.equal(await count('uplinks WHERE device_id = $1', [station.id]), before);
    assert.equal((await ingest.handle(overCoap(heartbeat(6000), station.secret))).status, 'stored');
  });

  it('refuses garbage and unknown devices without writing anything', async () => {
    const rowsBefore = await count('uplinks');
    const garbage = await ingest.handle({ ...overMqtt(heartbeat(7000)), payload: Buffer.from('not protobuf at all') });
    assert.equal(garbage.status === 'refused' && garbage.refusal.code, 'PROTO_MALFORMED');
    const unknown = await ingest.handle(overCoap(heartbeat(1, 'st-nobody-000'), station.secret));
    assert.equal(unknown.status === 'refused' && unknown.refusal.code, 'AUTH_UNKNOWN_DEVICE');
    assert.equal(await count('uplinks'), rowsBefore);
  });

  it('after a new secret, the sequence restarts at 1 and its first frame is stored, not taken for a duplicate', async () => {
    const { device, secret: first } = await ingest.register({ kind: 'station' });
    assert.equal((await ingest.handle(overCoap(heartbeat(1, device.id), first))).status, 'stored');
    assert.equal((await ingest.handle(overCoap(heartbeat(2, device.id), first))).status, 'stored');
    const second = await ingest.rotateSecret(device.id);
    const again = await ingest.handle(overCoap(heartbeat(1, device.id), first));
    assert.equal(again.status === 'refused' && again.refusal.code, 'PROTO_MAC_INVALID', 'the old secret no longer works');
    assert.equal((await ingest.handle(overCoap(heartbeat(1, device.id), second))).status, 'stored');
    assert.equal(await count('station_heartbeats WHERE device_id = $1 AND seq = 1', [device.id]), 2, 'both seq 1 frames are kept');
  });

  it('puts a sighting batch from a station with a clock 2 h off on the platform clock, keeping the device time', async () => {
    const now = Date.now();
    const skewed = now - 2 * 3600_000;
    const frame: UplinkFrame = {
      deviceId: station.id,
      seq: 7001,
      deviceTimeMs: skewed,
      body: { type: 'sightingBatch', windowStartMs: skewed - 5_000, sightings: [{ tagId: 0xabcdef01, rssiDbm: -70, firstOffsetMs: 1_000, lastOffsetMs: 4_000, count: 3 }] },
    };
    assert.equal((await ingest.handle({ ...overMqtt(frame), receivedAtMs: now })).status, 'stored');
    const row = (
      await t.db.query<{ first_heard: Date; last_heard: Date; device_time: Date }>(
        `SELECT s.first_heard, s.last_heard, u.device_time FROM tag_sightings s JOIN uplinks u ON u.device_id = s.station_id AND u.seq = s.seq
          WHERE s.tag_id = $1`,
        [0xabcdef01],
      )
    ).rows[0]!;
    assert.equal(row.first_heard.getTime(), now - 4_000);
    assert.equal(row.last_heard.getTime(), now - 1_000);
    assert.equal(row.device_time.getTime(), skewed);
  });
});
