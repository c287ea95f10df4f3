// The radio model: RSSI falls with distance, fewer beacons are heard further out, fobs are heard less far than plates.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seededRandom } from '@watchpost/firmware-protocol/testing';
import { DEFAULT_RADIO, hearBeacon, meanRssi, sensitivityDbm } from './radio.js';

describe('radio model', () => {
  const p = DEFAULT_RADIO;
  const sensitivity = sensitivityDbm(p, 60);
  type Heard = { share: number; mean: number };
  const sample = (tx: number, d: number): Heard => {
    const rand = seededRandom(d * 13 + 1);
    const heard: number[] = [];
    for (let i = 0; i < 20_000; i++) {
      const rssi = hearBeacon(p, tx, sensitivity, d * d, rand);
      if (!Number.isNaN(rssi)) heard.push(rssi);
    }
    return { share: heard.length / 20_000, mean: heard.reduce((s, x) => s + x, 0) / Math.max(1, heard.length) };
  };

  it('has a mean RSSI that falls with distance (log-distance) and meets the sensitivity at the nominal range', () => {
    for (let d = 2; d < 200; d *= 1.5) assert.ok(meanRssi(p, p.bikeTxDbm, d * 1.5) < meanRssi(p, p.bikeTxDbm, d));
    assert.ok(Math.abs(meanRssi(p, p.bikeTxDbm, 60) - sensitivity) < 1e-9);
    // 10·n dB per decade.
    assert.ok(Math.abs(meanRssi(p, p.bikeTxDbm, 10) - meanRssi(p, p.bikeTxDbm, 100) - 10 * p.pathLossExponent) < 1e-9);
  });

  it('hears strong beacons close by, weaker and fewer further out, and misses some even at the pole', () => {
    const [near, mid, far, beyond] = [5, 30, 60, 110].map((d) => sample(p.bikeTxDbm, d)) as [Heard, Heard, Heard, Heard];
    assert.ok(near.mean > mid.mean && mid.mean > far.mean, `${near.mean} > ${mid.mean} > ${far.mean}`);
    assert.ok(near.share > 0.75 && near.share < 0.85, `near: ${near.share} (the miss rate)`);
    assert.ok(far.share < mid.share && far.share > 0.25 && far.share < 0.55, `at the nominal range about half: ${far.share}`);
    assert.ok(beyond.share < 0.05, `beyond: ${beyond.share}`);
    const fob = sample(p.fobTxDbm, 40);
    assert.ok(fob.share < sample(p.bikeTxDbm, 40).share, 'a fob in a pocket is heard less');
  });
});
