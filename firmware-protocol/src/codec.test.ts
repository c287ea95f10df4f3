import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_FRAME_BYTES, decodeDownlink, decodeUplink, encodeDownlink, encodeUplink } from './codec.js';
import { ProtocolError } from './errors.js';
import { deriveMacKey, verifyMac } from './mac.js';
import type { UplinkFrame } from './frames.js';

const code = (c: string) => (err: unknown) => err instanceof ProtocolError && err.code === c;

const heartbeat: UplinkFrame = {
  deviceId: 'st-test-0001',
  seq: 123456,
  deviceTimeMs: Date.UTC(2026, 10, 23, 8, 0, 0),
  body: { type: 'stationHeartbeat', tagsHeard: 4, backhaul: 'BACKHAUL_TYPE_FIBER', backhaulRssiDbm: 0, intervalS: 60, firmwareVersion: 'x', uptimeS: 1 },
};

describe('uplink codec', () => {
  it('round-trips device times past 2^32 ms without losing precision', () => {
    const frame = { ...heartbeat, deviceTimeMs: 2 ** 53 - 1 };
    assert.equal(decodeUplink(encodeUplink(frame)).frame.deviceTimeMs, 2 ** 53 - 1);
  });

  it('refuses a frame over the size limit before decoding it', () => {
    assert.throws(() => decodeUplink(new Uint8Array(MAX_FRAME_BYTES + 1)), code('PROTO_FRAME_TOO_LARGE'));
  });

  it('signs and verifies; any changed byte fails the MAC', () => {
    const key = deriveMacKey('00112233445566778899aabbccddeeff', heartbeat.deviceId);
    const bytes = encodeUplink(heartbeat, key);
    const { mac, signed } = decodeUplink(bytes);
    assert.ok(mac && verifyMac(key, signed, mac));
    for (let i = 0; i < bytes.length - 10; i++) {
      const tampered = Uint8Array.from(bytes);
      tampered[i] = tampered[i]! ^ 0x40;
      let ok: boolean;
      try {
        const d = decodeUplink(tampered);
        ok = d.mac !== null && verifyMac(key, d.signed, d.mac);
      } catch {
        ok = false;
      }
      assert.equal(ok, false, `byte ${i} changed and the MAC still verified`);
    }
  });

  it('a MAC made with another device id does not verify (keys are bound to the device)', () => {
    const bytes = encodeUplink(heartbeat, deriveMacKey('00112233445566778899aabbccddeeff', 'st-other-0001'));
    const { mac, signed } = decodeUplink(bytes);
    assert.equal(verifyMac(deriveMacKey('00112233445566778899aabbccddeeff', heartbeat.deviceId), signed, mac!), false);
  });

  it('decodes every body kind it encodes', () => {
    const bodies: UplinkFrame['body'][] = [
      { type: 'pillarHeartbeat', power: 'POWER_SOURCE_BATTERY', batteryMv: 1, doorOpen: true, camera: 'CAMERA_STATUS_FAULT', intervalS: 2, firmwareVersion: 'v' },
      { type: 'tagHeartbeat', batteryMv: 3000, intervalS: 600, signalDbm: -120, firmwareVersion: '' },
      { type: 'pillarEvent', event: 'PILLAR_EVENT_TYPE_CALL_ENDED' },
      { type: 'gpsFix', latE7: -337000000, lonE7: -1512000000, accuracyM: 3, speedDkmh: 0, headingDeg: 0, fixTimeMs: 1, satellites: 4 },
      { type: 'commandAck', commandId: 4000000000, status: 'ACK_STATUS_UNSUPPORTED', detail: '不支持' },
      { type: 'sightingBatch', windowStartMs: 5, sightings: [{ tagId: 0xdeadbeef, rssiDbm: -150, firstOffsetMs: 0, lastOffsetMs: 0, count: 1 }] },
    ];
    for (const body of bodies) {
      const frame = { ...heartbeat, body };
      assert.deepEqual(decodeUplink(encodeUplink(frame)).frame, frame);
    }
  });
});

describe('downlink codec', () => {
  it('round-trips each command, signed', () => {
    const key = deriveMacKey('ffeeddccbbaa99887766554433221100', 'pl-test-0001');
    for (const command of [
      { type: 'setHeartbeatInterval', intervalS: 30 },
      { type: 'reboot', delayS: 5 },
      { type: 'setCallState', open: true },
      { type: 'setSightingWindow', windowMs: 2000 },
      { type: 'notifyCaller', lamp: 'LAMP_PATTERN_BLINK', lampS: 120, promptId: 'help-coming.zh-CN', promptRepeat: 2 },
    ] as const) {
      const frame = { commandId: 9, issuedMs: 1_700_000_000_000, expiresMs: 1_700_000_060_000, command };
      const decoded = decodeDownlink(encodeDownlink(frame, key));
      assert.deepEqual(decoded.frame, frame);
      assert.ok(decoded.mac && verifyMac(key, decoded.signed, decoded.mac));
    }
  });

  it('refuses a command frame without a command', () => {
    assert.throws(() => decodeDownlink(Uint8Array.from([0x08, 0x01])), code('PROTO_NO_BODY'));
  });
});
