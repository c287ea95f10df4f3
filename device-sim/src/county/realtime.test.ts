// Real-time mode: the riders' sightings come out as the (compressed) clock passes, as valid batches on wall-clock time.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_SIGHTINGS_PER_BATCH } from '@watchpost/firmware-protocol';
import { buildCounty } from './county.js';
import { RealtimeFeed, type RealtimeBatch } from './realtime.js';
import { buildPopulation } from './riders.js';
import { Traffic } from './traffic.js';

describe('real-time feed', () => {
  it('hands over each station’s batches as their windows close, on wall-clock time', async () => {
    const county = buildCounty({ seed: 1, scale: 0.1 });
    const riders = buildPopulation(county);
    const timeFactor = 600;
    const windowMs = 500;
    const feed = new RealtimeFeed(new Traffic(county, riders, { windowMs: windowMs * timeFactor }), { timeFactor, windowMs, startSimS: 7.5 * 3600 });
    const batches: RealtimeBatch[] = [];
    await feed.start((b) => batches.push(b));
    const started = Date.now();
    try {
      await new Promise((r) => setTimeout(r, 2500));
    } finally {
      feed.stop();
    }
    // 2.5 s at 600× is 25 minutes of the morning peak.
    const simMinutes = (feed.simNowS() - 7.5 * 3600) / 60;
    assert.ok(simMinutes >= 24 && simMinutes < 40, `${simMinutes} simulated minutes`);
    assert.ok(batches.length > 20, `${batches.length} batches`);
    for (const b of batches) {
      assert.ok(b.station >= 0 && b.station < county.stations.length);
      assert.ok(b.sightings.length >= 1 && b.sightings.length <= MAX_SIGHTINGS_PER_BATCH * 4);
      assert.ok(b.windowStartMs >= started - 2 * windowMs && b.windowStartMs <= Date.now(), 'windows on the wall clock');
      assert.equal(new Set(b.sightings.map((s) => s.tagId)).size, b.sightings.length, 'a tag once per batch');
      for (const s of b.sightings) assert.ok(s.count >= 1 && s.firstOffsetMs <= s.lastOffsetMs && s.lastOffsetMs <= windowMs);
    }
    const bikes = new Set(riders.flatMap((r) => [r.bikeTag, r.fobTag]));
    assert.ok(
      batches.every((b) => b.sightings.every((s) => bikes.has(s.tagId))),
      'only the riders’ tags are heard',
    );
  });
});
