// The dashboard server in-process, over real sockets: static files and the /api proxy,
// against a stand-in platform that streams Server-Sent Events.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, get, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from './config.js';
import { startDashboardServer, type DashboardServer } from './dashboard-server.js';

let root: string;
let dist: string;
let platform: Server;
let dashboard: DashboardServer;
let base: string;
/** The stand-in platform's open event streams. */
const streams = new Set<ServerResponse>();
const streamClosed: (() => void)[] = [];
const quiet = () => {};

function platformHandler(req: IncomingMessage, res: ServerResponse): void {
  if (req.url === '/api/v1/live') {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    res.write('event: snapshot\ndata: {"devices":[]}\n\n');
    streams.add(res);
    req.on('close', () => {
      streams.delete(res);
      streamClosed.shift()?.();
    });
    return;
  }
  let body = '';
  req.on('data', (d) => (body += d));
  req.on('end', () => {
    res.writeHead(req.url === '/api/v1/missing' ? 404 : 200, { 'content-type': 'application/json', 'x-platform': 'yes' });
    res.end(JSON.stringify({ method: req.method, url: req.url, host: req.headers.host, forwardedFor: req.headers['x-forwarded-for'], body }));
  });
}

before(async () => {
  root = mkdtempSync(join(tmpdir(), 'wp-dashboard-'));
  dist = join(root, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(root, 'secret.txt'), 'not for the browser');
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Watchpost</title>');
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(join(dist, 'assets', 'maplibre-gl-worker-abc123.mjs'), 'self.x = 1');
  writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
  mkdirSync(join(dist, 'basemap'));
  writeFileSync(join(dist, 'basemap', 'county.pmtiles'), Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 256)));
  platform = createServer(platformHandler);
  await new Promise<void>((resolve) => platform.listen(0, '127.0.0.1', resolve));
  const platformUrl = `http://127.0.0.1:${(platform.address() as AddressInfo).port}`;
  dashboard = await startDashboardServer(loadConfig({ DASHBOARD_PORT: '0', DASHBOARD_HOST: '127.0.0.1', PLATFORM_URL: platformUrl, DASHBOARD_DIST: dist }), quiet);
  base = `http://127.0.0.1:${dashboard.port}`;
});

after(async () => {
  await dashboard.close();
  platform.closeAllConnections();
  await new Promise((resolve) => platform.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

describe('static files', () => {
  it('serves index.html at / and for app paths, never cached', async () => {
    for (const path of ['/', '/index.html', '/some/view']) {
      const res = await fetch(`${base}${path}`);
      assert.equal(res.status, 200, path);
      assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
      assert.equal(res.headers.get('cache-control'), 'no-cache');
      assert.match(await res.text(), /<title>Watchpost<\/title>/);
    }
  });

  it('serves hashed assets as immutable, with a JavaScript type for .mjs (module workers need it)', async () => {
    const js = await fetch(`${base}/assets/index-abc123.js`);
    assert.equal(js.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(await js.text(), 'console.log(1)');
    const worker = await fetch(`${base}/assets/maplibre-gl-worker-abc123.mjs`);
    assert.equal(worker.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal((await fetch(`${base}/favicon.svg`)).headers.get('cache-control'), 'no-cache');
  });

  it('answers a missing file with 404, not the page', async () => {
    const res = await fetch(`${base}/assets/index-gone.js`);
    assert.equal(res.status, 404);
    assert.doesNotMatch(await res.text(), /<title>/);
  });

  it('serves byte ranges (a PMTiles basemap beside the app): one range, an open end, the last bytes, past the end', async () => {
    const url = `${base}/basemap/county.pmtiles`;
    const part = await fetch(url, { headers: { range: 'bytes=10-19' } });
    assert.equal(part.status, 206);
    assert.equal(part.headers.get('content-range'), 'bytes 10-19/1000');
    assert.deepEqual([...new Uint8Array(await part.arrayBuffer())], [10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    const rest = await fetch(url, { headers: { range: 'bytes=990-' } });
    assert.equal(rest.headers.get('content-range'), 'bytes 990-999/1000');
    assert.equal((await rest.arrayBuffer()).byteLength, 10);
    const last = await fetch(url, { headers: { range: 'bytes=-4' } });
    assert.deepEqual([...new Uint8Array(await last.arrayBuffer())], [228, 229, 230, 231]);
    const past = await fetch(url, { headers: { range: 'bytes=2000-2100' } });
    assert.equal(past.status, 416);
    assert.equal(past.headers.get('content-range'), 'bytes */1000');
    const whole = await fetch(url);
    assert.equal(whole.status, 200);
    assert.equal(whole.headers.get('accept-ranges'), 'bytes');
    assert.equal((await whole.arrayBuffer()).byteLength, 1000);
  });

  it('never serves a file outside dist/', async () => {
    for (const path of ['/..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/assets/%2e%2e%5c..%5csecret.txt']) {
      const res = await fetch(`${base}${path}`);
      assert.doesNotMatch(await res.text(), /not for the browser/, path);
    }
  });

  it('refuses other methods than GET and HEAD', async () => {
    assert.equal((await fetch(`${base}/`, { method: 'DELETE' })).status, 405);
  });
});

describe('/api proxy', () => {
  it('forwards method, path, query and body, and returns the status and headers', async () => {
    const res = await fetch(`${base}/api/v1/devices?kind=station`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"kind":"station"}' });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('x-platform'), 'yes');
    const seen = (await res.json()) as { method: string; url: string; host: string; forwardedFor: string; body: string };
    assert.equal(seen.method, 'POST');
    assert.equal(seen.url, '/api/v1/devices?kind=station');
    assert.equal(seen.body, '{"kind":"station"}');
    assert.equal(seen.host, `127.0.0.1:${(platform.address() as AddressInfo).port}`, 'the platform sees its own host');
    assert.match(seen.forwardedFor, /127\.0\.0\.1/);
    assert.equal((await fetch(`${base}/api/v1/missing`)).status, 404);
  });

  it('streams Server-Sent Events as they come, and drops the upstream stream when the browser leaves', async () => {
    const res = await new Promise<IncomingMessage>((resolve) => get(`${base}/api/v1/live`, resolve));
    assert.equal(res.headers['content-type'], 'text/event-stream');
    res.setEncoding('utf8');
    const events: string[] = [];
    let waiting: (() => void) | null = null;
    res.on('data', (chunk: string) => {
      events.push(chunk);
      waiting?.();
    });
    const nextChunk = () => new Promise<void>((resolve) => (waiting = resolve));

    if (events.length === 0) await nextChunk();
    assert.match(events.join(''), /event: snapshot/);

    // A change on the platform reaches the browser while the stream stays open.
    const more = nextChunk();
    for (const s of streams) s.write('event: changes\ndata: []\n\n');
    await more;
    assert.match(events.join(''), /event: changes/);

    const gone = new Promise<void>((resolve) => streamClosed.push(resolve));
    res.destroy();
    await gone;
    assert.equal(streams.size, 0);
  });

  it('answers 502 with a code when the platform is down', async () => {
    const down = await startDashboardServer(loadConfig({ DASHBOARD_PORT: '0', DASHBOARD_HOST: '127.0.0.1', PLATFORM_URL: 'http://127.0.0.1:1', DASHBOARD_DIST: dist }), quiet);
    try {
      const res = await fetch(`http://127.0.0.1:${down.port}/api/v1/devices`);
      assert.equal(res.status, 502);
      assert.equal(((await res.json()) as { code: string }).code, 'PLATFORM_UNAVAILABLE');
    } finally {
      await down.close();
    }
  });
});

it('refuses a bad configuration with the variable named', () => {
  assert.throws(() => loadConfig({ DASHBOARD_PORT: '99999' }), /DASHBOARD_PORT: expected a port/);
  assert.throws(() => loadConfig({ PLATFORM_URL: 'ftp://x' }), /PLATFORM_URL: expected an http\(s\) URL/);
});
