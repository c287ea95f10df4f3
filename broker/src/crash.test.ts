// Durability: what the platform acknowledged survives SIGKILL. The platform runs
// as its own process, devices publish QoS 1 over TCP, and the process is killed
// the instant a PUBACK arrives, while other frames are in flight.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import type { MqttClient } from 'mqtt';
import { encodeUplink, uplinkTopic } from '@watchpost/firmware-protocol';
import { openDatabase } from '@watchpost/ingest';
import { createServerDatabase } from '@watchpost/ingest/test-support';
import { connectDevice, publishAcked, registerDevice, spawnPlatform, type RegisteredDevice } from './test-support.js';

const DEVICES = 4;
const ACKS_BEFORE_KILL = 400;

function heartbeat(deviceId: string, seq: number): Uint8Array {
  return encodeUplink({
    deviceId,
    seq,
    deviceTimeMs: Date.now(),
    body: { type: 'stationHeartbeat', tagsHeard: seq, backhaul: 'BACKHAUL_TYPE_ETHERNET', backhaulRssiDbm: 0, intervalS: 60, firmwareVersion: 'crash', uptimeS: seq },
  });
}

it('every frame acknowledged before SIGKILL is in the database exactly once after restart', { timeout: 180_000 }, async (t) => {
  const server = await createServerDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'wp-crash-'));
  t.after(async () => {
    await server?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });
  const env: Record<string, string> = server ? { DATABASE_URL: server.url } : { DATA_DIR: dataDir };

  const first = await spawnPlatform(env);
  const devices: RegisteredDevice[] = [];
  for (let i = 0; i < DEVICES; i++) devices.push(await registerDevice(first.baseUrl));

  // Each device publishes continuously, one frame in flight at a time, and records every PUBACK.
  const acked = new Map<string, number[]>(devices.map((d) => [d.id, []]));
  let total = 0;
  let killing: Promise<void> | null = null;
  const clients: MqttClient[] = [];
  const publishers = devices.map(async (device) => {
    const client = await connectDevice(first.mqttPort, device);
    clients.push(client);
    for (let seq = 1; !killing; seq++) {
      try {
        await publishAcked(client, uplinkTopic('station', device.id), heartbeat(device.id, seq));
      } catch {
        break; // the platform died with this frame unacknowledged: it need not be stored
      }
      acked.get(device.id)!.push(seq);
      if (++total >= ACKS_BEFORE_KILL) killing ??= first.kill();
    }
  });
  await Promise.all(publishers);
  await killing;
  clients.forEach((c) => c.end(true));
  assert.ok(total >= ACKS_BEFORE_KILL);

  // The platform comes back on the same database and takes the next frame of each device.
  const second = await spawnPlatform(env);
  for (const device of devices) {
    const client = await connectDevice(second.mqttPort, device);
    const next = Math.max(0, ...acked.get(device.id)!) + 1;
    await publishAcked(client, uplinkTopic('station', device.id), heartbeat(device.id, next));
    acked.get(device.id)!.push(next);
    await client.endAsync();
  }
  assert.equal(await second.stop(), 0);

  const db = await openDatabase({ databaseUrl: server?.url, dataDir });
  try {
    for (const device of devices) {
      const { rows } = await db.query<{ seq: number; n: number }>('SELECT seq, count(*)::int AS n FROM station_heartbeats WHERE device_id = $1 GROUP BY seq ORDER BY seq', [device.id]);
      const stored = new Map(rows.map((r) => [r.seq, r.n]));
      const missing = acked.get(device.id)!.filter((seq) => !stored.has(seq));
      assert.deepEqual(missing, [], `${device.id}: acknowledged but not stored`);
      assert.deepEqual(
        rows.filter((r) => r.n > 1),
        [],
        `${device.id}: stored twice`,
      );
    }
  } finally {
    await db.close();
  }
});
