/** The live feed's connection, as the indicator shows it; feeds the fleet. */
import { followLiveFeed, type LiveStatus } from './api.js';
import type { Fleet } from './fleet.svelte.js';

export class LiveConnection {
  status = $state<LiveStatus>('connecting');
  private stop: (() => void) | null = null;

  constructor(private readonly fleet: Fleet) {}

  start(): void {
    this.stop ??= followLiveFeed({
      snapshot: (devices) => this.fleet.applySnapshot(devices),
      changes: (events) => this.fleet.applyChanges(events),
      status: (status) => (this.status = status),
    });
  }

  close(): void {
    this.stop?.();
    this.stop = null;
  }
}
