/**
 * Device credentials. A device's secret is 128 random bits shown once, as 32
 * hex digits, when it is registered; the platform keeps only values derived
 * from it with HMAC-SHA256. A random 128-bit secret cannot be guessed, so a
 * fast keyed hash suffices: a slow password hash would only make reconnect
 * storms of thousands of devices expensive.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { deriveMacKey } from '@watchpost/firmware-protocol';

export const SECRET_PATTERN = /^[0-9a-f]{32}$/;

export function issueSecret(): string {
  return randomBytes(16).toString('hex');
}

/** HMAC-SHA256(key = secret, "wp/v1/password/" + device id): what the MQTT password is checked against. */
export function secretVerifier(secret: string, deviceId: string): Buffer {
  return createHmac('sha256', secret).update(`wp/v1/password/${deviceId}`).digest();
}

export function checkSecret(verifier: Uint8Array, password: string, deviceId: string): boolean {
  if (!SECRET_PATTERN.test(password)) return false;
  const candidate = secretVerifier(password, deviceId);
  return candidate.length === verifier.length && timingSafeEqual(candidate, verifier);
}

export interface StoredCredentials {
  secretVerifier: Buffer;
  macKey: Buffer;
}

export function deriveCredentials(secret: string, deviceId: string): StoredCredentials {
  return { secretVerifier: secretVerifier(secret, deviceId), macKey: Buffer.from(deriveMacKey(secret, deviceId)) };
}

const ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789'; // no 0/o, 1/l: ids get read aloud and typed
const KIND_PREFIX = { pillar: 'pl', station: 'st', tag: 'tg' } as const;

/** A fresh device id such as st-k7mq2xw9ha: kind prefix and 10 random characters. */
export function newDeviceId(kind: keyof typeof KIND_PREFIX): string {
  const bytes = randomBytes(10);
  let id = `${KIND_PREFIX[kind]}-`;
  for (const b of bytes) id += ID_ALPHABET[b % ID_ALPHABET.length];
  return id;
}
