// A button press that is not the pillar's own, or not new, opens no alarm:
// frames with a bad MAC, and replays (the same frame again, or a sequence
// number far behind), over CoAP (UDP) and MQTT (TCP), to the real edges.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { deriveMacKey, encodeUplink, uplinkTopic, type UplinkFrame } from '@watchpost/firmware-protocol';
import { closed, connectDevice, publishAcked, registerDevice, startTestPlatform, type RegisteredDevice, type TestPlatform } from '../../test-support.js';
import { rawCoapClient, uriPath } from '../../edges/coap/coap-test-client.js';

let platform: TestPlatform;
before(async () => {
  platform = await startTestPlatform();
});
after(() => platform.dispose());

const press = (deviceId: string, seq: number): UplinkFrame => ({ deviceId, seq, deviceTimeMs: Date.now(), body: { type: 'pillarEvent', event: 'PILLAR_EVENT_TYPE_BUTTON_PRESSED' } });
const heartbeat = (deviceId: string, seq: number): UplinkFrame => ({
  deviceId,
  seq,
  deviceTimeMs: Date.now(),
  body: { type: 'pillarHeartbeat', power: 'POWER_SOURCE_MAINS', batteryMv: 13_000, doorOpen: false, camera: 'CAMERA_STATUS_OK', intervalS: 60, firmwareVersion: 't' },
});

async function alarmsOf(deviceId: string): Promise<{ presses: number }[]> {
  return (await platform.db.query<{ presses: number }>('SELECT presses FROM alarms WHERE device_id = $1', [deviceId])).rows;
}

const stranger = (d: RegisteredDevice) => deriveMacKey('f'.repeat(32), d.id);

describe('over MQTT', () => {
  it('a press with a bad MAC is refused (the connection closes, no PUBACK) and opens no alarm', async () => {
    const pillar = await registerDevice(platform.baseUrl, { kind: 'pillar' });
    const client = await connectDevice(platform.mqtt.port, pillar);
    const refused = publishAcked(client, uplinkTopic('pillar', pillar.id), encodeUplink(press(pillar.id, 1), stranger(pillar)));
    await assert.rejects(refused, /connection closed before PUBACK/);
    await closed(client);
    assert.deepEqual(await alarmsOf(pillar.id), []);
  });

  it('a replayed press (its seq stored before, or far behind) neither opens an alarm nor joins one', async () => {
    const pillar = await registerDevice(platform.baseUrl, { kind: 'pillar' });
    const key = deriveMacKey(pillar.secret, pillar.id);
    const topic = uplinkTopic('pillar', pillar.id);
    const client = await connectDevice(platform.mqtt.port, pillar);
    const genuine = encodeUplink(press(pillar.id, 1), key);
    await publishAcked(client, topic, genuine);
    assert.deepEqual(await alarmsOf(pillar.id), [{ presses: 1 }]);
    // The same frame again is answered (it is stored) but is no news: the alarm has one press still.
    await publishAcked(client, topic, genuine);
    await publishAcked(client, topic, encodeUplink(heartbeat(pillar.id, 3_000), key));
    assert.deepEqual(await alarmsOf(pillar.id), [{ presses: 1 }]);
    // A press far behind the newest seq is refused.
    const replay = publishAcked(client, topic, encodeUplink(press(pillar.id, 2), key));
    await assert.rejects(replay, /connection closed before PUBACK/);
    assert.deepEqual(await alarmsOf(pillar.id), [{ presses: 1 }]);
    const { rows } = await platform.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM alarm_timeline t JOIN alarms a ON a.id = t.alarm_id WHERE a.device_id = $1 AND step = 'pressed_again'`, [
      pillar.id,
    ]);
    assert.equal(rows[0]!.n, 0);
  });
});

describe('over CoAP', () => {
  const post = (path: string, payload: Uint8Array) => ({ code: 'POST' as const, options: uriPath(path), payload: Buffer.from(payload) });

  it('a press with a bad MAC is refused 4.01 and opens no alarm', async () => {
    const pillar = await registerDevice(platform.baseUrl, { kind: 'pillar' });
    const coap = await rawCoapClient(platform.coap.port, '127.0.0.41');
    try {
      const answer = await coap.request(post(`/${uplinkTopic('pillar', pillar.id)}`, encodeUplink(press(pillar.id, 1), stranger(pillar))));
      assert.equal(answer?.code, '4.01');
      assert.match(answer!.payload.toString(), /^PROTO_MAC_INVALID/);
      const unsigned = await coap.request(post(`/${uplinkTopic('pillar', pillar.id)}`, encodeUplink(press(pillar.id, 2))));
      assert.match(unsigned!.payload.toString(), /^PROTO_MAC_MISSING/);
      assert.deepEqual(await alarmsOf(pillar.id), []);
    } finally {
      await coap.close();
    }
  });

  it('a replayed press is answered as stored, or refused 4.03 when far behind, and opens nothing', async () => {
    const pillar = await registerDevice(platform.baseUrl, { kind: 'pillar' });
    const key = deriveMacKey(pillar.secret, pillar.id);
    const path = `/${uplinkTopic('pillar', pillar.id)}`;
    const coap = await rawCoapClient(platform.coap.port, '127.0.0.42');
    const replayer = await rawCoapClient(platform.coap.port, '127.0.0.43');
    try {
      const genuine = encodeUplink(press(pillar.id, 1), key);
      assert.equal((await coap.request(post(path, genuine)))?.code, '2.04');
      assert.deepEqual(await alarmsOf(pillar.id), [{ presses: 1 }]);
      // A captured datagram sent again, from anywhere: answered, not news.
      assert.equal((await replayer.request(post(path, genuine)))?.code, '2.04');
      assert.equal((await coap.request(post(path, encodeUplink(heartbeat(pillar.id, 3_000), key))))?.code, '2.04');
      const old = await replayer.request(post(path, encodeUplink(press(pillar.id, 2), key)));
      assert.equal(old?.code, '4.03');
      assert.match(old!.payload.toString(), /^INGEST_REPLAY/);
      assert.deepEqual(await alarmsOf(pillar.id), [{ presses: 1 }]);
    } finally {
      await coap.close();
      await replayer.close();
    }
  });
});
