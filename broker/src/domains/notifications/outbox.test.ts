// The outbox against a real database and real HTTP receivers on loopback.
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import client from 'prom-client';
import { inTransaction } from '@watchpost/ingest';
import { eventually, openTestDatabase, testLogger, type TestDatabase } from '@watchpost/ingest/test-support';
import { AuditLog } from '../audit/audit-log.js';
import { auditKeyOf } from '../audit/hash.js';
import { insertWebhookEndpoint } from './endpoints-store.js';
import { MemorySmsGateway, Notifications, verifySignature, type SmsGateway } from './index.js';
import { attemptsOf, listDeliveries, requeue } from './store.js';

interface Received {
  key: string;
  body: { id: string; kind: string; data: Record<string, unknown> };
  signatureValid: boolean;
}

/** A webhook receiver that answers `status()` and remembers what it got. */
async function receiver(secret: string, status: () => number = () => 200): Promise<{ url: string; got: Received[]; server: Server }> {
  const got: Received[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const code = status();
      if (code < 300) {
        got.push({ key: String(req.headers['idempotency-key']), body: JSON.parse(raw), signatureValid: verifySignature(secret, req.headers['x-watchpost-signature'] as string, raw).valid });
      }
      res.statusCode = code;
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, got, server };
}

const OPTIONS = { maxAttempts: 4, baseDelayMs: 50, maxDelayMs: 200, pollMs: 200, concurrency: 8, webhookTimeoutMs: 2_000 };

describe('outbox', () => {
  let t: TestDatabase;
  let n: Notifications;
  let sms: MemorySmsGateway;
  const servers: Server[] = [];

  async function start(gateways: SmsGateway[] = [sms]) {
    await n?.stop();
    n = await Notifications.start(
      t.db,
      new AuditLog(t.db, auditKeyOf(Buffer.from('outbox-test-audit-key-0123456789abcdef'))),
      { ...OPTIONS, smsGateways: gateways },
      testLogger,
      new client.Registry(),
    );
  }

  async function endpoint(id: string, kinds: string[], status?: () => number) {
    const r = await receiver(`secret-${id}`, status);
    servers.push(r.server);
    await insertWebhookEndpoint(t.db, { id, name: id, url: r.url, secret: `secret-${id}`, kinds, jurisdictions: [], created_by: null });
    await n.receivers.reload();
    return r;
  }

  before(async () => {
    t = await openTestDatabase();
    sms = new MemorySmsGateway();
    await start();
  });
  after(async () => {
    await n.stop();
    for (const s of servers) s.close();
    await t.drop();
  });
  beforeEach(() => (sms.sent.length = 0));

  it('delivers a committed notification to the endpoints of its kind, signed, with an idempotency key', async () => {
    const hook = await endpoint('ops', ['alarm.*']);
    const other = await endpoint('bikes', ['bike.hit']);
    await inTransaction(t.db, (w) => n.outbox.notify(w, [{ kind: 'alarm.raised', resource: 'alarm', payload: { alarmId: 'a1' } }]));
    const [got] = await eventually(() => (hook.got.length ? hook.got : null), 5_000, 'the webhook');
    assert.equal(got!.body.kind, 'alarm.raised');
    assert.deepEqual(got!.body.data, { alarmId: 'a1' });
    assert.ok(got!.signatureValid, 'X-Watchpost-Signature verifies with the endpoint secret');
    assert.match(got!.key, /^wp-\d+-webhook-ops$/);
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(other.got.length, 0, 'an endpoint of another kind gets nothing');
  });

  it('writes nothing when the change rolls back', async () => {
    const hook = await endpoint('rollback', ['test.rollback']);
    await assert.rejects(
      inTransaction(t.db, async (w) => {
        await n.outbox.notify(w, [{ kind: 'test.rollback', resource: 'alarm' }]);
        throw new Error('the change failed');
      }),
    );
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(hook.got.length, 0);
    assert.equal((await t.db.query(`SELECT 1 FROM notifications WHERE kind = 'test.rollback'`)).rows.length, 0);
  });

  it('keeps retrying a receiver that fails, then delivers everything in order', async () => {
    let failures = 0;
    const hook = await endpoint('flaky', ['test.order'], () => (++failures <= 2 ? 500 : 200));
    for (let i = 0; i < 5; i++) await inTransaction(t.db, (w) => n.outbox.notify(w, [{ kind: 'test.order', resource: 'alarm', payload: { i } }]));
    await eventually(() => hook.got.length === 5, 5_000, 'all five');
    assert.equal(failures, 7, 'two failed attempts of the head, then one each: nothing overtook the head');
    assert.deepEqual(
      hook.got.map((g) => g.body.data.i),
      [0, 1, 2, 3, 4],
    );
    const deliveries = await listDeliveries(t.db, { recipient: 'flaky', limit: 10 });
    const head = deliveries.at(-1)!;
    const attempts = await attemptsOf(t.db, head.id);
    assert.deepEqual(
      attempts.map((a) => a.outcome),
      ['retry', 'retry', 'delivered'],
      'every attempt is recorded',
    );
    assert.equal(attempts[0]!.status_code, 500);
  });

  it('parks a delivery after its last attempt, and an administrator retries it', async () => {
    let status = 503;
    const hook = await endpoint('down', ['test.park'], () => status);
    await inTransaction(t.db, (w) => n.outbox.notify(w, [{ kind: 'test.park', resource: 'alarm' }]));
    const [parked] = await eventually(
      async () => {
        const failed = await listDeliveries(t.db, { recipient: 'down', status: 'failed', limit: 1 });
        return failed.length ? failed : null;
      },
      5_000,
      'the delivery parked',
    );
    assert.equal(parked!.attempts, OPTIONS.maxAttempts);
    assert.equal(parked!.last_error, 'answered 503');
    status = 200;
    assert.equal(await requeue(t.db, [parked!.id]), 1);
    n.dispatcher.kick();
    await eventually(() => hook.got.length === 1, 5_000, 'the retried delivery');
  });

  it('sends an SMS through the second gateway when the first fails, and clears a sensitive text once sent', async () => {
    const broken: SmsGateway = { name: 'primary', send: async () => Promise.reject(Object.assign(new Error('down'), { statusCode: 502 })) };
    await start([broken, sms]);
    const [row] = await inTransaction(t.db, (w) =>
      n.outbox.notify(w, [{ kind: 'auth.code', resource: 'person.owner', payload: { text: '验证码 123456' }, sensitive: true, to: [{ channel: 'sms', phone: '13800000001' }] }]),
    );
    assert.equal(await sms.next('13800000001'), '验证码 123456');
    await eventually(
      async () => {
        const { rows } = await t.db.query<{ payload: Record<string, unknown> }>('SELECT payload FROM notifications WHERE id = $1', [row!.id]);
        return rows[0]!.payload.cleared === true;
      },
      5_000,
      'the code cleared from the outbox',
    );
    await start();
  });

  it('delivers what a previous run left queued', async () => {
    const hook = await endpoint('restart', ['test.restart']);
    await n.stop();
    // Written while no dispatcher runs: a crash between commit and delivery.
    await inTransaction(t.db, (w) =>
      n.outbox.notify(w, [
        { kind: 'test.restart', resource: 'alarm' },
        { kind: 'test.restart', resource: 'alarm' },
      ]),
    );
    await start();
    await eventually(() => hook.got.length === 2, 5_000, 'both after the restart');
  });
});
