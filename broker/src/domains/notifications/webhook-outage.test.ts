// A webhook receiver that answers 500 for 60 s, then recovers: it receives every
// notification, in the order they happened, and every attempt is recorded; a
// healthy receiver beside it is not held up; /metrics tells the outage as it goes.
// Real time, with NOTIFY_RETRY_BASE_MS 200 ms and NOTIFY_RETRY_MAX_MS 5 s.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eventually } from '@watchpost/ingest/test-support';
import { adminFetch, registerDevice, startTestPlatform, type TestPlatform } from '../../test-support.js';
import { backoffMs } from './dispatcher.js';
import { SIGNATURE_WINDOW_S } from './index.js';
import { WebhookReceiver } from './test-support/webhook-receiver.js';

const OUTAGE_MS = 60_000;
const RETRY = { baseDelayMs: 200, maxDelayMs: 5_000 };

let platform: TestPlatform;
before(async () => {
  platform = await startTestPlatform({ notifyRetryBaseMs: RETRY.baseDelayMs, notifyRetryMaxMs: RETRY.maxDelayMs, notifyMaxAttempts: 200 });
});
after(() => platform.dispose());

async function webhook(receiver: WebhookReceiver, name: string): Promise<string> {
  const res = await adminFetch(platform.baseUrl, '/api/v1/notifications/webhooks', { method: 'POST', body: JSON.stringify({ name, url: receiver.url, kinds: ['device.*'] }) });
  assert.equal(res.status, 201, await res.clone().text());
  const { endpoint, secret } = (await res.json()) as { endpoint: { id: string }; secret: string };
  receiver.secret = secret;
  return endpoint.id;
}

interface Delivery {
  id: number;
  idempotencyKey: string;
  status: string;
  attempts: number;
}
interface Attempt {
  at: string;
  outcome: string;
  statusCode: number | null;
  error: string | null;
}

async function deliveriesTo(recipient: string, status?: string): Promise<Delivery[]> {
  const res = await adminFetch(platform.baseUrl, `/api/v1/notifications/deliveries?recipient=${recipient}${status ? `&status=${status}` : ''}&limit=500`);
  return ((await res.json()) as { deliveries: Delivery[] }).deliveries.reverse(); // oldest first
}

async function attemptsOf(deliveryId: number): Promise<Attempt[]> {
  const res = await adminFetch(platform.baseUrl, `/api/v1/notifications/deliveries/${deliveryId}/attempts`);
  assert.equal(res.status, 200);
  return ((await res.json()) as { attempts: Attempt[] }).attempts;
}

async function metrics(): Promise<(series: string) => number> {
  const res = await adminFetch(platform.baseUrl, '/metrics');
  assert.equal(res.status, 200);
  const text = await res.text();
  return (series) => {
    const line = text.split('\n').find((l) => l.startsWith(`${series} `));
    return line ? Number(line.split(' ')[1]) : 0;
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a webhook receiver down for a minute', () => {
  it('reaches the 60 s mark with base 200 ms and max 5 s after 16 to 28 failed attempts', () => {
    // The bounds of the jitter: every wait is in [0.5, 1) of base · 2^(n-1), capped at the maximum.
    const failuresBefore = (ms: number, random: () => number) => {
      let n = 0;
      for (let waited = 0; waited < ms; waited += backoffMs(++n, RETRY, random));
      return n;
    };
    assert.equal(
      failuresBefore(OUTAGE_MS, () => 0.9999),
      16,
    );
    assert.equal(
      failuresBefore(OUTAGE_MS, () => 0),
      28,
    );
    assert.equal(
      backoffMs(6, RETRY, () => 0.9999),
      RETRY.maxDelayMs,
      'the sixth wait is capped',
    );
  });

  it('gets everything in order once it answers again, every attempt recorded; its neighbour is not held up', { timeout: 150_000 }, async () => {
    let recoverAt = Number.POSITIVE_INFINITY;
    let skewMs = 0;
    const flaky = await WebhookReceiver.start({
      answer: (request) => {
        if (recoverAt === Number.POSITIVE_INFINITY) recoverAt = request.at + OUTAGE_MS;
        return request.at < recoverAt ? 500 : 200;
      },
      now: () => Date.now() + skewMs,
    });
    const steady = await WebhookReceiver.start();
    const gone = await WebhookReceiver.start({ answer: () => 503 });
    const receivers = [flaky, steady, gone];
    try {
      const flakyId = await webhook(flaky, 'flaky');
      const steadyId = await webhook(steady, 'steady');
      const goneId = await webhook(gone, 'gone');
      const before = await metrics();

      // Registrations through the outage: three at once, then one every 10 s.
      const registered: string[] = [];
      for (let i = 0; i < 3; i++) registered.push((await registerDevice(platform.baseUrl)).id);
      // An endpoint disabled while it fails: its three deliveries are parked as failed at the next attempt.
      await eventually(() => gone.requests.length >= 2, 5_000, 'two attempts at the failing endpoint');
      await adminFetch(platform.baseUrl, `/api/v1/notifications/webhooks/${goneId}`, { method: 'PATCH', body: JSON.stringify({ active: false }) });
      for (let i = 0; i < 5; i++) {
        await sleep(10_000);
        registered.push((await registerDevice(platform.baseUrl)).id);
        // The healthy receiver has each registration at once, whatever its neighbour's state.
        await eventually(() => steady.processed.length === registered.length, 5_000, 'the steady receiver');
      }

      // 50 s into the outage: what /metrics says.
      assert.ok(Date.now() < recoverAt, 'still down');
      assert.equal(flaky.processed.length, 0);
      // The receiver has processed before the platform recorded it: wait for the record (and its count).
      await eventually(async () => (await deliveriesTo(steadyId)).every((d) => d.status === 'delivered'), 5_000, 'the steady deliveries recorded');
      const during = await metrics();
      const delta = (m: typeof during, series: string) => m(series) - before(series);
      assert.equal(delta(during, 'watchpost_notifications_queued_total{channel="webhook"}'), 3 * 3 + 2 * 5, 'a delivery for each endpoint subscribed at the time');
      assert.ok(during('watchpost_notifications_undelivered') >= registered.length, `undelivered: ${during('watchpost_notifications_undelivered')}`);
      assert.ok(during('watchpost_notifications_oldest_undelivered_seconds') >= 45, `oldest undelivered: ${during('watchpost_notifications_oldest_undelivered_seconds')} s`);
      // 50 s of 500s: at least 13 waits of at most 200 ms · 2^(n-1), capped at 5 s; and the disabled endpoint's two.
      const retried = delta(during, 'watchpost_notifications_attempts_total{channel="webhook",outcome="retry"}');
      assert.ok(retried >= 13 + 2, `retries counted: ${retried}`);
      assert.equal(delta(during, 'watchpost_notifications_attempts_total{channel="webhook",outcome="failed"}'), 3, "the disabled endpoint's three deliveries were parked");
      assert.equal(delta(during, 'watchpost_notifications_attempts_total{channel="webhook",outcome="delivered"}'), registered.length, 'the steady receiver only');
      assert.equal((await deliveriesTo(goneId, 'failed')).length, 3);
      assert.equal(gone.requests.length, gone.requests.filter((r) => r.status === 503).length);

      // Recovered: everything arrives, in the order it happened.
      await eventually(() => flaky.processed.length === registered.length, OUTAGE_MS + 3 * RETRY.maxDelayMs, 'every notification at the recovered receiver');
      assert.ok(Date.now() >= recoverAt);
      assert.deepEqual(
        flaky.processed.map((b) => b.subjectId),
        registered,
        'in order',
      );
      assert.deepEqual(
        flaky.duplicates().filter((k) => flaky.requests.filter((r) => r.key === k && r.status === 200).length > 1),
        [],
        'each key answered 200 once',
      );

      // Every attempt recorded, as the receiver saw it; the head of the queue retried through the whole minute.
      const deliveries = await deliveriesTo(flakyId);
      assert.equal(deliveries.length, registered.length);
      for (const d of deliveries) {
        const attempts = await attemptsOf(d.id);
        assert.equal(attempts.length, flaky.seen.get(d.idempotencyKey), `${d.idempotencyKey}: an attempt per request`);
        assert.equal(attempts.length, d.attempts);
        assert.equal(attempts.at(-1)!.outcome, 'delivered');
        assert.ok(attempts.slice(0, -1).every((a) => a.outcome === 'retry' && a.statusCode === 500 && a.error === 'answered 500'));
      }
      const head = await attemptsOf(deliveries[0]!.id);
      const times = head.map((a) => new Date(a.at).getTime());
      assert.ok(times.at(-1)! - times[0]! >= OUTAGE_MS, `the retries span the outage: ${times.at(-1)! - times[0]!} ms`);
      assert.ok(head.length >= 17 && head.length <= 31, `${head.length} attempts: 16 to 28 failures, then the one that got through (or one or two more, the dispatcher's latency)`);
      // Each wait within its jitter bounds (plus the dispatcher's own latency), none beyond the maximum.
      times.slice(1).forEach((t, i) => {
        const gap = t - times[i]!;
        const exp = Math.min(RETRY.maxDelayMs, RETRY.baseDelayMs * 2 ** i);
        assert.ok(gap >= exp / 2 - 50 && gap <= exp + 1_000, `wait ${i + 1}: ${gap} ms, expected ${exp / 2}–${exp} ms`);
      });
      // The later ones waited behind the head: nothing overtook it.
      assert.ok((await attemptsOf(deliveries.at(-1)!.id)).length <= 2);

      // Signed, every attempt anew (the 500s too), and checked by the receiver.
      const headRequests = flaky.requests.filter((r) => r.key === deliveries[0]!.idempotencyKey);
      assert.ok(flaky.requests.every((r) => r.check.valid));
      assert.ok(new Set(headRequests.map((r) => r.signature)).size > headRequests.length / 2, 'signatures differ between attempts');
      // A request played again: within the window it is answered and not processed twice; outside it, refused.
      const replay = (raw: string, signature: string, key: string) =>
        fetch(flaky.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-watchpost-signature': signature, 'idempotency-key': key }, body: raw });
      const last = headRequests.at(-1)!;
      assert.equal((await replay(last.raw, last.signature, last.key)).status, 200);
      assert.equal(flaky.processed.length, registered.length);
      assert.equal((await replay(last.raw.replace('device.registered', 'device.removed'), last.signature, last.key)).status, 401);
      assert.deepEqual(flaky.requests.at(-1)!.check, { valid: false, reason: 'mismatch' });
      skewMs = (SIGNATURE_WINDOW_S + 1) * 1000;
      assert.equal((await replay(last.raw, last.signature, last.key)).status, 401);
      assert.deepEqual(flaky.requests.at(-1)!.check, { valid: false, reason: 'outside-window' });

      // Nothing left: /metrics says so.
      await sleep(1_100); // the gauges read the queue at most once a second
      const afterwards = await metrics();
      assert.equal(afterwards('watchpost_notifications_undelivered'), 0);
      assert.equal(afterwards('watchpost_notifications_oldest_undelivered_seconds'), 0);
      assert.equal(delta(afterwards, 'watchpost_notifications_attempts_total{channel="webhook",outcome="delivered"}'), 2 * registered.length);
      assert.equal(delta(afterwards, 'watchpost_notification_delivery_seconds_count{channel="webhook"}'), 2 * registered.length);
      assert.equal(steady.requests.length, registered.length, 'the steady receiver: one request each');
      assert.ok((await deliveriesTo(steadyId)).every((d) => d.status === 'delivered' && d.attempts === 1));
    } finally {
      for (const r of receivers) await r.close();
    }
  });
});
