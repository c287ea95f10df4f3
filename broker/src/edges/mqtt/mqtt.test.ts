// The MQTT edge over real TCP sockets to the real broker, storing in a real database.
import assert from 'node:assert/strict';
import { connect as tcpConnect, type Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { downlinkTopic, encodeUplink, uplinkTopic, type UplinkFrame } from '@watchpost/firmware-protocol';
import { eventually } from '@watchpost/ingest/test-support';
import { adminFetch, closed, connectDevice, publishAcked, registerDevice, startTestPlatform, type RegisteredDevice, type TestPlatform } from '../../test-support.js';

let platform: TestPlatform;
before(async () => {
  platform = await startTestPlatform();
});
after(() => platform.dispose());

function heartbeat(deviceId: string, seq: number): Uint8Array {
  const frame: UplinkFrame = {
    deviceId,
    seq,
    deviceTimeMs: Date.now(),
    body: { type: 'stationHeartbeat', tagsHeard: 0, backhaul: 'BACKHAUL_TYPE_CELLULAR', backhaulRssiDbm: -80, intervalS: 60, firmwareVersion: 't', uptimeS: seq },
  };
  return encodeUplink(frame);
}

async function storedSeqs(deviceId: string): Promise<number[]> {
  const { rows } = await platform.db.query<{ seq: number }>('SELECT seq FROM station_heartbeats WHERE device_id = $1 ORDER BY seq', [deviceId]);
  return rows.map((r) => r.seq);
}

describe('MQTT edge', () => {
  let station: RegisteredDevice;
  before(async () => {
    station = await registerDevice(platform.baseUrl, { kind: 'station', name: 'North gate', lat: 33.0, lon: 118.5 });
  });

  it('acknowledges a QoS 1 heartbeat only once it is in the database, and the station shows online', async () => {
    const client = await connectDevice(platform.mqtt.port, station);
    try {
      await publishAcked(client, uplinkTopic('station', station.id), heartbeat(station.id, 1));
      // No waiting: by PUBACK time the row is committed.
      assert.deepEqual(await storedSeqs(station.id), [1]);
      const res = await adminFetch(platform.baseUrl, `/api/v1/devices/${station.id}`);
      const { device } = (await res.json()) as { device: { presence: string; lastSeenAt: string } };
      assert.equal(device.presence, 'online');
      assert.ok(device.lastSeenAt);
    } finally {
      await client.endAsync();
    }
  });

  it('refuses a wrong password with CONNACK 4', async () => {
    await assert.rejects(connectDevice(platform.mqtt.port, { id: station.id, secret: '0'.repeat(32) }), /Bad username or password/i);
  });

  it('refuses a client id other than the device id with CONNACK 2', async () => {
    await assert.rejects(connectDevice(platform.mqtt.port, station, { clientId: 'someone-else' }), /Identifier rejected/i);
  });

  it("closes a connection that publishes on another device's topic, or sends a frame that is not protobuf, and keeps serving others", async () => {
    const other = await registerDevice(platform.baseUrl);
    const bystander = await registerDevice(platform.baseUrl);
    const bystanderClient = await connectDevice(platform.mqtt.port, bystander);
    try {
      const foreign = await connectDevice(platform.mqtt.port, station);
      foreign.publish(uplinkTopic('station', other.id), Buffer.from(heartbeat(other.id, 1)), { qos: 1 });
      await closed(foreign);
      foreign.end(true);

      const garbage = await connectDevice(platform.mqtt.port, station);
      garbage.publish(uplinkTopic('station', station.id), Buffer.from('this is not protobuf'), { qos: 1 });
      await closed(garbage);
      garbage.end(true);

      await publishAcked(bystanderClient, uplinkTopic('station', bystander.id), heartbeat(bystander.id, 1));
      assert.deepEqual(await storedSeqs(other.id), []);
      assert.deepEqual(await storedSeqs(bystander.id), [1]);
    } finally {
      await bystanderClient.endAsync();
    }
  });

  it('grants a device its own downlink topic and nothing else', async () => {
    const client = await connectDevice(platform.mqtt.port, station);
    try {
      // mqtt.js rejects when any topic is refused; the SUBACK it got says which.
      const suback = await client.subscribeAsync([downlinkTopic('station', station.id), 'wp/v1/station/+/up', '#'], { qos: 1 }).then(
        () => assert.fail('every subscription was granted'),
        (err: { packet: { granted: number[] } }) => err.packet,
      );
      assert.deepEqual(suback.granted, [1, 128, 128]);
      assert.ok(client.connected, 'a refused subscription leaves the connection up');
    } finally {
      await client.endAsync();
    }
  });

  it('stores a retransmitted QoS 1 frame (DUP) once', async () => {
    const client = await connectDevice(platform.mqtt.port, station);
    try {
      const frame = heartbeat(station.id, 50);
      await publishAcked(client, uplinkTopic('station', station.id), frame);
      await new Promise<void>((resolve, reject) => client.publish(uplinkTopic('station', station.id), Buffer.from(frame), { qos: 1, dup: true }, (err) => (err ? reject(err) : resolve())));
      assert.deepEqual(
        (await storedSeqs(station.id)).filter((s) => s === 50),
        [50],
      );
    } finally {
      await client.endAsync();
    }
  });

  it('drops a connection announcing a packet larger than the frame limit before buffering it', async () => {
    const client = await connectDevice(platform.mqtt.port, station);
    try {
      // A PUBLISH header announcing 100 MB; the broker must not wait for the bytes.
      const socket = (client as unknown as { stream: Socket }).stream;
      socket.write(Buffer.from([0x32, 0x80, 0x80, 0x80, 0x30]));
      await eventually(() => !client.connected, 3_000, 'the broker to drop the connection');
    } finally {
      client.end(true);
    }
  });

  it('closes a socket that never sends CONNECT bytes it understands', async () => {
    const socket = tcpConnect(platform.mqtt.port, '127.0.0.1');
    socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
    await new Promise<void>((resolve) => socket.on('close', () => resolve()));
  });
});

describe('secret rotation', () => {
  it('closes the connection opened with the old secret, and refuses the old secret after', async () => {
    const device = await registerDevice(platform.baseUrl);
    const client = await connectDevice(platform.mqtt.port, device);
    const res = await adminFetch(platform.baseUrl, `/api/v1/devices/${device.id}/secret`, { method: 'POST' });
    const { secret } = (await res.json()) as { secret: string };
    await closed(client);
    client.end(true);
    await assert.rejects(connectDevice(platform.mqtt.port, device), /Bad username or password/i);
    const fresh = await connectDevice(platform.mqtt.port, { id: device.id, secret });
    await publishAcked(fresh, uplinkTopic('station', device.id), heartbeat(device.id, 1));
    await fresh.endAsync();
  });
});
