// The database becomes unreachable in the middle of a load, then comes back:
// the platform stays up, stops acknowledging, logs once each way, resumes by
// itself, and loses nothing it acknowledged.
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { it } from 'node:test';
import pino from 'pino';
import { encodeUplink, uplinkTopic } from '@watchpost/firmware-protocol';
import { createServerDatabase, eventually, serverUrl, startTcpProxy } from '@watchpost/ingest/test-support';
import { adminFetch, connectDevice, publishAcked, registerDevice, startTestPlatform } from './test-support.js';

const heartbeat = (deviceId: string, seq: number) =>
  encodeUplink({
    deviceId,
    seq,
    deviceTimeMs: Date.now(),
    body: { type: 'stationHeartbeat', tagsHeard: seq, backhaul: 'BACKHAUL_TYPE_FIBER', backhaulRssiDbm: 0, intervalS: 60, firmwareVersion: 'o', uptimeS: seq },
  });

it(
  'stops acknowledging while the database is unreachable and resumes by itself, losing nothing',
  { timeout: 120_000, skip: !serverUrl && 'needs a PostgreSQL server (DATABASE_URL): PGlite runs inside the process and cannot become unreachable' },
  async (t) => {
    const db = (await createServerDatabase())!;
    const target = new URL(db.url);
    const proxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
    const proxied = new URL(db.url);
    proxied.hostname = '127.0.0.1';
    proxied.port = String(proxy.port);

    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(JSON.parse(String(chunk)) as Record<string, unknown>), done()) });
    const platform = await startTestPlatform({ databaseUrl: proxied.toString(), ingestAckTimeoutMs: 60_000 }, pino({ level: 'warn' }, sink));
    t.after(async () => {
      proxy.restore();
      await platform.dispose();
      await proxy.close();
      await db.drop();
    });

    const devices = await Promise.all([1, 2, 3].map(() => registerDevice(platform.baseUrl)));
    const acks: { deviceId: string; seq: number; at: number }[] = [];
    let running = true;
    const load = devices.map(async (device) => {
      const client = await connectDevice(platform.mqtt.port, device);
      for (let seq = 1; running; seq++) {
        await publishAcked(client, uplinkTopic('station', device.id), heartbeat(device.id, seq));
        acks.push({ deviceId: device.id, seq, at: Date.now() });
      }
      await client.endAsync();
    });

    await eventually(() => acks.length >= 150, 20_000, '150 acknowledged frames before the outage');
    proxy.cut();
    const cutAt = Date.now();
    await eventually(async () => (await fetch(`${platform.baseUrl}/readyz`)).status === 503, 10_000, '/readyz to report the outage');
    await new Promise((r) => setTimeout(r, 2_000));
    // Still up: the API answers, and nothing was acknowledged after the cut (beyond commits already under way).
    assert.equal((await fetch(`${platform.baseUrl}/healthz`)).status, 200);
    const metrics = await (await adminFetch(platform.baseUrl, '/metrics')).text();
    assert.match(metrics, /^watchpost_database_available 0$/m);
    const ackedDuringOutage = acks.filter((a) => a.at > cutAt + 500);
    assert.deepEqual(ackedDuringOutage, [], 'acknowledged while the database was unreachable');

    const before = acks.length;
    proxy.restore();
    await eventually(() => acks.length >= before + 150, 30_000, 'acknowledgements to resume');
    running = false;
    await Promise.all(load);

    const unavailable = lines.filter((l) => l.msg === 'database unavailable: holding acknowledgements and retrying');
    const available = lines.filter((l) => l.msg === 'database available again');
    assert.equal(unavailable.length, 1, 'one line when the database went');
    assert.equal(available.length, 1, 'one line when it came back');

    for (const device of devices) {
      const { rows } = await platform.db.query<{ seq: number; n: number }>('SELECT seq, count(*)::int AS n FROM station_heartbeats WHERE device_id = $1 GROUP BY seq', [device.id]);
      const stored = new Map(rows.map((r) => [r.seq, r.n]));
      const mine = acks.filter((a) => a.deviceId === device.id);
      assert.deepEqual(
        mine.filter((a) => !stored.has(a.seq)),
        [],
        'acknowledged but lost',
      );
      assert.deepEqual(
        rows.filter((r) => r.n > 1),
        [],
        'stored twice',
      );
    }
  },
);
