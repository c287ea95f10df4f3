/**
 * bench:hit-latency --rule platform: the tags go on the watchlist through the
 * platform's own API, as a registration point and the police put them there:
 * an owner, a bike registered with each tag (administrator), each reported
 * stolen by the police officer of the bench's county (their session), so the
 * platform's own hit rule (bikes/watchlist/hit-rule.ts) raises the hits.
 */
import type { Platform } from './harness.js';

export interface Session {
  cookie: string;
  csrfToken: string;
}

async function call(p: Platform, method: string, path: string, body: unknown, headers: Record<string, string>): Promise<Record<string, unknown>> {
  const res = await fetch(`${p.baseUrl}${path}`, { method, headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}

export async function putOnWatchlist(platform: Platform, tags: readonly number[], police: Session, parallel = 8): Promise<void> {
  const owner = (await call(platform, 'POST', '/api/v1/owners', { displayName: '压测车主', phone: '13912345678' }, platform.auth)) as { owner: { id: string } };
  const lastSeenAt = new Date(Date.now() - 60_000).toISOString();
  const queue = [...tags];
  const worker = async () => {
    for (let tagId = queue.shift(); tagId !== undefined; tagId = queue.shift()) {
      const { bike } = (await call(platform, 'POST', '/api/v1/bikes', { ownerId: owner.owner.id, plate: `B${tagId}`, frameNumber: `BF${tagId}`, tagId }, platform.auth)) as { bike: { id: string } };
      await call(platform, 'POST', '/api/v1/cases', { bikeId: bike.id, lastSeenAt }, { cookie: police.cookie, 'x-csrf-token': police.csrfToken });
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}
