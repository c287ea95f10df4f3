/**
 * Online/offline for every device, whatever its transport: a device is online
 * from the first frame the platform commits, and offline once it has missed
 * `missedHeartbeats` heartbeat intervals (3 by default, the GB/T 28181
 * convention). The interval is the one the device reports in its heartbeats,
 * or its kind's default. A registered device never heard is 'never_seen'.
 *
 * A platform restart does not flap the fleet: a device online at shutdown
 * gets a full timeout, counted from the restart, to be heard again.
 */
import type { Logger } from 'pino';
import type { DeviceKind } from '@watchpost/firmware-protocol';
import type { Database } from './db/database.js';
import type { IngestEvents } from './events.js';
import type { DeviceRecord, DeviceRegistry } from './registry.js';
import { recordPresenceChanges, type PresenceChange } from './store/devices.js';
import { GroupCommit } from './writer/group-commit.js';

export interface PresenceOptions {
  missedHeartbeats: number;
  defaultIntervalS: Record<DeviceKind, number>;
  sweepEveryMs: number;
}

/** Device-reported intervals are clamped to this range, so one bad report cannot hide a dead device for days. */
const MIN_INTERVAL_S = 1;
const MAX_INTERVAL_S = 24 * 3600;

export class PresenceTracker {
  /** When each device was last heard, as the offline check counts it. */
  private readonly heardAt = new Map<string, number>();
  private readonly changes: GroupCommit<PresenceChange, void>;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly registry: DeviceRegistry,
    db: Database,
    private readonly events: IngestEvents,
    private readonly options: PresenceOptions,
    private readonly logger: Logger,
    startedAtMs: number = Date.now(),
  ) {
    for (const d of registry.all()) {
      const seen = d.lastSeenAt?.getTime();
      if (seen !== undefined) this.heardAt.set(d.id, d.presence === 'online' ? Math.max(seen, startedAtMs) : seen);
    }
    this.changes = new GroupCommit<PresenceChange, void>({
      name: 'presence',
      flush: async (items) => {
        await db.transaction((tx) => recordPresenceChanges(tx, items));
        return items.map(() => undefined);
      },
      maxBatch: 5_000,
      maxPending: 200_000,
      ackTimeoutMs: 10 * 60_000,
      logger,
    });
  }

  start(): void {
    this.timer = setInterval(() => this.sweep(Date.now()), this.options.sweepEveryMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.changes.close();
  }

  intervalS(device: DeviceRecord): number {
    const reported = device.heartbeatIntervalS;
    if (reported) return Math.min(Math.max(reported, MIN_INTERVAL_S), MAX_INTERVAL_S);
    return this.options.defaultIntervalS[device.kind];
  }

  offlineAfterMs(device: DeviceRecord): number {
    return this.intervalS(device) * this.options.missedHeartbeats * 1000;
  }

  /** A frame from the device was committed at atMs. */
  heard(device: DeviceRecord, atMs: number): void {
    const prev = this.heardAt.get(device.id) ?? 0;
    if (atMs > prev) this.heardAt.set(device.id, atMs);
    if (device.presence !== 'online') this.transition(device, 'online', atMs, device.presence === 'never_seen' ? 'first frame' : 'heard again');
  }

  /** Marks offline every online device that has missed its heartbeats by nowMs. */
  sweep(nowMs: number): void {
    for (const device of this.registry.all()) {
      if (device.presence !== 'online') continue;
      const heard = this.heardAt.get(device.id) ?? 0;
      const limit = this.offlineAfterMs(device);
      if (nowMs - heard > limit) {
        this.transition(device, 'offline', heard + limit, `no frame for ${this.options.missedHeartbeats} heartbeat intervals (${limit / 1000} s)`);
      }
    }
  }

  private transition(device: DeviceRecord, presence: 'online' | 'offline', atMs: number, reason: string): void {
    device.presence = presence;
    device.presenceSince = new Date(atMs);
    this.logger.info({ deviceId: device.id, kind: device.kind, presence, reason }, `device ${presence}`);
    this.events.emit('presence', { deviceId: device.id, kind: device.kind, presence, at: device.presenceSince, reason });
    this.changes.submit({ deviceId: device.id, presence, atMs, reason }).catch((err: Error) => {
      this.logger.warn({ deviceId: device.id, err: err.message }, 'presence change not recorded');
    });
  }
}
