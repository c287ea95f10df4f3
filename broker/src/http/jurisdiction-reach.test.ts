// The 'jurisdiction' reach really filters: staff of one area see none of another's
// devices, in the list, by id, in the live feed's snapshot and its changes; a
// device outside every boundary is kept and flagged; a changed boundary places again.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { encodeUplink, uplinkTopic } from '@watchpost/firmware-protocol';
import { eventually } from '@watchpost/ingest/test-support';
import { createApiToken, insertUser } from '../domains/access/index.js';
import { adminFetch, connectDevice, publishAcked, registerDevice, startTestPlatform, type RegisteredDevice, type TestPlatform } from '../test-support.js';

const square = (x0: number, y0: number, x1: number, y1: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ],
  ],
});

let platform: TestPlatform;
const token: Record<'a' | 'b', string> = { a: '', b: '' };
let inA: RegisteredDevice;
let inB: RegisteredDevice;
let outside: RegisteredDevice;

const as = (who: 'a' | 'b', path: string, init: RequestInit = {}) =>
  fetch(`${platform.baseUrl}${path}`, { ...init, headers: { authorization: `Bearer ${token[who]}`, ...(init.body ? { 'content-type': 'application/json' } : {}) } });
const listed = async (who: 'a' | 'b') => ((await (await as(who, '/api/v1/devices')).json()) as { devices: { id: string }[] }).devices.map((d) => d.id).sort();

async function put(id: string, body: Record<string, unknown>) {
  const res = await adminFetch(platform.baseUrl, `/api/v1/jurisdictions/${id}`, { method: 'PUT', body: JSON.stringify(body) });
  assert.equal(res.status, 200, await res.text());
}

/** The live feed as `who` sees it: the snapshot's ids, then the ids in every change. */
function follow(who: 'a' | 'b') {
  const controller = new AbortController();
  const seen = { snapshot: null as string[] | null, changes: [] as string[] };
  void as(who, '/api/v1/live', { signal: controller.signal }).then(async (res) => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of res.body!) {
        buffer += decoder.decode(chunk as Uint8Array, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (!data) continue;
          if (event === 'snapshot') seen.snapshot = (JSON.parse(data) as { devices: { id: string }[] }).devices.map((d) => d.id).sort();
          if (event === 'changes') for (const c of JSON.parse(data) as { id?: string; device?: { id: string } }[]) seen.changes.push(c.id ?? c.device!.id);
        }
      }
    } catch {
      // aborted
    }
  });
  return { seen, stop: () => controller.abort() };
}

async function heartbeat(device: RegisteredDevice, seq: number) {
  const client = await connectDevice(platform.mqtt.port, device);
  await publishAcked(
    client,
    uplinkTopic('station', device.id),
    encodeUplink({
      deviceId: device.id,
      seq,
      deviceTimeMs: Date.now(),
      body: { type: 'stationHeartbeat', tagsHeard: 0, backhaul: 'BACKHAUL_TYPE_ETHERNET', backhaulRssiDbm: 0, intervalS: 60, firmwareVersion: 't', uptimeS: 1 },
    }),
  );
  await client.endAsync();
}

before(async () => {
  platform = await startTestPlatform({ demoUsers: false });
  await put('county', { name: 'County', kind: 'county', boundary: square(118, 32, 119, 33) });
  await put('town-a', { name: 'Town A', kind: 'town', parentId: 'county', boundary: square(118, 32, 118.5, 33) });
  await put('town-b', { name: 'Town B', kind: 'town', parentId: 'county', boundary: square(118.5, 32, 119, 33) });
  for (const who of ['a', 'b'] as const) {
    const id = await insertUser(platform.db, { username: `operator-${who}`, displayName: `Operator ${who}`, role: 'operator', passwordHash: null, createdBy: null, jurisdictions: [`town-${who}`] });
    token[who] = (await createApiToken(platform.db, id, who, ['*'], null)).token;
  }
  inA = await registerDevice(platform.baseUrl, { kind: 'station', lat: 32.5, lon: 118.25 });
  inB = await registerDevice(platform.baseUrl, { kind: 'station', lat: 32.5, lon: 118.75 });
  outside = await registerDevice(platform.baseUrl, { kind: 'station', lat: 30, lon: 120 });
});
after(() => platform.dispose());

describe('the jurisdiction reach', () => {
  it('places devices from their positions, and flags one outside every boundary', async () => {
    const { devices } = (await (await adminFetch(platform.baseUrl, '/api/v1/devices')).json()) as { devices: { id: string; jurisdictions: string[]; placement: string }[] };
    const byId = new Map(devices.map((d) => [d.id, d]));
    assert.deepEqual(byId.get(inA.id)!.jurisdictions, ['county', 'town-a']);
    assert.deepEqual([byId.get(outside.id)!.placement, byId.get(outside.id)!.jurisdictions], ['outside', []]);
    const flagged = (await (await adminFetch(platform.baseUrl, '/api/v1/devices?placement=outside')).json()) as { devices: { id: string }[] };
    assert.deepEqual(
      flagged.devices.map((d) => d.id),
      [outside.id],
    );
  });

  it('an operator of A sees none of B’s devices in the list, nor by id', async () => {
    assert.deepEqual(await listed('a'), [inA.id]);
    assert.deepEqual(await listed('b'), [inB.id]);
    assert.equal((await as('a', `/api/v1/devices/${inB.id}`)).status, 404);
    assert.equal((await as('a', `/api/v1/devices/${inA.id}`)).status, 200);
  });

  it('nor on the live feed: its snapshot, and the changes of B’s devices', async () => {
    const feedA = follow('a');
    try {
      await eventually(() => feedA.seen.snapshot, 5_000, 'the snapshot');
      assert.deepEqual(feedA.seen.snapshot, [inA.id]);
      await heartbeat(inB, 1);
      await heartbeat(inA, 1);
      await eventually(() => feedA.seen.changes.includes(inA.id), 5_000, "A's own station online");
      assert.ok(!feedA.seen.changes.includes(inB.id), 'B’s station never reached A');
    } finally {
      feedA.stop();
    }
  });

  it('a changed boundary places the devices again: A’s area grows over B’s station', async () => {
    await put('town-a', { name: 'Town A', kind: 'town', parentId: 'county', boundary: square(118, 32, 118.8, 33) });
    await eventually(async () => (await listed('a')).includes(inB.id), 5_000, 'B’s station in A’s list');
    assert.deepEqual(await listed('a'), [inA.id, inB.id].sort());
  });
});
