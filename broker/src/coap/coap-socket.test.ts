// The CoAP edge binds its own UDP socket and hands it to node-coap (its documented listen(socket)),
// with a front in between: this test fails when a node-coap upgrade changes how it takes a socket.
import assert from 'node:assert/strict';
import type { RemoteInfo } from 'node:dgram';
import { it } from 'node:test';
import { createServer } from 'coap';
import { bindUdpSocket, serveThrough } from './coap-socket.js';
import { rawCoapClient, uriPath } from './coap-test-client.js';

it('node-coap serves on a socket bound by the edge, and every datagram passes the front first', async () => {
  const socket = await bindUdpSocket('127.0.0.1', 0);
  const server = createServer();
  server.on('request', (req, res) => {
    res.code = '2.05';
    res.end(`hello ${req.url}`);
  });
  const seen: string[] = [];
  serveThrough(server, socket, (datagram: Buffer, rinfo: RemoteInfo, deliver) => {
    seen.push(rinfo.address);
    if (rinfo.address !== '127.0.0.13') deliver(datagram, rinfo); // the front may hold a datagram back
  });
  const port = socket.address().port;
  const ok = await rawCoapClient(port, '127.0.0.12');
  const held = await rawCoapClient(port, '127.0.0.13');
  try {
    const res = await ok.request({ code: 'GET', options: uriPath('/a/b') });
    assert.equal(res?.code, '2.05');
    assert.equal(res?.payload.toString(), 'hello /a/b');
    assert.equal(await held.request({ code: 'GET', options: uriPath('/a/b') }, 300), null, 'what the front holds back, node-coap never sees');
    assert.deepEqual(seen, ['127.0.0.12', '127.0.0.13']);
  } finally {
    await Promise.all([ok.close(), held.close()]);
    await new Promise<void>((resolve) => server.close(() => socket.close(() => resolve())));
  }
});
