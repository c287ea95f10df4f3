/**
 * Per-device token bucket: a device may send `ratePerS` frames a second on
 * average, in bursts of up to `burst`. One flooding device is refused
 * (INGEST_RATE_LIMITED) without slowing anyone else.
 */
export interface RateLimit {
  ratePerS: number;
  burst: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly limit: RateLimit) {}

  /** Takes one token for the device at time nowMs; false when it has none left. */
  take(deviceId: string, nowMs: number): boolean {
    const { ratePerS, burst } = this.limit;
    let bucket = this.buckets.get(deviceId);
    if (!bucket) {
      bucket = { tokens: burst, at: nowMs };
      this.buckets.set(deviceId, bucket);
    } else {
      bucket.tokens = Math.min(burst, bucket.tokens + ((nowMs - bucket.at) / 1000) * ratePerS);
      bucket.at = nowMs;
    }
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }
}
