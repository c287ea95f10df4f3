/**
 * Token buckets by key: a key may spend `ratePerS` tokens a second on
 * average, in bursts of up to `burst`. The pipeline keeps two: one per
 * device, spent only by frames that proved they come from it, and one per
 * source address, spent by the unauthenticated junk and the replays that
 * address sends. Memory is bounded: past `maxKeys`, the key touched longest
 * ago is forgotten (a forgotten key starts again with a full bucket).
 */
export interface RateLimit {
  ratePerS: number;
  burst: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Device ids are bounded by the fleet; source addresses are not, so their limiter forgets. */
const DEFAULT_MAX_KEYS = 1_000_000;

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly limit: RateLimit,
    private readonly maxKeys = DEFAULT_MAX_KEYS,
  ) {}

  /** Takes one token for the key at time nowMs; false (and nothing taken) when it has none left. */
  take(key: string, nowMs: number): boolean {
    const bucket = this.refill(key, nowMs);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** True while the key has a token left; takes nothing. */
  allows(key: string, nowMs: number): boolean {
    return this.tokens(key, nowMs) >= 1;
  }

  /** Gives back a token taken for something that turned out to cost nothing (a frame stored before). */
  refund(key: string): void {
    const bucket = this.buckets.get(key);
    if (bucket) bucket.tokens = Math.min(this.limit.burst, bucket.tokens + 1);
  }

  /** Tokens the key has at nowMs (tests, diagnostics). */
  tokens(key: string, nowMs: number): number {
    const bucket = this.buckets.get(key);
    return bucket ? this.level(bucket, nowMs) : this.limit.burst;
  }

  get size(): number {
    return this.buckets.size;
  }

  private refill(key: string, nowMs: number): Bucket {
    let bucket = this.buckets.get(key);
    if (!bucket) {
      if (this.buckets.size >= this.maxKeys) this.buckets.delete(this.buckets.keys().next().value!);
      bucket = { tokens: this.limit.burst, at: nowMs };
    } else {
      this.buckets.delete(key); // re-inserted below: the Map's order is the order keys were last touched
      bucket.tokens = this.level(bucket, nowMs);
      bucket.at = Math.max(bucket.at, nowMs);
    }
    this.buckets.set(key, bucket);
    return bucket;
  }

  /** The bucket's tokens at nowMs (a clock stepping back refills nothing). */
  private level(bucket: Bucket, nowMs: number): number {
    return Math.min(this.limit.burst, bucket.tokens + (Math.max(0, nowMs - bucket.at) / 1000) * this.limit.ratePerS);
  }
}
