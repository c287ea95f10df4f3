/**
 * Frame MACs (PROTOCOL.md, "MAC"): the first 8 bytes of HMAC-SHA256 over the
 * frame's bytes, appended as the frame's last field (field 15, 8 bytes), as
 * LoRaWAN appends its MIC. The key is derived from the device's secret.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { ProtocolError } from './errors.js';

export type MacKey = Uint8Array;

export const MAC_BYTES = 8;
/** Field 15, wire type 2 (length-delimited), then the length 8. */
const MAC_FIELD_HEADER = [0x7a, MAC_BYTES] as const;
const MAC_SUFFIX_BYTES = MAC_FIELD_HEADER.length + MAC_BYTES;

/** K_mac = HMAC-SHA256(key = the secret's ASCII text, message = "wp/v1/mac/" + device id). */
export function deriveMacKey(secret: string, deviceId: string): MacKey {
  return createHmac('sha256', secret).update(`wp/v1/mac/${deviceId}`).digest();
}

export function computeMac(key: MacKey, signed: Uint8Array): Uint8Array {
  return createHmac('sha256', key).update(signed).digest().subarray(0, MAC_BYTES);
}

export function appendMac(frame: Uint8Array, key: MacKey): Uint8Array {
  const out = new Uint8Array(frame.length + MAC_SUFFIX_BYTES);
  out.set(frame, 0);
  out.set(MAC_FIELD_HEADER, frame.length);
  out.set(computeMac(key, frame), frame.length + MAC_FIELD_HEADER.length);
  return out;
}

/**
 * Splits a decoded frame into the signed part and its MAC. `decodedMac` is the
 * mac field as the protobuf decoder saw it; when present it must be the frame's
 * last 10 bytes, or the signed part would be ambiguous.
 */
export function splitMac(frame: Uint8Array, decodedMac: Uint8Array | null | undefined): { mac: Uint8Array | null; signed: Uint8Array } {
  if (!decodedMac || decodedMac.length === 0) return { mac: null, signed: frame };
  const at = frame.length - MAC_SUFFIX_BYTES;
  if (decodedMac.length !== MAC_BYTES || at < 0 || frame[at] !== MAC_FIELD_HEADER[0] || frame[at + 1] !== MAC_FIELD_HEADER[1]) {
    throw new ProtocolError('PROTO_MAC_INVALID', `mac must be the frame's last field and exactly ${MAC_BYTES} bytes`, {
      macBytes: decodedMac.length,
    });
  }
  return { mac: frame.subarray(frame.length - MAC_BYTES), signed: frame.subarray(0, at) };
}

/** Constant-time check of a frame's MAC. */
export function verifyMac(key: MacKey, signed: Uint8Array, mac: Uint8Array): boolean {
  const expected = computeMac(key, signed);
  return mac.length === expected.length && timingSafeEqual(mac, expected);
}
