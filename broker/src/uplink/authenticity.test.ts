// What a stranger can do with frames that name a device: nothing to its budget, its presence or its data.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { deriveMacKey, encodeUplink, uplinkTopic, type UplinkFrame } from '@watchpost/firmware-protocol';
import { startUplink, type UplinkHarness } from './test-support.js';
import { openTestDatabase, testIngestOptions, type TestDatabase } from '@watchpost/ingest/test-support';
import type { InboundFrame } from '@watchpost/ingest';

let t: TestDatabase;
let ingest: UplinkHarness;
const BURST = 100;
before(async () => {
  t = await openTestDatabase();
  const options = testIngestOptions();
  ingest = await startUplink(t.db, { ...options, pipeline: { ...options.pipeline, rateLimit: { ratePerS: 1, burst: BURST }, sourceLimit: { ratePerS: 1, burst: 50 } } });
});
after(async () => {
  await ingest.stop();
  await t.drop();
});

function heartbeat(deviceId: string, seq: number, deviceTimeMs = Date.now(), intervalS = 60): UplinkFrame {
  return { deviceId, seq, deviceTimeMs, body: { type: 'tagHeartbeat', batteryMv: 3600, intervalS, signalDbm: -90, firmwareVersion: 't' } };
}

const coap = (frame: UplinkFrame, key: Uint8Array | null, remoteAddress: string, receivedAtMs = Date.now()): InboundFrame => ({
  transport: 'coap',
  topic: `/${uplinkTopic('tag', frame.deviceId)}`,
  payload: key ? encodeUplink(frame, key) : encodeUplink(frame),
  receivedAtMs,
  remoteAddress,
});

const mqtt = (frame: UplinkFrame): InboundFrame => ({
  transport: 'mqtt',
  topic: uplinkTopic('tag', frame.deviceId),
  payload: encodeUplink(frame),
  receivedAtMs: Date.now(),
  sessionDeviceId: frame.deviceId,
});

const code = (o: Awaited<ReturnType<UplinkHarness['handle']>>) => (o.status === 'refused' ? o.refusal.code : o.status);

async function register() {
  const { device, secret } = await ingest.register({ kind: 'tag' });
  return { device, key: deriveMacKey(secret, device.id) };
}

describe('authenticity before budget', () => {
  it('frames with a wrong MAC are charged to their source address, never to the device they name', async () => {
    const { device } = await register();
    const wrongKey = deriveMacKey('f'.repeat(32), device.id);
    const outcomes = await Promise.all(Array.from({ length: 150 }, (_, i) => ingest.handle(coap(heartbeat(device.id, 1 + i), wrongKey, '192.0.2.7'))));
    const codes = outcomes.map(code);
    assert.equal(codes.filter((c) => c === 'PROTO_MAC_INVALID').length, 50, 'the source burst, then…');
    assert.equal(codes.filter((c) => c === 'INGEST_SOURCE_LIMITED').length, 100, '…the address is refused before any work');
    assert.equal(ingest.ingest.pipeline.sourceAllowed('192.0.2.7', Date.now()), false);
    assert.equal(ingest.ingest.pipeline.sourceAllowed('192.0.2.8', Date.now()), true, 'other addresses are not affected');

    // The device's own budget is whole: a burst of genuine frames over its connection all pass.
    const genuine = await Promise.all(Array.from({ length: BURST }, (_, i) => ingest.handle(mqtt(heartbeat(device.id, 1 + i)))));
    assert.deepEqual([...new Set(genuine.map(code))], ['stored']);
    assert.equal(code(await ingest.handle(mqtt(heartbeat(device.id, 1000)))), 'INGEST_RATE_LIMITED', 'its budget is its own to spend');
  });

  it('unknown devices, missing MACs and undecodable bytes are charged to the source too', async () => {
    const { device } = await register();
    const junk: InboundFrame[] = [
      coap(heartbeat('tg-nobody-here', 1), null, '192.0.2.9'),
      coap(heartbeat(device.id, 1), null, '192.0.2.9'),
      { ...coap(heartbeat(device.id, 1), null, '192.0.2.9'), payload: Buffer.from('not a frame') },
      { ...coap(heartbeat(device.id, 1), null, '192.0.2.9'), topic: '/not/a/topic' },
    ];
    for (let i = 0; i < 60; i++) await ingest.handle(junk[i % junk.length]!);
    assert.equal(ingest.ingest.pipeline.sourceAllowed('192.0.2.9', Date.now()), false);
  });

  it('a replayed frame is answered, but costs its device nothing and is charged to the replaying address', async () => {
    const { device, key } = await register();
    assert.equal(code(await ingest.handle(coap(heartbeat(device.id, 1), key, '198.51.100.1'))), 'stored');
    // Copies arriving together join the one in flight; copies arriving one after another each find it stored.
    const together = await Promise.all(Array.from({ length: 150 }, () => ingest.handle(coap(heartbeat(device.id, 1), key, '198.51.100.2'))));
    assert.deepEqual([...new Set(together.map(code))], ['duplicate']);
    const after: string[] = [];
    for (let i = 0; i < 10; i++) after.push(code(await ingest.handle(coap(heartbeat(device.id, 1), key, '198.51.100.3'))));
    assert.deepEqual(after, Array(10).fill('duplicate'));
    assert.equal(ingest.ingest.pipeline.sourceAllowed('198.51.100.2', Date.now()), false, 'the replaying address has spent its budget');
    const genuine = await Promise.all(Array.from({ length: BURST - 1 }, (_, i) => ingest.handle(mqtt(heartbeat(device.id, 2 + i)))));
    assert.deepEqual([...new Set(genuine.map(code))], ['stored'], 'the replays spent none of the 99 tokens left');
  });
});

describe('replays cost the database nothing', () => {
  it('copies of a frame committed lately are answered duplicate without a write', async () => {
    const { device, key } = await register();
    assert.equal(code(await ingest.handle(coap(heartbeat(device.id, 1), key, '198.51.100.9'))), 'stored');
    let writes = 0;
    const submits = ingest.ingest.writers.map((w) => w.submit.bind(w));
    ingest.ingest.writers.forEach((w, i) => (w.submit = (record) => (writes++, submits[i]!(record))));
    try {
      for (let i = 0; i < 10; i++) assert.equal(code(await ingest.handle(coap(heartbeat(device.id, 1), key, '198.51.100.10'))), 'duplicate');
    } finally {
      ingest.ingest.writers.forEach((w, i) => (w.submit = submits[i]!));
    }
    assert.equal(writes, 0);
  });
});

describe('only a new frame is news from the device', () => {
  it('a replay of a stored frame leaves an offline device offline, its last-seen time and interval unchanged; a new seq brings it online', async () => {
    const { device, key } = await register();
    const t0 = Date.now();
    assert.equal(code(await ingest.handle(coap(heartbeat(device.id, 1, t0, 10), key, '203.0.113.1', t0))), 'stored');
    assert.equal(device.presence, 'online');
    ingest.presence.sweep(t0 + 31_000);
    assert.equal(device.presence, 'offline');
    const seen = device.lastSeenAt;

    // The same frame again, a minute later, with an interval that would hide the device for a day.
    const replay = await ingest.handle(coap(heartbeat(device.id, 1, t0, 10), key, '203.0.113.2', t0 + 60_000));
    assert.equal(code(replay), 'duplicate');
    assert.equal(device.presence, 'offline');
    assert.equal(device.lastSeenAt, seen);
    assert.equal(device.heartbeatIntervalS, 10);
    assert.equal(device.lastSeq, 1);

    assert.equal(code(await ingest.handle(coap(heartbeat(device.id, 2, t0 + 61_000, 10), key, '203.0.113.1', t0 + 61_000))), 'stored');
    assert.equal(device.presence, 'online');
    assert.equal(device.lastSeenAt!.getTime(), t0 + 61_000);
  });
});

describe('the clock window (SIA DC-09: 40 s behind, 20 s ahead)', () => {
  it('flags a frame whose device clock is outside it, on the receipt and in the outcome, and stores it all the same', async () => {
    const { device, key } = await register();
    const now = Date.now();
    const cases: [number, number, string | undefined][] = [
      [1, now - 39_000, undefined],
      [2, now - 41_000, 'behind'],
      [3, now + 19_000, undefined],
      [4, now + 21_000, 'ahead'],
      [5, 0, undefined], // no clock: nothing to judge
    ];
    for (const [seq, deviceTimeMs, flag] of cases) {
      const outcome = await ingest.handle(coap(heartbeat(device.id, seq, deviceTimeMs), key, '203.0.113.9', now));
      assert.equal(outcome.status, 'stored');
      assert.equal(outcome.status === 'stored' ? outcome.clock : 'x', flag, `seq ${seq}`);
    }
    const { rows } = await t.db.query<{ seq: number; clock_flag: string | null }>('SELECT seq, clock_flag FROM uplinks WHERE device_id = $1 ORDER BY seq', [device.id]);
    assert.deepEqual(
      rows.map((r) => [Number(r.seq), r.clock_flag]),
      cases.map(([seq, , flag]) => [seq, flag ?? null]),
    );
  });
});
