/**
 * Webhook signatures. Every request carries
 *   X-Watchpost-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>
 * so a receiver can tell the platform sent it (the secret), that the body is
 * whole (the HMAC covers it) and that it is not an old request played again
 * (the timestamp, within a window). Each attempt is signed anew.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-watchpost-signature';
/** A receiver should refuse a signature older (or further ahead) than this. */
export const SIGNATURE_WINDOW_S = 300;

export function signatureOf(secret: string, timestampS: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestampS}.${body}`).digest('hex');
}

export function signatureHeader(secret: string, body: string, nowMs = Date.now()): string {
  const t = Math.floor(nowMs / 1000);
  return `t=${t},v1=${signatureOf(secret, t, body)}`;
}

export type SignatureCheck = { valid: true; timestampS: number } | { valid: false; reason: 'malformed' | 'mismatch' | 'outside-window' };

/** What a receiver runs: the raw body as received, the header, its copy of the secret. */
export function verifySignature(secret: string, header: string | undefined, body: string, nowMs = Date.now(), windowS = SIGNATURE_WINDOW_S): SignatureCheck {
  const parts = Object.fromEntries((header ?? '').split(',').map((p) => p.split('=', 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || !/^[0-9a-f]{64}$/.test(parts.v1 ?? '')) return { valid: false, reason: 'malformed' };
  const expected = Buffer.from(signatureOf(secret, t, body), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(parts.v1!, 'hex'))) return { valid: false, reason: 'mismatch' };
  if (Math.abs(nowMs / 1000 - t) > windowS) return { valid: false, reason: 'outside-window' };
  return { valid: true, timestampS: t };
}
