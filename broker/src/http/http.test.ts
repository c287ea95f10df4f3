// The HTTP API over a real socket: registration, listing, refusals, and the live feed.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { encodeUplink, uplinkTopic } from '@watchpost/firmware-protocol';
import { adminFetch, connectDevice, publishAcked, registerDevice, startTestPlatform, type TestPlatform } from '../test-support.js';

let platform: TestPlatform;
before(async () => {
  platform = await startTestPlatform();
});
after(() => platform.dispose());

const post = (path: string, body: unknown) => adminFetch(platform.baseUrl, path, { method: 'POST', body: JSON.stringify(body) });
const get = (path: string) => adminFetch(platform.baseUrl, path);

/** Reads Server-Sent Events from a streaming response. */
async function* sse(res: Response): AsyncGenerator<{ event: string; data: unknown }> {
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true });
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (event && data) yield { event, data: JSON.parse(data) };
    }
  }
}

describe('device registration', () => {
  it('returns the id, the secret once, and how to connect', async () => {
    const res = await post('/api/v1/devices', { kind: 'station', name: 'South gate', lat: 32.98, lon: 118.52 });
    assert.equal(res.status, 201);
    const body = (await res.json()) as { device: { id: string; presence: string; offlineAfterS: number }; secret: string; connect: { mqtt: { port: number; uplinkTopic: string } } };
    assert.match(body.device.id, /^st-[a-z0-9]{10}$/);
    assert.match(body.secret, /^[0-9a-f]{32}$/);
    assert.equal(body.device.presence, 'never_seen');
    assert.equal(body.device.offlineAfterS, 180);
    assert.equal(body.connect.mqtt.port, platform.mqtt.port);
    assert.equal(body.connect.mqtt.uplinkTopic, `wp/v1/station/${body.device.id}/up`);
    const listed = (await (await get(`/api/v1/devices/${body.device.id}`)).json()) as Record<string, unknown>;
    assert.doesNotMatch(JSON.stringify(listed), /secret|verifier|mac_?key/i, 'credentials never leave the registration answer');
  });

  it('refuses bad input with a code and a sentence that says what is wrong', async () => {
    const cases: [unknown, RegExp][] = [
      [{ kind: 'lamp' }, /kind must be one of: pillar, station, tag/],
      [{ kind: 'station', lat: 91 }, /lat must be <= 90/],
      [{ kind: 'station', id: 'Has Spaces' }, /id must match pattern/],
      [{ kind: 'station', colour: 'red' }, /must NOT have additional properties/],
    ];
    for (const [body, message] of cases) {
      const res = await post('/api/v1/devices', body);
      assert.equal(res.status, 400, JSON.stringify(body));
      const json = (await res.json()) as { code: string; message: string };
      assert.equal(json.code, 'REQUEST_INVALID');
      assert.match(json.message, message);
    }
  });

  it('takes the serial printed on a device as its id, once', async () => {
    assert.equal((await post('/api/v1/devices', { kind: 'pillar', id: 'pl-xuyi-0042' })).status, 201);
    const again = await post('/api/v1/devices', { kind: 'pillar', id: 'pl-xuyi-0042' });
    assert.equal(again.status, 409);
    assert.equal(((await again.json()) as { code: string }).code, 'DEVICE_ID_TAKEN');
  });

  it('answers an unknown device with 404 and an unknown route with 404', async () => {
    const res = await get(`/api/v1/devices/st-nobody-here`);
    assert.equal(res.status, 404);
    assert.equal(((await res.json()) as { code: string }).code, 'DEVICE_NOT_FOUND');
    assert.equal((await get(`/api/v1/nothing`)).status, 404);
  });

  it('lists devices by kind and presence, with counts', async () => {
    const res = await get(`/api/v1/devices?kind=pillar&presence=never_seen`);
    const body = (await res.json()) as { devices: { kind: string; presence: string }[]; counts: { never_seen: number } };
    assert.ok(body.devices.length >= 1);
    assert.ok(body.devices.every((d) => d.kind === 'pillar' && d.presence === 'never_seen'));
    assert.equal(body.counts.never_seen, body.devices.length);
  });

  it('publishes an OpenAPI document built from the route schemas', async () => {
    const doc = (await (await fetch(`${platform.baseUrl}/api/docs/json`)).json()) as { openapi: string; paths: Record<string, unknown> };
    assert.match(doc.openapi, /^3\./);
    assert.ok(doc.paths['/api/v1/devices']);
    assert.ok(doc.paths['/api/v1/live']);
  });
});

describe('live feed', () => {
  it('sends a snapshot, then the registration and the first heartbeat of a new station within 2 s', { timeout: 15_000 }, async () => {
    const controller = new AbortController();
    const res = await adminFetch(platform.baseUrl, '/api/v1/live', { signal: controller.signal });
    assert.match(res.headers.get('content-type') ?? '', /text\/event-stream/);
    const events = sse(res);
    try {
      const first = await events.next();
      assert.equal(first.value?.event, 'snapshot');

      const station = await registerDevice(platform.baseUrl, { kind: 'station', lat: 33, lon: 118.5 });
      const client = await connectDevice(platform.mqtt.port, station);
      const frame = encodeUplink({
        deviceId: station.id,
        seq: 1,
        deviceTimeMs: Date.now(),
        body: { type: 'stationHeartbeat', tagsHeard: 0, backhaul: 'BACKHAUL_TYPE_ETHERNET', backhaulRssiDbm: 0, intervalS: 60, firmwareVersion: 'x', uptimeS: 1 },
      });
      await publishAcked(client, uplinkTopic('station', station.id), frame);
      const ackedAt = Date.now();
      await client.endAsync();

      for (;;) {
        const { value, done } = await events.next();
        assert.ok(!done, 'the feed ended');
        if (value?.event !== 'changes') continue;
        const changes = (value?.data ?? []) as { type: string; id?: string; device?: { id: string; presence: string }; presence?: string }[];
        const mine = changes.find((c) => c.id === station.id || c.device?.id === station.id);
        if (mine && (mine.presence ?? mine.device?.presence) === 'online') break;
      }
      assert.ok(Date.now() - ackedAt < 2_000, `online reached the feed ${Date.now() - ackedAt} ms after PUBACK`);
    } finally {
      controller.abort();
    }
  });
});
