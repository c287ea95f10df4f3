/**
 * The watchlist in memory: the tags the hit rule wants (CommitRule.wants is
 * a lookup here, nothing more). A tag is added *before* its report's
 * transaction starts ("pending") and dropped again if the report fails, so
 * no batch committed after the report is judged without it (see
 * case-service.ts for the whole argument).
 */
import type { AlertLevel } from './case-store.js';

export interface WatchEntry {
  tagId: number;
  caseId: string;
  bikeId: string;
  level: AlertLevel;
  expiresAtMs: number;
}

export class Watchlist {
  private readonly active = new Map<number, WatchEntry>();
  /** Tags whose report is under way: wanted by the rule, hit only once the watch row is committed. */
  private readonly pending = new Map<number, number>();

  /** The rule's question, for every tag of every sighting batch. */
  wants(tagId: number): boolean {
    return this.active.has(tagId) || this.pending.has(tagId);
  }

  get(tagId: number): WatchEntry | undefined {
    return this.active.get(tagId);
  }

  get size(): number {
    return this.active.size;
  }

  entries(): IterableIterator<WatchEntry> {
    return this.active.values();
  }

  hold(tagId: number): void {
    this.pending.set(tagId, (this.pending.get(tagId) ?? 0) + 1);
  }

  release(tagId: number): void {
    const n = (this.pending.get(tagId) ?? 0) - 1;
    if (n > 0) this.pending.set(tagId, n);
    else this.pending.delete(tagId);
  }

  put(entry: WatchEntry): void {
    this.active.set(entry.tagId, entry);
  }

  remove(tagId: number): void {
    this.active.delete(tagId);
  }

  /** The entries that expired by `nowMs`, removed. */
  expire(nowMs: number): WatchEntry[] {
    const gone: WatchEntry[] = [];
    for (const e of this.active.values()) if (e.expiresAtMs <= nowMs) gone.push(e);
    for (const e of gone) this.active.delete(e.tagId);
    return gone;
  }
}
