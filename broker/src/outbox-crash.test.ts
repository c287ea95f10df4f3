// Durability of the outbox: a notification committed is delivered, whatever
// happens to the process. The platform runs as its own process; devices are
// registered through the API (each registration commits a device.registered
// notification for the webhook endpoints subscribed to device.*), and the
// process is SIGKILLed while one receiver is slow (a delivery in flight) and
// the other is down. After a restart on the same database, each receiver has
// processed every notification exactly once, in order; only the key in
// flight at the kill was sent twice.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { createServerDatabase, eventually } from '@watchpost/ingest/test-support';
import { WebhookReceiver } from './domains/notifications/test-support/webhook-receiver.js';
import { adminFetch, registerDevice, spawnPlatform, type PlatformProcess } from './test-support.js';

const DEVICES = 30;
const RECEIVED_BEFORE_KILL = 8;

async function webhook(baseUrl: string, receiver: WebhookReceiver, name: string): Promise<string> {
  const res = await adminFetch(baseUrl, '/api/v1/notifications/webhooks', { method: 'POST', body: JSON.stringify({ name, url: receiver.url, kinds: ['device.*'] }) });
  assert.equal(res.status, 201, await res.clone().text());
  const { endpoint, secret } = (await res.json()) as { endpoint: { id: string }; secret: string };
  receiver.secret = secret;
  return endpoint.id;
}

it('every notification committed before SIGKILL is delivered once per key after the restart, in order', { timeout: 180_000 }, async (t) => {
  const server = await createServerDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'wp-outbox-crash-'));
  const env: Record<string, string> = { ...(server ? { DATABASE_URL: server.url } : { DATA_DIR: dataDir }), NOTIFY_RETRY_BASE_MS: '100', NOTIFY_RETRY_MAX_MS: '500', NOTIFY_MAX_ATTEMPTS: '1000' };
  const processes: PlatformProcess[] = [];
  const receivers: WebhookReceiver[] = [];
  t.after(async () => {
    for (const p of processes) if (p.child.exitCode === null && p.child.signalCode === null) await p.kill();
    for (const r of receivers) await r.close();
    await server?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const first = await spawnPlatform(env);
  processes.push(first);
  // The slow receiver takes 40 ms a request; at its RECEIVED_BEFORE_KILL-th the platform is killed, that request unanswered.
  let killing: Promise<void> | null = null;
  let inFlightAtKill = '';
  const slow = await WebhookReceiver.start({
    answer: async (request) => {
      if (!killing && slow.requests.length >= RECEIVED_BEFORE_KILL) {
        inFlightAtKill = request.key;
        killing = first.kill();
        await killing;
      }
      await new Promise((r) => setTimeout(r, 40));
      return 200;
    },
  });
  // The other one is down (its port refuses connections) until after the restart.
  const down = await WebhookReceiver.start({}, false);
  receivers.push(slow, down);
  const slowId = await webhook(first.baseUrl, slow, 'slow');
  const downId = await webhook(first.baseUrl, down, 'down');

  const registered: string[] = [];
  for (let i = 0; i < DEVICES; i++) {
    try {
      registered.push((await registerDevice(first.baseUrl)).id);
    } catch (err) {
      if (killing) break; // the platform died with this registration unanswered: it need not have committed
      throw err;
    }
  }
  await eventually(() => killing !== null, 30_000, 'the kill');
  await killing;
  assert.ok(slow.processed.length < registered.length, `undelivered at the kill: ${registered.length - slow.processed.length}`);
  assert.equal(down.requests.length, 0);

  const second = await spawnPlatform(env);
  processes.push(second);
  await down.listen();
  // A registration answered 201 committed its notification; one cut off by the kill may have committed too.
  const expected = (r: WebhookReceiver) => r.processed.length >= registered.length && r.processed.every((b) => b.kind === 'device.registered');
  const queued = async () => ((await (await adminFetch(second.baseUrl, '/api/v1/notifications/deliveries?status=queued')).json()) as { deliveries: unknown[] }).deliveries;
  await eventually(async () => expected(slow) && expected(down) && (await queued()).length === 0, 60_000, 'every notification at both receivers, nothing left queued');

  for (const [receiver, endpointId] of [
    [slow, slowId],
    [down, downId],
  ] as const) {
    const subjects = receiver.processed.map((b) => b.subjectId!);
    assert.deepEqual(subjects.slice(0, registered.length), registered, `${endpointId}: every registration, in order`);
    assert.equal(new Set(subjects).size, subjects.length, `${endpointId}: each processed once`);
    assert.ok(
      receiver.requests.every((r) => r.check.valid),
      `${endpointId}: every request signed`,
    );
    assert.ok(
      receiver.processed.every((b) => b.delivery.idempotencyKey === `wp-${b.id}-webhook-${endpointId}`),
      `${endpointId}: one key per notification and endpoint`,
    );
  }
  assert.deepEqual(down.duplicates(), [], 'the receiver that was down got each key once');
  assert.equal(slow.seen.get(inFlightAtKill), 2, 'the delivery in flight at the kill was sent again after the restart (and processed once)');
  assert.ok(
    slow.duplicates().every((k) => k === inFlightAtKill),
    `only the key in flight at the kill (${inFlightAtKill}) came twice: ${slow.duplicates().join(', ')}`,
  );

  assert.equal(await second.stop(), 0);
});
