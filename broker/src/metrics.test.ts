// /metrics counts what happened to frames, by transport, kind and refusal reason;
// a flooding device is refused without slowing its neighbours.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { encodeUplink, uplinkTopic } from '@watchpost/firmware-protocol';
import { adminFetch, closed, connectDevice, publishAcked, registerDevice, startTestPlatform, type TestPlatform } from './test-support.js';

let platform: TestPlatform;
before(async () => {
  platform = await startTestPlatform({ rateLimitPerS: 5, rateLimitBurst: 10 });
});
after(() => platform.dispose());

const heartbeat = (deviceId: string, seq: number) =>
  encodeUplink({
    deviceId,
    seq,
    deviceTimeMs: Date.now(),
    body: { type: 'stationHeartbeat', tagsHeard: 0, backhaul: 'BACKHAUL_TYPE_ETHERNET', backhaulRssiDbm: 0, intervalS: 60, firmwareVersion: 'm', uptimeS: 1 },
  });

async function scrape(): Promise<string> {
  const res = await adminFetch(platform.baseUrl, '/metrics');
  assert.match(res.headers.get('content-type') ?? '', /text\/plain/);
  return res.text();
}

function value(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.split(' ')[1]) : 0;
}

it('refuses a device past its rate limit while its neighbour goes on, and counts both by reason', async () => {
  const flooder = await registerDevice(platform.baseUrl);
  const neighbour = await registerDevice(platform.baseUrl);
  const neighbourClient = await connectDevice(platform.mqtt.port, neighbour);

  // The flooder sends 30 frames at once: the burst of 10 passes, then it is refused and disconnected.
  const client = await connectDevice(platform.mqtt.port, flooder);
  for (let seq = 1; seq <= 30; seq++) client.publish(uplinkTopic('station', flooder.id), Buffer.from(heartbeat(flooder.id, seq)), { qos: 1 });
  await closed(client);
  client.end(true);

  await publishAcked(neighbourClient, uplinkTopic('station', neighbour.id), heartbeat(neighbour.id, 1));
  await neighbourClient.endAsync();

  const { rows } = await platform.db.query<{ n: number }>('SELECT count(*)::int AS n FROM station_heartbeats WHERE device_id = $1', [flooder.id]);
  assert.ok(rows[0]!.n <= 11, `${rows[0]!.n} frames of the flooder stored`);

  const text = await scrape();
  assert.ok(value(text, 'watchpost_frames_refused_total{transport="mqtt",kind="station",code="INGEST_RATE_LIMITED"}') >= 1);
  assert.ok(value(text, 'watchpost_frames_acknowledged_total{transport="mqtt",kind="station",outcome="stored"}') >= 11);
  assert.ok(value(text, 'watchpost_commit_batch_frames_count') >= 1);
  assert.equal(value(text, 'watchpost_database_available'), 1);
  assert.match(text, /^watchpost_devices\{kind="station",presence="online"\} \d+$/m);
  assert.match(text, /^watchpost_connected_devices\{transport="mqtt"\} \d+$/m);
});
