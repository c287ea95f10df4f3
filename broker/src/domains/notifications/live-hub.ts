/**
 * The live channel: committed notifications handed to the browsers that
 * follow the live feed (SSE), each filtered by what its user may see. The
 * outbox publishes a transaction's notifications once it has committed; a
 * browser that reconnects names the last id it got and is replayed what it
 * missed from the notifications table.
 */
import type { NotificationRow } from './store.js';

export type LiveListener = (rows: readonly NotificationRow[]) => void;

export class LiveHub {
  private readonly listeners = new Set<LiveListener>();

  get listenerCount(): number {
    return this.listeners.size;
  }

  subscribe(listener: LiveListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(rows: readonly NotificationRow[]): void {
    if (rows.length === 0) return;
    for (const listener of this.listeners) listener(rows);
  }

  close(): void {
    this.listeners.clear();
  }
}
