/**
 * Synthetic county traffic for the track benchmark, as rows of tag_sightings
 * in PostgreSQL's binary COPY format, in the order ingest would write them
 * (by received time), day by day.
 *
 * Stations stand on a grid 1 km apart; each bike rides 1–5 times a day
 * between 06:00 and 22:00, past 4–14 stations (a walk to neighbouring grid
 * points, 1–3 min a hop), heard in 2–4 batch windows of 5 s at each, and one
 * time in five by a neighbouring station too, weaker. That is ~97 sightings
 * a bike a day, close to the simulated county's 94 (bench/RESULTS.md,
 * prediction): 100 M rows are about 70 days of 15,000 bikes.
 */
import { Readable } from 'node:stream';

export interface TrafficOptions {
  rows: number;
  tags: number;
  stations: number;
  /** Midnight (UTC ms) of the first day. */
  startMs: number;
  seed: number;
}

/** Expected sightings per bike and day: rides × stations × windows × (1 + neighbour). */
export const SIGHTINGS_PER_TAG_DAY = 3 * 9 * 3 * 1.2;

const DAY_MS = 86_400_000;
/** PostgreSQL's epoch, in Unix ms. */
const PG_EPOCH_MS = 946_684_800_000;

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const stationId = (i: number) => `st-b-${String(i).padStart(4, '0')}`;

/** The grid: station i at column i % side, row ⌊i / side⌋, 0.009° (≈1 km) apart around Xuyi. */
export function gridOf(stations: number): { side: number; place: (i: number) => { lat: number; lon: number } } {
  const side = Math.ceil(Math.sqrt(stations));
  return { side, place: (i) => ({ lat: 32.9 + Math.floor(i / side) * 0.009, lon: 118.4 + (i % side) * 0.0107 }) };
}

/** One day's sightings, sorted by received time (a counting sort by second). */
class Day {
  readonly received: Float64Array;
  readonly first: Float64Array;
  readonly last: Float64Array;
  readonly tag: Uint32Array;
  readonly station: Uint16Array;
  readonly rssi: Int8Array;
  n = 0;
  constructor(capacity: number) {
    this.received = new Float64Array(capacity);
    this.first = new Float64Array(capacity);
    this.last = new Float64Array(capacity);
    this.tag = new Uint32Array(capacity);
    this.station = new Uint16Array(capacity);
    this.rssi = new Int8Array(capacity);
  }
  add(received: number, first: number, last: number, tag: number, station: number, rssi: number): void {
    if (this.n === this.received.length) return; // a day far above average: the rest of it is dropped
    const i = this.n++;
    this.received[i] = received;
    this.first[i] = first;
    this.last[i] = last;
    this.tag[i] = tag;
    this.station[i] = station;
    this.rssi[i] = rssi;
  }
  order(dayStartMs: number): Uint32Array {
    const counts = new Uint32Array(86_402);
    const key = (i: number) => Math.min(86_401, Math.max(0, Math.floor((this.received[i]! - dayStartMs) / 1000)));
    for (let i = 0; i < this.n; i++) counts[key(i) + 1]!++;
    for (let k = 1; k < counts.length; k++) counts[k]! += counts[k - 1]!;
    const out = new Uint32Array(this.n);
    for (let i = 0; i < this.n; i++) out[counts[key(i)]!++] = i;
    return out;
  }
}

function rideDay(day: Day, o: TrafficOptions, dayStartMs: number, random: () => number): void {
  const { side } = gridOf(o.stations);
  const neighbour = (s: number) => {
    const moves = [-1, 1, -side, side].map((d) => s + d).filter((x) => x >= 0 && x < o.stations);
    return moves[Math.floor(random() * moves.length)]!;
  };
  for (let tag = 0; tag < o.tags; tag++) {
    const rides = 1 + Math.floor(random() * 5);
    for (let r = 0; r < rides; r++) {
      let t = dayStartMs + (6 + random() * 16) * 3_600_000;
      let s = Math.floor(random() * o.stations);
      const stops = 4 + Math.floor(random() * 11);
      for (let k = 0; k < stops; k++) {
        const windows = 2 + Math.floor(random() * 3);
        const other = random() < 0.2 ? neighbour(s) : -1;
        for (let w = 0; w < windows; w++) {
          const windowStart = Math.floor(t / 5_000) * 5_000 + w * 5_000;
          const received = windowStart + 5_000 + 50 + random() * 400;
          const rssi = -55 - Math.floor(random() * 30);
          day.add(received, windowStart + random() * 1_000, windowStart + 3_000 + random() * 1_900, tag, s, rssi);
          if (other >= 0) day.add(received + random() * 100, windowStart + random() * 1_000, windowStart + 3_000 + random() * 1_900, tag, other, rssi - 8 - Math.floor(random() * 10));
        }
        t += 60_000 + random() * 120_000;
        s = neighbour(s);
      }
    }
  }
}

/** A non-negative safe integer as a big-endian int8, without a BigInt per value. */
function int64(buf: Buffer, v: number, p: number): number {
  const hi = Math.floor(v / 4_294_967_296);
  buf.writeUInt32BE(hi, p);
  return buf.writeUInt32BE(v - hi * 4_294_967_296, p + 4);
}

/** The traffic as a binary COPY stream of tag_sightings' eight columns; `onDay` hears each day's row count. */
export function trafficCopyStream(o: TrafficOptions, onDay: (day: number, rows: number) => void = () => {}): Readable {
  const random = mulberry32(o.seed);
  const names = Array.from({ length: o.stations }, (_, i) => Buffer.from(stationId(i)));
  const day = new Day(Math.ceil(o.tags * SIGHTINGS_PER_TAG_DAY * 2));
  let emitted = 0;
  let dayIndex = 0;
  let headerSent = false;
  const micros = (ms: number) => Math.round((ms - PG_EPOCH_MS) * 1000);
  return new Readable({
    read() {
      const chunks: Buffer[] = [];
      if (!headerSent) {
        headerSent = true;
        const header = Buffer.alloc(19);
        Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1').copy(header, 0);
        chunks.push(header); // flags and header extension length: zero
      }
      if (emitted >= o.rows) {
        const trailer = Buffer.alloc(2);
        trailer.writeInt16BE(-1);
        this.push(Buffer.concat([...chunks, trailer]));
        this.push(null);
        return;
      }
      const dayStartMs = o.startMs + dayIndex * DAY_MS;
      day.n = 0;
      rideDay(day, o, dayStartMs, random);
      const order = day.order(dayStartMs);
      const take = Math.min(order.length, o.rows - emitted);
      onDay(dayIndex, take);
      // Written in slices of 64 k rows: one Buffer each.
      for (let from = 0; from < take; from += 65_536) {
        const to = Math.min(take, from + 65_536);
        const buf = Buffer.allocUnsafe((to - from) * (2 + 4 + 16 + 5 * 12 + 6 + 8));
        let p = 0;
        for (let j = from; j < to; j++) {
          const i = order[j]!;
          const name = names[day.station[i]!]!;
          p = buf.writeInt16BE(8, p);
          p = buf.writeInt32BE(name.length, p);
          p += name.copy(buf, p);
          p = buf.writeInt32BE(8, p);
          p = int64(buf, emitted + j + 1, p);
          p = buf.writeInt32BE(8, p);
          p = int64(buf, micros(day.received[i]!), p);
          p = buf.writeInt32BE(8, p);
          p = int64(buf, day.tag[i]!, p);
          p = buf.writeInt32BE(8, p);
          p = int64(buf, micros(day.first[i]!), p);
          p = buf.writeInt32BE(8, p);
          p = int64(buf, micros(day.last[i]!), p);
          p = buf.writeInt32BE(2, p);
          p = buf.writeInt16BE(day.rssi[i]!, p);
          p = buf.writeInt32BE(4, p);
          p = buf.writeInt32BE(2 + (j % 3), p);
        }
        chunks.push(buf.subarray(0, p));
      }
      emitted += take;
      dayIndex++;
      this.push(Buffer.concat(chunks));
    },
  });
}
