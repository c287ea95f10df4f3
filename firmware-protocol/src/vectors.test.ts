// Runs every golden vector both ways: bytes → frame (or the expected error),
// and frame → the very same bytes. Firmware test benches use the same file.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeDownlink, decodeUplink, encodeDownlink, encodeUplink } from './codec.js';
import { ProtocolError } from './errors.js';
import { deriveMacKey, verifyMac } from './mac.js';
import { parseDeviceTopic } from './topics.js';
import { validateUplink } from './validate.js';
import type { UplinkFrame } from './frames.js';
import { loadDownlinkVectors, loadGoldenVectors, type GoldenVector as Vector } from './testing.js';

const doc = loadGoldenVectors();
const downlinks = loadDownlinkVectors();

/** What the platform does with a frame, minus storage: topic → decode → MAC → validate. */
function readUplink(v: Vector): UplinkFrame {
  const topic = parseDeviceTopic(v.topic);
  const { frame, mac, signed } = decodeUplink(Buffer.from(v.hex, 'hex'));
  if (v.secret) {
    if (!mac && v.requireMac) throw new ProtocolError('PROTO_MAC_MISSING', 'mac required');
    if (mac && !verifyMac(deriveMacKey(v.secret, topic.deviceId), signed, mac)) throw new ProtocolError('PROTO_MAC_INVALID', 'bad mac');
  }
  validateUplink(topic, frame);
  return frame;
}

describe('golden vectors: valid uplinks', () => {
  for (const v of doc.valid) {
    it(`decodes: ${v.name}`, () => {
      assert.deepEqual(readUplink(v), v.decoded);
    });
    it(`encodes to the same bytes: ${v.name}`, () => {
      const key = v.secret ? deriveMacKey(v.secret, v.decoded!.deviceId) : undefined;
      assert.equal(Buffer.from(encodeUplink(v.decoded!, key)).toString('hex'), v.hex);
    });
  }
});

describe('golden vectors: refused uplinks', () => {
  for (const v of doc.invalid) {
    it(`${v.error}: ${v.name}`, () => {
      assert.throws(
        () => readUplink(v),
        (err: unknown) => err instanceof ProtocolError && err.code === v.error,
      );
    });
  }
});

describe('golden vectors: downlinks', () => {
  for (const v of downlinks.valid) {
    it(`encodes to the same bytes: ${v.name}`, () => {
      const key = v.secret ? deriveMacKey(v.secret, parseDeviceTopic(v.topic).deviceId) : undefined;
      assert.equal(Buffer.from(encodeDownlink(v.decoded, key)).toString('hex'), v.hex);
    });
    it(`decodes, and its MAC verifies: ${v.name}`, () => {
      const topic = parseDeviceTopic(v.topic);
      assert.equal(topic.direction, 'down');
      const { frame, mac, signed } = decodeDownlink(Buffer.from(v.hex, 'hex'));
      assert.deepEqual(frame, v.decoded);
      if (v.secret) assert.ok(mac && verifyMac(deriveMacKey(v.secret, topic.deviceId), signed, mac));
      else assert.equal(mac, null);
    });
  }
});

it('every error code a vector names is one the code can raise', () => {
  const codes = new Set(doc.invalid.map((v) => v.error));
  assert.ok(codes.size >= 10, `only ${codes.size} distinct error codes covered`);
});
