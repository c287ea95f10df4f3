// CoAP block-wise transfer (RFC 7959 Block1) over real UDP: libcoap's coap-client as the peer, and raw datagrams for the edge cases.
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { deriveMacKey, encodeUplink, MAX_FRAME_BYTES, uplinkTopic } from '@watchpost/firmware-protocol';
import { registerDevice, startTestPlatform, type RegisteredDevice, type TestPlatform } from '../../test-support.js';
import { encodeBlockOption } from './block1.js';
import { optionOf, rawCoapClient, uintOf, uriPath, type RawCoapClient } from './coap-test-client.js';

let platform: TestPlatform;
let station: RegisteredDevice;
let dir: string;
let seq = 0;
before(async () => {
  platform = await startTestPlatform();
  station = await registerDevice(platform.baseUrl, { kind: 'station' });
  dir = mkdtempSync(join(tmpdir(), 'wp-block1-'));
});
after(async () => {
  await platform.dispose();
  rmSync(dir, { recursive: true, force: true });
});

/** A signed command ack of exactly `bytes` bytes (its detail text pads it). */
function signedFrameOf(bytes: number): Buffer {
  const key = deriveMacKey(station.secret, station.id);
  const frameSeq = ++seq;
  const encode = (detail: string) => encodeUplink({ deviceId: station.id, seq: frameSeq, deviceTimeMs: Date.now(), body: { type: 'commandAck', commandId: 7, status: 'ACK_STATUS_OK', detail } }, key);
  for (let pad = bytes - encode('').length; pad > 0; pad--) {
    const frame = encode('x'.repeat(pad));
    if (frame.length === bytes) return Buffer.from(frame);
  }
  throw new Error(`no frame of ${bytes} bytes`);
}

async function storedAcks(): Promise<number[]> {
  const { rows } = await platform.db.query<{ seq: number }>('SELECT seq FROM command_acks WHERE device_id = $1 ORDER BY seq', [station.id]);
  return rows.map((r) => Number(r.seq));
}

const path = () => `/${uplinkTopic('station', station.id)}`;
const coapClient = spawnSync('coap-client-notls', ['-h'], { encoding: 'utf8' }).error ? null : 'coap-client-notls';

describe('Block1 with libcoap coap-client', { skip: !coapClient && 'libcoap3-bin (coap-client-notls) is not installed here: apt-get install -y libcoap3-bin (.ci/run installs it)' }, () => {
  function coapPost(bytes: Buffer, blockSize: number): Promise<string> {
    const file = join(dir, `frame-${seq}-${blockSize}.bin`);
    writeFileSync(file, bytes);
    return new Promise((resolve) => {
      // -v 6 prints every packet exchanged; -B bounds the wait.
      execFile(coapClient!, ['-m', 'post', '-f', file, '-b', String(blockSize), '-B', '5', '-v', '6', `coap://127.0.0.1:${platform.coap.port}${path()}`], (_err, stdout, stderr) =>
        resolve(`${stdout}\n${stderr}`),
      );
    });
  }

  for (const blockSize of [1024, 256]) {
    it(`stores a signed ${MAX_FRAME_BYTES}-byte frame sent in blocks of ${blockSize}, answered 2.04 with the last block's Block1`, async () => {
      const frame = signedFrameOf(MAX_FRAME_BYTES);
      const out = await coapPost(frame, blockSize);
      assert.match(out, new RegExp(`c:POST .*Block1:0/M/${blockSize}, Size1:${MAX_FRAME_BYTES}`), 'sent in blocks');
      assert.match(out, new RegExp(`t:ACK c:2\\.04 i:\\w+ \\{[0-9a-f]*\\} \\[ Block1:${MAX_FRAME_BYTES / blockSize - 1}/_/${blockSize} \\]`), out.slice(-1000));
      assert.doesNotMatch(out, /c:5\.00/);
      assert.deepEqual((await storedAcks()).slice(-1), [seq]);
    });
  }

  it('answers a transfer over the frame limit 4.13 Request Entity Too Large, with Size1 saying the limit', async () => {
    const before = await storedAcks();
    const out = await coapPost(Buffer.alloc(MAX_FRAME_BYTES + 1000, 0x41), 1024);
    assert.match(out, /c:4\.13/, out.slice(-2000));
    assert.match(out, new RegExp(`Size1:${MAX_FRAME_BYTES}`));
    assert.doesNotMatch(out, /c:5\.00/);
    assert.deepEqual(await storedAcks(), before);
  });
});

describe('Block1 edge cases, raw datagrams', () => {
  let client: RawCoapClient;
  before(async () => {
    client = await rawCoapClient(platform.coap.port, '127.0.0.11');
  });
  after(() => client.close());

  const block = (num: number, more: boolean, payload: Buffer, extra: { name: string | number; value: Buffer }[] = [], messageId?: number) =>
    client.request({ code: 'POST', messageId, token: Buffer.from([num, 9]), options: [...uriPath(path()), { name: 'Block1', value: encodeBlockOption({ num, more, szx: 6 }) }, ...extra], payload });

  it('answers a single datagram over the frame limit 4.13 with Size1, not 5.00', async () => {
    const res = await client.request({ code: 'POST', options: uriPath(path()), payload: Buffer.alloc(MAX_FRAME_BYTES + 100, 1) });
    assert.equal(res?.code, '4.13');
    assert.equal(uintOf(optionOf(res!, 'Size1')), MAX_FRAME_BYTES);
    assert.match(res!.payload.toString(), /PROTO_FRAME_TOO_LARGE/);
  });

  it('answers 4.13 at once when Size1 announces too much', async () => {
    const res = await block(0, true, Buffer.alloc(1024), [{ name: 'Size1', value: Buffer.from([0x20, 0x00]) }]);
    assert.equal(res?.code, '4.13');
    assert.equal(uintOf(optionOf(res!, 'Size1')), MAX_FRAME_BYTES);
  });

  it('answers 4.13 when the blocks pass the limit without announcing their size', async () => {
    for (let num = 0; num < 4; num++) assert.equal((await block(num, true, Buffer.alloc(1024)))?.code, '2.31');
    const res = await block(4, false, Buffer.alloc(10));
    assert.equal(res?.code, '4.13');
  });

  it('answers 4.08 Request Entity Incomplete for a block without its start, or after a gap', async () => {
    const orphan = await block(2, false, Buffer.alloc(10));
    assert.equal(orphan?.code, '4.08');
    assert.match(orphan!.payload.toString(), /COAP_BLOCK_INCOMPLETE/);
    assert.equal((await block(0, true, Buffer.alloc(1024)))?.code, '2.31');
    assert.equal((await block(2, false, Buffer.alloc(10)))?.code, '4.08');
  });

  it('refuses a block that is not the last and is shorter than the block size, and BERT (szx 7)', async () => {
    assert.equal((await block(0, true, Buffer.alloc(100)))?.code, '4.00');
    const bert = await client.request({ code: 'POST', options: [...uriPath(path()), { name: 'Block1', value: Buffer.from([0x0f]) }], payload: Buffer.alloc(16) });
    assert.equal(bert?.code, '4.02');
  });

  it('answers a retransmitted block again, and a retransmitted final block 2.04 again, storing the frame once', async () => {
    const frame = signedFrameOf(2500);
    const parts = [frame.subarray(0, 1024), frame.subarray(1024, 2048), frame.subarray(2048)];
    assert.equal((await block(0, true, parts[0]!, [], 40_000))?.code, '2.31');
    assert.equal((await block(1, true, parts[1]!, [], 40_001))?.code, '2.31');
    assert.equal((await block(1, true, parts[1]!, [], 40_001))?.code, '2.31', 'the same block again (our 2.31 was lost)');
    const done = await block(2, false, parts[2]!, [], 40_002);
    assert.equal(done?.code, '2.04');
    assert.deepEqual(parseBlock(optionOf(done!, 'Block1')), { num: 2, more: false });
    assert.equal((await block(2, false, parts[2]!, [], 40_002))?.code, '2.04', 'the final block again');
    assert.deepEqual(
      (await storedAcks()).filter((s) => s === seq),
      [seq],
    );
  });
});

function parseBlock(value: Buffer | undefined) {
  const n = uintOf(value) ?? 0;
  return { num: n >> 4, more: (n & 8) !== 0 };
}
