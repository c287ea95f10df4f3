/**
 * Real-time mode: the riders' sightings played against the clock, time
 * compressed by `timeFactor` (60: an hour of the county's traffic in a
 * minute), each station's batches handed over as their windows close.
 * Stations batch over `windowMs` of wall time, so the Traffic behind the
 * feed must batch over windowMs × timeFactor of simulated time; frames
 * carry wall-clock times, as a real station's would.
 */
import type { Sighting } from '@watchpost/firmware-protocol';
import { DAY_S, type SightingRecord, type Traffic } from './traffic.js';

export interface RealtimeOptions {
  timeFactor: number;
  /** The batch window in wall-clock ms. */
  windowMs: number;
  /** Simulated time at start, seconds since the traffic's epoch. */
  startSimS: number;
  /** Riders per slice of generation between yields to the event loop. */
  ridersPerSlice?: number;
}

export interface RealtimeBatch {
  station: number;
  /** Wall-clock epoch ms. */
  windowStartMs: number;
  sightings: Sighting[];
}

interface Pending {
  endSimMs: number;
  station: number;
  windowStartSimMs: number;
  records: SightingRecord[];
}

export class RealtimeFeed {
  private queue: Pending[] = [];
  private head = 0;
  private generatedDays = new Set<number>();
  private timer: NodeJS.Timeout | null = null;
  private wallStartMs = 0;
  private generating: Promise<void> | null = null;

  constructor(
    private readonly traffic: Traffic,
    private readonly options: RealtimeOptions,
  ) {
    if (traffic.windowMs !== options.windowMs * options.timeFactor)
      throw new Error(`the traffic's window must be ${options.windowMs * options.timeFactor} ms of simulated time (window × time factor), not ${traffic.windowMs}`);
  }

  /** Whether the clock runs: until start() has made the first day, there is no simulated now. */
  get started(): boolean {
    return this.wallStartMs > 0;
  }

  /** Simulated seconds since the epoch, now. */
  simNowS(wallMs = Date.now()): number {
    return this.options.startSimS + ((wallMs - this.wallStartMs) / 1000) * this.options.timeFactor;
  }

  toWallMs(simMs: number): number {
    return this.wallStartMs + (simMs - this.traffic.epochMs - this.options.startSimS * 1000) / this.options.timeFactor;
  }

  async start(onBatch: (batch: RealtimeBatch) => void): Promise<void> {
    await this.generate(Math.floor(this.options.startSimS / DAY_S));
    this.wallStartMs = Date.now();
    this.timer = setInterval(() => this.tick(onBatch), 200);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private tick(onBatch: (batch: RealtimeBatch) => void): void {
    const nowS = this.simNowS();
    const nowSimMs = this.traffic.epochMs + nowS * 1000;
    // The next day is made while half of this one is still to come.
    const day = Math.floor(nowS / DAY_S);
    if (nowS - day * DAY_S > DAY_S / 2 && !this.generatedDays.has(day + 1) && !this.generating) this.generating = this.generate(day + 1).finally(() => (this.generating = null));
    if (!this.generatedDays.has(day) && !this.generating) this.generating = this.generate(day).finally(() => (this.generating = null));
    const factor = this.options.timeFactor;
    while (this.head < this.queue.length && this.queue[this.head]!.endSimMs <= nowSimMs) {
      const p = this.queue[this.head++]!;
      if (p.endSimMs < this.traffic.epochMs + this.options.startSimS * 1000) continue;
      const startWall = Math.round(this.toWallMs(p.windowStartSimMs));
      const sightings = mergeByTag(p.records).map((r) => ({
        tagId: r.tag,
        rssiDbm: r.rssiDbm,
        firstOffsetMs: Math.round(r.firstOffsetMs / factor),
        lastOffsetMs: Math.round(r.lastOffsetMs / factor),
        count: r.count,
      }));
      onBatch({ station: p.station, windowStartMs: startWall, sightings });
    }
    if (this.head > 50_000) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
  }

  /** One simulated day of every rider, in slices so the event loop (MQTT keepalives, acks) keeps running. */
  private async generate(day: number): Promise<void> {
    this.generatedDays.add(day);
    const windows = new Map<string, Pending>();
    const sink = {
      sighting: (r: SightingRecord) => {
        const key = `${r.station}:${r.windowStartMs}`;
        let p = windows.get(key);
        if (!p) windows.set(key, (p = { endSimMs: r.windowStartMs + this.traffic.windowMs, station: r.station, windowStartSimMs: r.windowStartMs, records: [] }));
        p.records.push(r);
      },
    };
    const riders = this.traffic.riders;
    const slice = this.options.ridersPerSlice ?? 250;
    for (let i = 0; i < riders.length; i += slice) {
      this.traffic.simulateDay(day, sink, riders.slice(i, i + slice));
      await new Promise((r) => setImmediate(r));
    }
    const rest = this.queue.slice(this.head);
    this.queue = [...rest, ...windows.values()].sort((a, b) => a.endSimMs - b.endSimMs);
    this.head = 0;
  }
}

/** A tag heard twice in one window (ridden by, and back) is one sighting, as a station reports it. */
function mergeByTag(records: SightingRecord[]): SightingRecord[] {
  const byTag = new Map<number, SightingRecord>();
  for (const r of records) {
    const m = byTag.get(r.tag);
    if (!m) byTag.set(r.tag, { ...r });
    else {
      m.rssiDbm = Math.max(m.rssiDbm, r.rssiDbm);
      m.firstOffsetMs = Math.min(m.firstOffsetMs, r.firstOffsetMs);
      m.lastOffsetMs = Math.max(m.lastOffsetMs, r.lastOffsetMs);
      m.count += r.count;
    }
  }
  return [...byTag.values()];
}
