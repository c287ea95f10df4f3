// Integrations that subscribe to notifications over MQTT: a real mqtt client over TCP to the
// platform's aedes, given its subscription through the API, receiving what devices cause.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import mqtt, { type IClientOptions, type MqttClient } from 'mqtt';
import { eventually } from '@watchpost/ingest/test-support';
import { adminFetch, closed, registerDevice, startTestPlatform, type TestPlatform } from '../../test-support.js';

let platform: TestPlatform;
before(async () => {
  // Fast retries: a delivery waiting for its integration is tried every few hundred ms.
  platform = await startTestPlatform({ notifyRetryBaseMs: 50, notifyRetryMaxMs: 400, notifyMaxAttempts: 1000 });
});
after(() => platform.dispose());

interface Subscription {
  id: string;
  topic: string;
  secret: string;
}

interface Message {
  topic: string;
  qos: number;
  body: { id: string; kind: string; subjectId: string; delivery: { idempotencyKey: string } };
}

async function subscription(kinds: string[]): Promise<Subscription> {
  const res = await adminFetch(platform.baseUrl, '/api/v1/notifications/subscriptions', { method: 'POST', body: JSON.stringify({ name: 'county command centre', kinds }) });
  assert.equal(res.status, 201, await res.clone().text());
  const json = (await res.json()) as { subscription: { id: string; topic: string }; secret: string };
  assert.equal(json.subscription.topic, `wp/v1/integrations/${json.subscription.id}/notifications`);
  return { ...json.subscription, secret: json.secret };
}

/** Connects as the integration; rejects with the CONNACK refusal. Every message it receives is kept in `got`. */
function connectIntegration(s: Subscription, options: IClientOptions = {}): Promise<{ client: MqttClient; got: Message[] }> {
  return new Promise((resolve, reject) => {
    const got: Message[] = [];
    const client = mqtt.connect({
      host: '127.0.0.1',
      port: platform.mqtt.port,
      protocolVersion: 4,
      clientId: s.id,
      username: `integration:${s.id}`,
      password: s.secret,
      reconnectPeriod: 0,
      connectTimeout: 5_000,
      ...options,
    });
    client.on('message', (topic, payload, packet) => got.push({ topic, qos: packet.qos, body: JSON.parse(payload.toString('utf8')) }));
    client.once('connect', () => resolve({ client, got }));
    client.once('error', (err) => {
      client.end(true);
      reject(err);
    });
  });
}

function closedWithin(client: MqttClient, ms: number, what: string): Promise<void> {
  return Promise.race([closed(client), new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what}: still connected after ${ms} ms`)), ms).unref())]);
}

async function deliveriesTo(id: string): Promise<{ id: number; status: string; attempts: number; lastError: string | null; kind: string }[]> {
  const res = await adminFetch(platform.baseUrl, `/api/v1/notifications/deliveries?channel=mqtt&recipient=${id}`);
  return ((await res.json()) as { deliveries: { id: number; status: string; attempts: number; lastError: string | null; kind: string }[] }).deliveries;
}

describe('MQTT integrations', () => {
  it('waits for an integration that is not connected, then delivers everything of its kinds, in order, at QoS 1', async () => {
    const sub = await subscription(['device.registered']);
    const before = [await registerDevice(platform.baseUrl), await registerDevice(platform.baseUrl)];
    // Not connected: the head of its queue is retried (nothing overtakes it), nothing is lost or parked.
    const [second, first] = await eventually(
      async () => {
        const d = await deliveriesTo(sub.id); // newest first
        return d.length === 2 && d[1]!.attempts >= 2 ? d : null;
      },
      5_000,
      'retries',
    );
    assert.equal(first!.status, 'queued');
    assert.match(first!.lastError ?? '', /not connected/);
    assert.deepEqual([second!.status, second!.attempts], ['queued', 0]);

    const { client, got } = await connectIntegration(sub);
    try {
      // Connected but not subscribed yet: retries fall due, and a PUBLISH now would reach no one.
      await new Promise((r) => setTimeout(r, 600));
      assert.ok(
        (await deliveriesTo(sub.id)).every((d) => d.status === 'queued'),
        'nothing counted delivered before the integration subscribed',
      );
      const granted = await client.subscribeAsync(sub.topic, { qos: 1 });
      assert.deepEqual(
        granted.map((g) => g.qos),
        [1],
      );
      await eventually(() => got.length === 2, 5_000, 'the two waiting notifications');
      assert.deepEqual(
        got.map((m) => m.body.subjectId),
        before.map((d) => d.id),
        'in the order they happened',
      );
      assert.ok(got.every((m) => m.qos === 1 && m.topic === sub.topic && m.body.kind === 'device.registered'));

      // Connected: the next one arrives at once; a notification of another kind does not.
      const later = await registerDevice(platform.baseUrl);
      await eventually(() => got.length === 3, 5_000, 'the next registration');
      assert.equal(got[2]!.body.subjectId, later.id);
      await adminFetch(platform.baseUrl, `/api/v1/devices/${later.id}`, { method: 'PATCH', body: JSON.stringify({ lat: 33.0, lon: 118.5 }) });
      await eventually(async () => (await deliveriesTo(sub.id)).every((d) => d.status === 'delivered'), 5_000, 'all delivered');
      assert.equal((await deliveriesTo(sub.id)).length, 3, 'device.changed is not among its kinds');
      assert.equal(new Set(got.map((m) => m.body.delivery.idempotencyKey)).size, 3);
    } finally {
      await client.endAsync();
    }
  });

  it('refuses an integration any topic but its own (SUBACK 0x80) and closes it when it publishes', async () => {
    const sub = await subscription(['device.*']);
    const other = await subscription(['device.*']);
    const { client } = await connectIntegration(sub);
    try {
      // mqtt.js rejects a SUBACK with a refusal in it, and carries the packet.
      const granted = await client.subscribeAsync([other.topic, 'wp/v1/#', `${sub.topic}/#`, sub.topic], { qos: 1 }).then(
        () => assert.fail('a refused topic is granted'),
        (err: { packet?: { granted: number[] } }) => (err.packet?.granted ?? []).map((qos) => ({ qos })),
      );
      assert.deepEqual(
        granted.map((g) => g.qos),
        [128, 128, 128, 1],
      );
      client.publish(sub.topic, 'hello', { qos: 1 });
      await closedWithin(client, 5_000, 'an integration that publishes is disconnected');
    } finally {
      client.end(true);
    }
  });

  it('refuses a wrong secret, a client id other than the subscription id, and a disabled subscription (CONNACK 4)', async () => {
    const sub = await subscription(['device.*']);
    await assert.rejects(connectIntegration({ ...sub, secret: 'not-the-secret' }), (err: { code?: number }) => err.code === 4);
    await assert.rejects(connectIntegration(sub, { clientId: 'someone-else' }), (err: { code?: number }) => err.code === 4);
    await assert.rejects(connectIntegration({ ...sub, id: 'int-000000000000' }), (err: { code?: number }) => err.code === 4);

    // Connected, then disabled: the connection ends, and the next attempt is refused.
    const { client } = await connectIntegration(sub);
    const res = await adminFetch(platform.baseUrl, `/api/v1/notifications/subscriptions/${sub.id}`, { method: 'PATCH', body: JSON.stringify({ active: false }) });
    assert.equal(res.status, 200);
    await closedWithin(client, 5_000, 'the connection of a disabled subscription ends');
    client.end(true);
    await assert.rejects(connectIntegration(sub), (err: { code?: number }) => err.code === 4);
  });

  it('sends again what an integration did not acknowledge before it went away', async () => {
    const sub = await subscription(['device.registered']);
    // A client that never sends PUBACK: the delivery stays queued.
    const { client: silent } = await connectIntegration(sub);
    // mqtt.js sends PUBACK when handleMessage calls back: this one never does.
    (silent as unknown as { handleMessage: (packet: unknown, cb: () => void) => void }).handleMessage = () => {};
    await silent.subscribeAsync(sub.topic, { qos: 1 });
    const device = await registerDevice(platform.baseUrl);
    await eventually(async () => (await deliveriesTo(sub.id)).length === 1, 5_000, 'the delivery');
    await new Promise((r) => setTimeout(r, 300));
    assert.equal((await deliveriesTo(sub.id))[0]!.status, 'queued', 'not acknowledged: not delivered');
    silent.end(true);

    const { client, got } = await connectIntegration(sub);
    try {
      await client.subscribeAsync(sub.topic, { qos: 1 });
      await eventually(() => got.some((m) => m.body.subjectId === device.id), 5_000, 'sent again after reconnecting');
      await eventually(async () => (await deliveriesTo(sub.id))[0]!.status === 'delivered', 5_000, 'delivered');
    } finally {
      await client.endAsync();
    }
  });
});
