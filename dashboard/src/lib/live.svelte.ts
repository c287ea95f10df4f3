/** The live feed's connection, as the indicator shows it; feeds the fleet (and the alarm pages). */
import { followLiveFeed, type LiveNotification, type LiveStatus } from './api.js';
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

/**
 * The alarm pages' view of the live feed: each `alarm.*` notification, as it
 * comes (the pages read the alarm again: the feed carries only a summary).
 */
export class AlarmFeed {
  status = $state<LiveStatus>('connecting');
  private stop: (() => void) | null = null;

  constructor(
    private readonly onAlarm: (event: LiveNotification) => void,
    /** The devices, kept current for the console's map of the pillar. */
    private readonly fleet: Fleet | null = null,
  ) {}

  start(): void {
    this.stop ??= followLiveFeed({
      snapshot: (devices) => this.fleet?.applySnapshot(devices),
      changes: (events) => this.fleet?.applyChanges(events),
      status: (status) => (this.status = status),
      notification: (event) => event.kind.startsWith('alarm.') && this.onAlarm(event),
    });
  }

  close(): void {
    this.stop?.();
    this.stop = null;
  }
}
