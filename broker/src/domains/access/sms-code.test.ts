// Sign-in codes go through the outbox to the SMS gateways configured by
// SMS_WEBHOOK_URL and SMS_WEBHOOK_URL_FAILOVER: in Chinese, to the second
// gateway when the first fails, and cleared from the outbox once sent.
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, it } from 'node:test';
import { eventually } from '@watchpost/ingest/test-support';
import { insertUser } from './people-store.js';
import { adminFetch, startTestPlatform, type TestPlatform } from '../../test-support.js';

interface Gateway {
  server: Server;
  url: string;
  received: { to: string; text: string }[];
  failing: boolean;
}

async function gateway(): Promise<Gateway> {
  const g: Gateway = { server: null as unknown as Server, url: '', received: [], failing: false };
  g.server = createServer((req: IncomingMessage, res) => {
    let text = '';
    req.on('data', (c) => (text += c));
    req.on('end', () => {
      if (g.failing) return res.writeHead(502).end();
      g.received.push(JSON.parse(text) as { to: string; text: string });
      res.writeHead(200).end('{}');
    });
  });
  await new Promise<void>((resolve) => g.server.listen(0, '127.0.0.1', resolve));
  g.url = `http://127.0.0.1:${(g.server.address() as AddressInfo).port}/sms`;
  return g;
}

let primary: Gateway;
let failover: Gateway;
let platform: TestPlatform;
const PHONE = '13500000000';

before(async () => {
  primary = await gateway();
  failover = await gateway();
  platform = await startTestPlatform({ smsWebhookUrl: primary.url, smsWebhookUrlFailover: failover.url, notifyRetryBaseMs: 50, notifyRetryMaxMs: 200, notifyMaxAttempts: 3 });
  await insertUser(platform.db, { username: null, displayName: 'Resident', role: 'owner', phone: PHONE, passwordHash: null, createdBy: null });
});
after(async () => {
  await platform.dispose();
  primary.server.close();
  failover.server.close();
});

const askCode = () => fetch(`${platform.baseUrl}/api/v1/auth/code`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ phone: PHONE }) });
const verify = (code: string) =>
  fetch(`${platform.baseUrl}/api/v1/auth/code/verify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ phone: PHONE, code }) });

it('posts the code, in Chinese, to the gateway; the code signs the owner in; the outbox keeps no copy of it', async () => {
  assert.equal((await askCode()).status, 202);
  const message = await eventually(() => primary.received.at(-1), 5_000, 'the SMS at the gateway');
  assert.equal(message.to, PHONE);
  assert.match(message.text, /验证码/);
  const code = /\b(\d{6})\b/.exec(message.text)![1]!;
  assert.equal((await verify(code)).status, 200);
  await eventually(
    async () => {
      const { rows } = await platform.db.query<{ payload: Record<string, unknown> }>(`SELECT payload FROM notifications WHERE kind = 'auth.code' ORDER BY id DESC LIMIT 1`);
      return rows[0]?.payload.cleared === true;
    },
    5_000,
    'the code cleared from the outbox',
  );
});

it('sends through the failover gateway when the first fails', async () => {
  primary.failing = true;
  const before = failover.received.length;
  assert.equal((await askCode()).status, 202);
  const message = await eventually(() => failover.received[before], 5_000, 'the SMS at the failover gateway');
  assert.equal(message.to, PHONE);
  primary.failing = false;
});

it('when every gateway fails, retries, then parks the delivery for an administrator, who sees why', async () => {
  primary.failing = true;
  failover.failing = true;
  assert.equal((await askCode()).status, 202);
  const failed = await eventually(
    async () => {
      const res = await adminFetch(platform.baseUrl, '/api/v1/notifications/deliveries?status=failed&channel=sms');
      const { deliveries } = (await res.json()) as { deliveries: { attempts: number; lastError: string; recipient: string }[] };
      return deliveries[0];
    },
    10_000,
    'the delivery parked',
  );
  assert.equal(failed.attempts, 3);
  assert.match(failed.lastError, /primary: .*502.*failover: .*502/);
  assert.equal(failed.recipient, '135****0000', 'a phone number is masked for administrators');
  primary.failing = false;
  failover.failing = false;
});
