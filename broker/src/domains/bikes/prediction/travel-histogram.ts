/**
 * Travel times between two stations as a compact log-binned histogram:
 * bins 10 % wide from 1 s to ~2.6 h (96 bins; longer hops are never learnt:
 * they are parked bikes, new trips), so a quantile is within 5 %
 * of the true one at any scale, and one edge costs a few dozen numbers in
 * JSON (only non-empty bins are kept).
 */
const MIN_S = 1;
const RATIO = 1.1;
export const BINS = 96;
const LOG_RATIO = Math.log(RATIO);

export function binOf(seconds: number): number {
  if (!(seconds > MIN_S)) return 0;
  return Math.min(BINS - 1, Math.floor(Math.log(seconds / MIN_S) / LOG_RATIO));
}

/** The bin's lower edge in seconds. */
export function binStart(bin: number): number {
  return MIN_S * RATIO ** bin;
}

export class TravelHistogram {
  readonly counts = new Map<number, number>();
  total = 0;

  add(seconds: number, weight = 1): void {
    const b = binOf(seconds);
    this.counts.set(b, (this.counts.get(b) ?? 0) + weight);
    this.total += weight;
  }

  /** The q-quantile in seconds (geometric interpolation within the bin); NaN when empty. */
  quantile(q: number): number {
    if (this.total === 0) return NaN;
    const target = Math.min(Math.max(q, 0), 1) * this.total;
    const bins = [...this.counts.keys()].sort((a, b) => a - b);
    let seen = 0;
    for (const b of bins) {
      const n = this.counts.get(b)!;
      if (seen + n >= target) {
        const f = n > 0 ? (target - seen) / n : 0;
        return binStart(b) * RATIO ** f;
      }
      seen += n;
    }
    return binStart(bins[bins.length - 1]! + 1);
  }

  /** Flat [bin, count, bin, count, …]. */
  toJSON(): number[] {
    return [...this.counts].sort((a, b) => a[0] - b[0]).flat();
  }

  static fromJSON(flat: readonly number[]): TravelHistogram {
    const h = new TravelHistogram();
    for (let i = 0; i + 1 < flat.length; i += 2) {
      const [bin, count] = [flat[i]!, flat[i + 1]!];
      if (!Number.isInteger(bin) || bin < 0 || bin >= BINS || !(count > 0)) throw new Error(`travel histogram: bad bin ${bin} or count ${count}`);
      h.counts.set(bin, (h.counts.get(bin) ?? 0) + count);
      h.total += count;
    }
    return h;
  }
}
