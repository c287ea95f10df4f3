// Sign-in codes reach the SMS gateway configured by SMS_WEBHOOK_URL; a gateway
// that fails gives the owner a clear "try again", not a silent success.
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, it } from 'node:test';
import { insertUser } from './people-store.js';
import { startTestPlatform, type TestPlatform } from '../../test-support.js';

const received: { to: string; text: string }[] = [];
let failing = false;
let gateway: Server;
let platform: TestPlatform;

const body = async (req: IncomingMessage) => {
  let text = '';
  for await (const chunk of req) text += chunk;
  return JSON.parse(text) as { to: string; text: string };
};

before(async () => {
  gateway = createServer((req, res) => {
    void body(req).then((message) => {
      if (failing) return res.writeHead(502).end();
      received.push(message);
      res.writeHead(200).end('{}');
    });
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  platform = await startTestPlatform({ smsWebhookUrl: `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/sms` });
  await insertUser(platform.db, { username: null, displayName: 'Resident', role: 'owner', phone: '13500000000', passwordHash: null, createdBy: null });
});
after(async () => {
  await platform.dispose();
  gateway.close();
});

const askCode = () => fetch(`${platform.baseUrl}/api/v1/auth/code`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ phone: '13500000000' }) });

it('posts the code to the gateway, and the code signs the owner in', async () => {
  assert.equal((await askCode()).status, 202);
  const message = received.at(-1)!;
  assert.equal(message.to, '13500000000');
  const code = /\b(\d{6})\b/.exec(message.text)![1];
  const res = await fetch(`${platform.baseUrl}/api/v1/auth/code/verify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ phone: '13500000000', code }) });
  assert.equal(res.status, 200);
});

it('answers 503 SMS_UNAVAILABLE when the gateway fails', async () => {
  failing = true;
  const res = await askCode();
  assert.equal(res.status, 503);
  assert.equal(((await res.json()) as { code: string }).code, 'SMS_UNAVAILABLE');
  failing = false;
});
