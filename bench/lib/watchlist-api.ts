/**
 * bench:hit-latency --rule platform: the tags go on the watchlist through the
 * platform's own API, as police would put them there (a bike registered with
 * each tag, reported stolen), and the platform's own hit rule raises the hits.
 * That API is the bikes home's, which is not in this branch yet: until it is,
 * the benchmark runs with its stand-in rule (--rule standin).
 */
import type { Platform } from './harness.js';

export async function putOnWatchlist(platform: Platform, tags: readonly number[]): Promise<void> {
  const probe = await fetch(`${platform.baseUrl}/api/v1/bikes`, { headers: platform.auth });
  if (probe.status === 404)
    throw new Error(`--rule platform: this platform has no bikes API yet to put ${tags.length} tags on the watchlist with; run with --rule standin (the default) until the bikes home is in`);
  throw new Error('--rule platform: wire putOnWatchlist (bench/lib/watchlist-api.ts) to the bikes home’s routes: register a bike per tag, report it stolen');
}
