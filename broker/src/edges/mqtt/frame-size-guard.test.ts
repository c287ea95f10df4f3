// The packet size guard reaches into aedes's parser (it has no option for a maximum packet size):
// this test fails when an aedes or mqtt-packet upgrade moves what it needs.
import assert from 'node:assert/strict';
import { Duplex } from 'node:stream';
import { it } from 'node:test';
import { Aedes } from 'aedes';
import { guardPacketSize, PacketTooLargeError } from './frame-size-guard.js';

/** A connection aedes can handle, fed by the test. */
function connection(): { stream: Duplex; feed: (bytes: number[]) => void } {
  const stream = new Duplex({
    read() {},
    write(_chunk, _enc, done) {
      done();
    },
  });
  return { stream, feed: (bytes) => stream.push(Buffer.from(bytes)) };
}

it("installs on aedes's client and fails the connection as soon as a fixed header announces too many bytes", async () => {
  const broker = await Aedes.createBroker({});
  try {
    const { stream, feed } = connection();
    const client = broker.handle(stream);
    assert.doesNotThrow(() => guardPacketSize(client, 1_000), 'aedes still has the parser internals the guard uses');
    const failed = new Promise<Error>((resolve) => broker.once('connectionError', (_c, err) => resolve(err)));
    feed([0x10, 0xe9, 0x07]); // CONNECT announcing 1001 bytes, none of which follow
    const err = await Promise.race([failed, new Promise<null>((r) => setTimeout(() => r(null), 2_000))]);
    assert.ok(err instanceof PacketTooLargeError, `the connection failed with ${String(err)}`);
    assert.match(err.message, /1001 bytes exceeds 1000/);
  } finally {
    await new Promise<void>((resolve) => broker.close(() => resolve()));
  }
});
