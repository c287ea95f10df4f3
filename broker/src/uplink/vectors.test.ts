// Every valid golden vector, through the whole pipeline into its table; every
// invalid one refused with its code and nothing stored.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { parseDeviceTopic, type UplinkBodyType } from '@watchpost/firmware-protocol';
import { loadGoldenVectors } from '@watchpost/firmware-protocol/testing';
import { startUplink, type UplinkHarness } from './test-support.js';
import { openTestDatabase, testIngestOptions, type TestDatabase } from '@watchpost/ingest/test-support';

const TABLE: Record<UplinkBodyType, string> = {
  pillarHeartbeat: 'pillar_heartbeats',
  stationHeartbeat: 'station_heartbeats',
  tagHeartbeat: 'tag_heartbeats',
  sightingBatch: 'tag_sightings',
  pillarEvent: 'pillar_events',
  gpsFix: 'gps_fixes',
  commandAck: 'command_acks',
};

let t: TestDatabase;
let ingest: UplinkHarness;
before(async () => {
  t = await openTestDatabase();
  ingest = await startUplink(t.db, testIngestOptions());
});
after(async () => {
  await ingest.stop();
  await t.drop();
});

it('stores each valid golden vector in the table of its body, and refuses each invalid one', async () => {
  const { valid, invalid } = loadGoldenVectors();
  // Vectors of one device carry one secret (or none): register each device once, with it.
  const secrets = new Map<string, string | undefined>();
  for (const v of [...valid, ...invalid]) {
    const id = v.topic.split('/')[3]!;
    if (!secrets.has(id) || v.secret) secrets.set(id, v.secret);
  }
  for (const v of valid) {
    const { kind, deviceId } = parseDeviceTopic(v.topic);
    if (!ingest.registry.get(deviceId)) await ingest.register({ kind, id: deviceId, secret: secrets.get(deviceId) });
  }

  const seen = new Set<UplinkBodyType>();
  for (const v of valid) {
    const { kind, deviceId } = parseDeviceTopic(v.topic);
    const outcome = await ingest.handle({
      transport: v.secret ? 'coap' : 'mqtt',
      topic: v.topic,
      payload: Buffer.from(v.hex, 'hex'),
      receivedAtMs: Date.now(),
      sessionDeviceId: v.secret ? undefined : deviceId,
    });
    assert.equal(outcome.status, 'stored', `${v.name}: ${JSON.stringify(outcome)}`);
    const body = v.decoded!.body.type;
    seen.add(body);
    const idColumn = body === 'sightingBatch' ? 'station_id' : 'device_id';
    const { rows } = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${TABLE[body]} WHERE ${idColumn} = $1 AND seq = $2`, [deviceId, v.decoded!.seq]);
    const expected = body === 'sightingBatch' && v.decoded!.body.type === 'sightingBatch' ? v.decoded!.body.sightings.length : 1;
    assert.equal(rows[0]!.n, expected, `${v.name} in ${TABLE[body]} (${kind})`);
  }
  assert.deepEqual([...seen].sort(), Object.keys(TABLE).sort(), 'the vectors cover every body');

  const before = (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM uplinks')).rows[0]!.n;
  for (const v of invalid) {
    const deviceId = v.topic.split('/')[3]!;
    const outcome = await ingest.handle({
      transport: v.requireMac ? 'coap' : 'mqtt',
      topic: v.topic,
      payload: Buffer.from(v.hex, 'hex'),
      receivedAtMs: Date.now(),
      sessionDeviceId: v.requireMac ? undefined : deviceId,
    });
    assert.equal(outcome.status === 'refused' && outcome.refusal.code, v.error, v.name);
  }
  assert.equal((await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM uplinks')).rows[0]!.n, before);
});
