// The CoAP edge over real UDP: node-coap's client, and libcoap's coap-client as an independent peer.
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { request } from 'coap';
import { deriveMacKey, encodeUplink, uplinkTopic, type UplinkFrame } from '@watchpost/firmware-protocol';
import { loadGoldenVectors } from '@watchpost/firmware-protocol/testing';
import { registerDevice, startTestPlatform, type RegisteredDevice, type TestPlatform } from '../../test-support.js';

let platform: TestPlatform;
let dir: string;
before(async () => {
  platform = await startTestPlatform();
  dir = mkdtempSync(join(tmpdir(), 'wp-coap-'));
});
after(async () => {
  await platform.dispose();
  rmSync(dir, { recursive: true, force: true });
});

function post(path: string, payload: Uint8Array, method: 'POST' | 'GET' = 'POST'): Promise<{ code: string; text: string; maxAge: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request({ hostname: '127.0.0.1', port: platform.coap.port, method, pathname: path, confirmable: true });
    req.on('response', (res) => resolve({ code: res.code, text: res.payload.toString('utf8'), maxAge: res.headers['Max-Age'] }));
    req.on('error', reject);
    if (method === 'POST') req.write(Buffer.from(payload));
    req.end();
  });
}

function tagHeartbeat(deviceId: string, seq: number): UplinkFrame {
  return { deviceId, seq, deviceTimeMs: Date.now(), body: { type: 'tagHeartbeat', batteryMv: 3600, intervalS: 300, signalDbm: -97, firmwareVersion: 'nb-1' } };
}

async function count(table: string, deviceId: string): Promise<number> {
  return (await platform.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE device_id = $1`, [deviceId])).rows[0]!.n;
}

describe('CoAP edge with node-coap', () => {
  let tag: RegisteredDevice;
  before(async () => {
    tag = await registerDevice(platform.baseUrl, { kind: 'tag' });
  });
  const path = () => `/${uplinkTopic('tag', tag.id)}`;
  const signed = (frame: UplinkFrame) => encodeUplink(frame, deriveMacKey(tag.secret, tag.id));

  it('answers 2.04 once the signed frame is stored, and brings the tag online', async () => {
    const res = await post(path(), signed(tagHeartbeat(tag.id, 1)));
    assert.equal(res.code, '2.04');
    assert.equal(await count('tag_heartbeats', tag.id), 1);
    assert.equal(platform.homes.devices.registry.get(tag.id)!.presence, 'online');
  });

  it('answers a retransmitted frame 2.04 without storing it twice', async () => {
    const frame = signed(tagHeartbeat(tag.id, 2));
    assert.equal((await post(path(), frame)).code, '2.04');
    assert.equal((await post(path(), frame)).code, '2.04');
    assert.equal(await count('tag_heartbeats', tag.id), 2);
  });

  it('refuses with the code that says why, and a diagnostic payload', async () => {
    const cases: [string, Uint8Array, string, RegExp][] = [
      ['no MAC', encodeUplink(tagHeartbeat(tag.id, 3)), '4.01', /PROTO_MAC_MISSING/],
      ['wrong MAC', encodeUplink(tagHeartbeat(tag.id, 3), deriveMacKey('f'.repeat(32), tag.id)), '4.01', /PROTO_MAC_INVALID/],
      ['not protobuf', Buffer.from('hello'), '4.00', /PROTO_MALFORMED/],
    ];
    for (const [what, payload, code, text] of cases) {
      const res = await post(path(), payload);
      assert.equal(res.code, code, what);
      assert.match(res.text, text, what);
    }
    assert.equal((await post('/wp/v1/tag/tg-nobody-here/up', signed(tagHeartbeat('tg-nobody-here', 1)))).code, '4.01');
    assert.equal((await post('/somewhere/else', signed(tagHeartbeat(tag.id, 3)))).code, '4.04');
    assert.equal((await post(path(), new Uint8Array(), 'GET')).code, '4.05');
    assert.equal(await count('tag_heartbeats', tag.id), 2, 'nothing refused was stored');
  });

  it('stores a GPS fix from an NB-IoT tag', async () => {
    const fix: UplinkFrame = {
      deviceId: tag.id,
      seq: 10,
      deviceTimeMs: Date.now(),
      body: { type: 'gpsFix', latE7: 329_980_000, lonE7: 1_185_150_000, accuracyM: 6, speedDkmh: 153, headingDeg: 90, fixTimeMs: Date.now() - 1000, satellites: 8 },
    };
    assert.equal((await post(path(), signed(fix))).code, '2.04');
    const row = (await platform.db.query<{ lat: number; lon: number; speed_kmh: number }>('SELECT lat, lon, speed_kmh FROM gps_fixes WHERE device_id = $1', [tag.id])).rows[0]!;
    assert.deepEqual([row.lat, row.lon], [32.998, 118.515]);
    assert.ok(Math.abs(row.speed_kmh - 15.3) < 1e-4);
  });
});

const coapClient = spawnSync('coap-client-notls', ['-h'], { encoding: 'utf8' }).error ? null : 'coap-client-notls';

describe('CoAP edge with libcoap coap-client', { skip: !coapClient && 'libcoap3-bin (coap-client-notls) is not installed here; .ci/run installs it' }, () => {
  // The golden vector's device and secret, so the frame is byte for byte the one in vectors/uplink.json.
  const vectors = loadGoldenVectors();
  const vector = vectors.valid.find((v) => v.secret && v.topic.includes('/station/'))!;
  const deviceId = vector.topic.split('/')[3]!;

  function coapPost(bytes: Buffer): Promise<string> {
    const file = join(dir, `frame-${Math.random()}.bin`);
    writeFileSync(file, bytes);
    return new Promise((resolve) => {
      // -v 6 prints the response code on stderr; -B bounds the wait.
      execFile(coapClient!, ['-m', 'post', '-f', file, '-B', '5', '-v', '6', `coap://127.0.0.1:${platform.coap.port}/${vector.topic}`], (_err, stdout, stderr) => resolve(`${stdout}\n${stderr}`));
    });
  }

  it('posts a MAC-signed golden vector and gets 2.04; the same frame with a flipped MAC bit gets 4.01', async () => {
    await registerDevice(platform.baseUrl, { kind: 'station', id: deviceId, secret: vector.secret });
    const bytes = Buffer.from(vector.hex, 'hex');
    assert.match(await coapPost(bytes), /t:ACK c:2\.04/);
    assert.equal(await count('station_heartbeats', deviceId), 1);

    const tampered = Buffer.from(bytes);
    tampered[tampered.length - 1]! ^= 0x01;
    const out = await coapPost(tampered);
    assert.match(out, /c:4\.01/);
    assert.match(out, /PROTO_MAC_INVALID/);
  });
});
