// Travel-time histograms: quantiles within a bin's width, compact JSON that round-trips.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TravelHistogram } from './travel-histogram.js';

describe('travel-time histogram', () => {
  it('gives quantiles within 10 % of the exact ones, from seconds to two hours', () => {
    for (const scale of [3, 60, 600]) {
      const h = new TravelHistogram();
      const values = Array.from({ length: 1000 }, (_, i) => scale * (1 + i / 100));
      values.forEach((v) => h.add(v));
      for (const q of [0.05, 0.5, 0.95]) {
        const exact = values[Math.floor(q * (values.length - 1))]!;
        assert.ok(Math.abs(h.quantile(q) / exact - 1) < 0.1, `q${q} at scale ${scale}: ${h.quantile(q)} vs ${exact}`);
      }
    }
    assert.ok(Number.isNaN(new TravelHistogram().quantile(0.5)));
  });

  it('round-trips through JSON with only non-empty bins, and refuses bad bins', () => {
    const h = new TravelHistogram();
    [40, 41, 42, 300, 301].forEach((v) => h.add(v));
    const flat = h.toJSON();
    assert.ok(flat.length <= 6);
    const back = TravelHistogram.fromJSON(flat);
    assert.equal(back.total, 5);
    assert.equal(back.quantile(0.5), h.quantile(0.5));
    assert.throws(() => TravelHistogram.fromJSON([500, 1]), /bad bin 500/);
  });
});
