// What a stranger on the network can do to a device through the edges, over real UDP and real MQTT:
// neither silence it (issue 8: a CoAP flood spent its rate limit) nor revive it (a replayed frame brought it online).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { generate } from 'coap-packet';
import { deriveMacKey, encodeUplink, uplinkTopic, type UplinkFrame } from '@watchpost/firmware-protocol';
import { eventually } from '@watchpost/ingest/test-support';
import { adminFetch, connectDevice, publishAcked, registerDevice, startTestPlatform, type RegisteredDevice, type TestPlatform } from './test-support.js';
import { messageId, rawCoapClient, uriPath } from './edges/coap/coap-test-client.js';

let platform: TestPlatform;
before(async () => {
  // Production rate limits (20/s, bursts of 100); a device is offline after one missed heartbeat.
  platform = await startTestPlatform({ offlineAfterMissed: 1 });
});
after(() => platform.dispose());

function stationHeartbeat(deviceId: string, seq: number): UplinkFrame {
  return {
    deviceId,
    seq,
    deviceTimeMs: Date.now(),
    body: { type: 'stationHeartbeat', tagsHeard: 0, backhaul: 'BACKHAUL_TYPE_CELLULAR', backhaulRssiDbm: -80, intervalS: 60, firmwareVersion: 't', uptimeS: seq },
  };
}

function tagHeartbeat(deviceId: string, seq: number, intervalS: number): UplinkFrame {
  return { deviceId, seq, deviceTimeMs: Date.now(), body: { type: 'tagHeartbeat', batteryMv: 3600, intervalS, signalDbm: -97, firmwareVersion: 'nb-1' } };
}

async function stored(table: string, deviceId: string): Promise<number[]> {
  const { rows } = await platform.db.query<{ seq: number }>(`SELECT seq FROM ${table} WHERE device_id = $1 ORDER BY seq`, [deviceId]);
  return rows.map((r) => Number(r.seq));
}

async function deviceView(id: string): Promise<{ presence: string; lastSeenAt: string | null }> {
  const res = await adminFetch(platform.baseUrl, `/api/v1/devices/${id}`);
  return ((await res.json()) as { device: { presence: string; lastSeenAt: string | null } }).device;
}

describe('a flood of frames with a bad MAC', () => {
  let station: RegisteredDevice;
  before(async () => {
    station = await registerDevice(platform.baseUrl, { kind: 'station' });
  });

  it("does not spend the station's rate limit: its next genuine MQTT frame is acknowledged", async () => {
    const mqtt = await connectDevice(platform.mqtt.port, station);
    const stranger = await rawCoapClient(platform.coap.port, '127.0.0.21');
    try {
      await publishAcked(mqtt, uplinkTopic('station', station.id), encodeUplink(stationHeartbeat(station.id, 1)));

      // 150 CoAP POSTs to the station's path, signed with a key that is not its own, over 120 ms; then at once a genuine MQTT frame.
      const wrongKey = deriveMacKey('f'.repeat(32), station.id);
      for (let batch = 0; batch < 6; batch++) {
        for (let i = batch * 25; i < (batch + 1) * 25; i++) {
          const payload = Buffer.from(encodeUplink(stationHeartbeat(station.id, 2 + i), wrongKey));
          stranger.send(generate({ code: 'POST', confirmable: true, messageId: messageId(), token: Buffer.from([i]), options: uriPath(`/${uplinkTopic('station', station.id)}`), payload }));
        }
        if (batch < 5) await new Promise((r) => setTimeout(r, 20));
      }
      const acked = publishAcked(mqtt, uplinkTopic('station', station.id), encodeUplink(stationHeartbeat(station.id, 200)));
      await Promise.race([acked, new Promise((_, reject) => setTimeout(() => reject(new Error('no PUBACK within 5 s')), 5_000))]);
      assert.deepEqual(await stored('station_heartbeats', station.id), [1, 200]);
      assert.ok(mqtt.connected);
      await eventually(() => stranger.unmatched.length >= 100, 5_000, 'the edge to answer the flood');
      assert.deepEqual([...new Set(stranger.unmatched.map((p) => p.code))], ['4.01'], 'each answered frame was refused for its MAC, none for a rate limit');
    } finally {
      mqtt.end(true);
      await stranger.close();
    }
  });

  it('is limited by its source address: past its budget the address is ignored, other addresses are answered', async () => {
    const tag = await registerDevice(platform.baseUrl, { kind: 'tag' });
    const key = deriveMacKey(tag.secret, tag.id);
    const path = `/${uplinkTopic('tag', tag.id)}`;
    const flooder = await rawCoapClient(platform.coap.port, '127.0.0.23');
    const honest = await rawCoapClient(platform.coap.port, '127.0.0.24');
    try {
      // 150 frames with a bad MAC, then a genuine one, from one address, at once.
      const wrongKey = deriveMacKey('f'.repeat(32), tag.id);
      for (let i = 0; i < 150; i++) {
        flooder.send(
          generate({ code: 'POST', messageId: messageId(), token: Buffer.from([i]), options: uriPath(path), payload: Buffer.from(encodeUplink(tagHeartbeat(tag.id, 1 + i, 60), wrongKey)) }),
        );
      }
      const genuine = await flooder.request({ code: 'POST', options: uriPath(path), payload: Buffer.from(encodeUplink(tagHeartbeat(tag.id, 1, 60), key)) }, 500);
      assert.equal(genuine, null, 'the address gets no answer once over its budget');
      const answered = flooder.unmatched.length;
      assert.ok(answered >= 100 && answered < 110, `${answered} answered: the burst of 100, and what refilled meanwhile (10/s)`);
      assert.deepEqual(await stored('tag_heartbeats', tag.id), []);

      const res = await honest.request({ code: 'POST', options: uriPath(path), payload: Buffer.from(encodeUplink(tagHeartbeat(tag.id, 1, 60), key)) });
      assert.equal(res?.code, '2.04', 'another address is answered');
      const metrics = await (await adminFetch(platform.baseUrl, '/metrics')).text();
      assert.match(metrics, /^watchpost_coap_datagrams_dropped_total\{reason="source_limited"\} [1-9]/m);
    } finally {
      await Promise.all([flooder.close(), honest.close()]);
    }
  });
});

describe('a replayed frame', () => {
  it('is answered 2.04, but leaves an offline tag offline with its last-seen time; a new seq brings it online', async () => {
    const tag = await registerDevice(platform.baseUrl, { kind: 'tag' });
    const key = deriveMacKey(tag.secret, tag.id);
    const path = `/${uplinkTopic('tag', tag.id)}`;
    const device = await rawCoapClient(platform.coap.port, '127.0.0.31');
    const attacker = await rawCoapClient(platform.coap.port, '127.0.0.32');
    try {
      // A 1 s heartbeat interval: offline one second after its frame.
      const captured = Buffer.from(encodeUplink(tagHeartbeat(tag.id, 1, 1), key));
      assert.equal((await device.request({ code: 'POST', options: uriPath(path), payload: captured }))?.code, '2.04');
      assert.equal((await deviceView(tag.id)).presence, 'online');
      await eventually(async () => (await deviceView(tag.id)).presence === 'offline', 5_000, 'the tag to go offline');
      const { lastSeenAt } = await deviceView(tag.id);

      assert.equal((await attacker.request({ code: 'POST', options: uriPath(path), payload: captured }))?.code, '2.04', 'answered as a retransmission');
      await new Promise((r) => setTimeout(r, 700)); // longer than a presence sweep
      assert.deepEqual(await deviceView(tag.id), { ...(await deviceView(tag.id)), presence: 'offline', lastSeenAt });
      assert.deepEqual(await stored('tag_heartbeats', tag.id), [1]);

      const fresh = Buffer.from(encodeUplink(tagHeartbeat(tag.id, 2, 60), key));
      assert.equal((await device.request({ code: 'POST', options: uriPath(path), payload: fresh }))?.code, '2.04');
      const after = await deviceView(tag.id);
      assert.equal(after.presence, 'online');
      assert.ok(after.lastSeenAt! > lastSeenAt!);
    } finally {
      await Promise.all([device.close(), attacker.close()]);
    }
  });
});
