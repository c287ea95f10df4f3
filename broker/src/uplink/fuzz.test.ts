// Fuzzing the real decode path: 100,000 random and mutated payloads through
// the pipeline over CoAP (where a frame must prove itself with its MAC), on a
// real registered device. Nothing may crash and nothing may be stored.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { deriveMacKey, encodeUplink, uplinkTopic, type UplinkFrame } from '@watchpost/firmware-protocol';
import { seededRandom } from '@watchpost/firmware-protocol/testing';
import { startUplink, type UplinkHarness } from './test-support.js';
import { openTestDatabase, testIngestOptions, type TestDatabase } from '@watchpost/ingest/test-support';

const CASES = 100_000;

let t: TestDatabase;
let ingest: UplinkHarness;
before(async () => {
  t = await openTestDatabase();
  ingest = await startUplink(t.db, testIngestOptions({ pipeline: { ...testIngestOptions().pipeline, rateLimit: { ratePerS: 1e9, burst: 1e9 } } }));
});
after(async () => {
  await ingest.stop();
  await t.drop();
});

it(`refuses ${CASES.toLocaleString('en')} random and mutated payloads without a crash or a row`, { timeout: 300_000 }, async () => {
  const { device: station, secret } = await ingest.register({ kind: 'station' });
  const key = deriveMacKey(secret, station.id);
  const seeds: UplinkFrame[] = [
    {
      deviceId: station.id,
      seq: 5,
      deviceTimeMs: Date.now(),
      body: { type: 'stationHeartbeat', tagsHeard: 3, backhaul: 'BACKHAUL_TYPE_CELLULAR', backhaulRssiDbm: -80, intervalS: 60, firmwareVersion: '1.2.3', uptimeS: 99 },
    },
    {
      deviceId: station.id,
      seq: 6,
      deviceTimeMs: Date.now(),
      body: {
        type: 'sightingBatch',
        windowStartMs: Date.now() - 5000,
        sightings: Array.from({ length: 20 }, (_, i) => ({ tagId: 0x1000 + i, rssiDbm: -60 - i, firstOffsetMs: i, lastOffsetMs: 4000 + i, count: 1 + i })),
      },
    },
    { deviceId: station.id, seq: 7, deviceTimeMs: Date.now(), body: { type: 'commandAck', commandId: 3, status: 'ACK_STATUS_OK', detail: 'done' } },
  ];
  const valid = seeds.map((f) => encodeUplink(f, key));
  const topics = [uplinkTopic('station', station.id), uplinkTopic('pillar', station.id), 'wp/v1/station', `wp/v1/station/${station.id}/down`, '/wp/v1/station/x/up'];
  const rand = seededRandom(20261123);
  const int = (n: number) => Math.floor(rand() * n);

  function mutate(bytes: Uint8Array): Uint8Array {
    const out = Array.from(bytes);
    const edits = 1 + int(4);
    for (let e = 0; e < edits; e++) {
      const at = int(out.length + 1);
      switch (int(6)) {
        case 0:
          out[at % out.length] = out[at % out.length]! ^ (1 << int(8));
          break; // flip a bit
        case 1:
          out[at % out.length] = int(256);
          break; // replace a byte
        case 2:
          out.splice(at, 0, int(256));
          break; // insert a byte
        case 3:
          out.splice(at, 1 + int(4));
          break; // delete bytes
        case 4:
          out.length = int(out.length + 1);
          break; // truncate
        case 5:
          out.splice(at, 0, ...valid[int(valid.length)]!.slice(int(20), int(60)));
          break; // splice another frame in
      }
    }
    return Uint8Array.from(out);
  }

  const codes = new Map<string, number>();
  let mutated = 0;
  for (let i = 0; i < CASES; i++) {
    let payload: Uint8Array;
    if (i % 2 === 0) {
      payload = Uint8Array.from({ length: int(i % 10 === 0 ? 5000 : 300) }, () => int(256));
    } else {
      const original = valid[int(valid.length)]!;
      payload = mutate(original);
      if (Buffer.compare(Buffer.from(payload), Buffer.from(original)) === 0) continue; // unchanged: not a bad frame
      mutated++;
    }
    const topic = i % 7 === 0 ? topics[int(topics.length)]! : topics[0]!;
    const outcome = await ingest.handle({ transport: 'coap', topic, payload, receivedAtMs: Date.now() });
    assert.equal(outcome.status, 'refused', `case ${i} was accepted: ${Buffer.from(payload).toString('hex')}`);
    if (outcome.status === 'refused') codes.set(outcome.refusal.code, (codes.get(outcome.refusal.code) ?? 0) + 1);
  }

  assert.ok(mutated > CASES * 0.45);
  for (const table of ['uplinks', 'station_heartbeats', 'tag_sightings', 'command_acks']) {
    const { rows } = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    assert.equal(rows[0]!.n, 0, `${table} has rows`);
  }
  // The refusals are the expected kinds, not some catch-all.
  for (const code of codes.keys()) assert.match(code, /^(PROTO_|ACL_|AUTH_)/);
  assert.ok(codes.get('PROTO_MALFORMED')! > 1000 && codes.get('PROTO_MAC_INVALID')! > 1000, JSON.stringify(Object.fromEntries(codes)));
});
