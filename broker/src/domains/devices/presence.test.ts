import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { startUplink } from '../../uplink/test-support.js';
import type { PresenceNote } from '../../uplink/test-support.js';
import { openTestDatabase, testIngestOptions, type TestDatabase } from '@watchpost/ingest/test-support';
import { encodeUplink, uplinkTopic } from '@watchpost/firmware-protocol';

let t: TestDatabase;
before(async () => {
  t = await openTestDatabase();
});
after(() => t.drop());

const heartbeat = (deviceId: string, seq: number, intervalS: number) =>
  encodeUplink({
    deviceId,
    seq,
    deviceTimeMs: 0,
    body: { type: 'pillarHeartbeat', power: 'POWER_SOURCE_MAINS', batteryMv: 13000, doorOpen: false, camera: 'CAMERA_STATUS_OK', intervalS, firmwareVersion: 'p' },
  });

it('never seen → online at the first frame → offline after 3 missed intervals → online again; each change recorded', async () => {
  const ingest = await startUplink(t.db, testIngestOptions());
  const events: PresenceNote[] = [];
  ingest.onPresence((e) => events.push(e));
  try {
    const { device } = await ingest.register({ kind: 'pillar' });
    assert.equal(device.presence, 'never_seen');
    ingest.presence.sweep(Date.now() + 3600_000);
    assert.equal(device.presence, 'never_seen', 'a device never heard is not offline');

    const t0 = Date.now();
    const frame = { transport: 'mqtt' as const, topic: uplinkTopic('pillar', device.id), sessionDeviceId: device.id };
    await ingest.handle({ ...frame, payload: heartbeat(device.id, 1, 10), receivedAtMs: t0 });
    assert.equal(device.presence, 'online');
    assert.equal(ingest.presence.offlineAfterMs(device), 30_000, 'the reported 10 s interval, times 3');

    ingest.presence.sweep(t0 + 29_000);
    assert.equal(device.presence, 'online');
    ingest.presence.sweep(t0 + 31_000);
    assert.equal(device.presence, 'offline');
    assert.equal(device.presenceSince!.getTime(), t0 + 30_000, 'offline from the moment the third heartbeat was due');

    await ingest.handle({ ...frame, payload: heartbeat(device.id, 2, 10), receivedAtMs: t0 + 40_000 });
    assert.equal(device.presence, 'online');
    assert.deepEqual(
      events.map((e) => e.presence),
      ['online', 'offline', 'online'],
    );
  } finally {
    await ingest.stop();
  }
  const { rows } = await t.db.query<{ presence: string }>(`SELECT c.presence FROM device_presence_changes c JOIN devices d ON d.id = c.device_id WHERE d.kind = 'pillar' ORDER BY c.at`);
  assert.deepEqual(
    rows.map((r) => r.presence),
    ['online', 'offline', 'online'],
  );
});

it('a restart does not flap online devices offline: they get a full timeout from the restart', async () => {
  const first = await startUplink(t.db, testIngestOptions());
  const { device } = await first.register({ kind: 'pillar' });
  await first.handle({ transport: 'mqtt', topic: uplinkTopic('pillar', device.id), sessionDeviceId: device.id, payload: heartbeat(device.id, 1, 10), receivedAtMs: Date.now() - 60_000 });
  await first.stop();

  // The platform was down for a minute: longer than the device's 30 s timeout.
  const second = await startUplink(t.db, testIngestOptions());
  try {
    const restored = second.registry.get(device.id)!;
    assert.equal(restored.presence, 'online');
    second.presence.sweep(Date.now() + 1_000);
    assert.equal(restored.presence, 'online', 'not offline right after the restart');
    second.presence.sweep(Date.now() + 31_000);
    assert.equal(restored.presence, 'offline', 'offline once a full timeout passed without a frame');
  } finally {
    await second.stop();
  }
});
