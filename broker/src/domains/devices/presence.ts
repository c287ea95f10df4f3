/**
 * Online/offline for every device, whatever its transport: a device is online
 * from the first new frame the platform commits, and offline once it has
 * missed `missedHeartbeats` heartbeat intervals (3 by default, the GB/T 28181
 * convention). The interval is the one the device reports in its heartbeats,
 * or its kind's default. A registered device never heard is 'never_seen'.
 *
 * Coming online is recorded inside the commit of the frame that brought it
 * (rules.ts): when the device is acknowledged, its presence change and the
 * notification of it exist. Going offline is found by a sweep and recorded
 * with its notification in one transaction of its own.
 *
 * A platform restart does not flap the fleet: a device online at shutdown
 * gets a full timeout, counted from the restart, to be heard again.
 */
import type { Logger } from 'pino';
import type { DeviceKind } from '@watchpost/firmware-protocol';
import { GroupCommit, inTransaction, type Database, type Work } from '@watchpost/ingest';
import type { Notify, Outbox } from '../notifications/outbox.js';
import type { DeviceRecord, DeviceRegistry } from './registry.js';
import { recordPresenceChanges, type PresenceChange } from './store.js';

export interface PresenceOptions {
  missedHeartbeats: number;
  defaultIntervalS: Record<DeviceKind, number>;
  sweepEveryMs: number;
}

/** Device-reported intervals are clamped to this range, so one bad report cannot hide a dead device for days. */
const MIN_INTERVAL_S = 1;
const MAX_INTERVAL_S = 24 * 3600;

/** The notification of a presence change: for the live feed (device list, map) and whoever subscribes. */
export function presenceNotification(device: DeviceRecord, change: PresenceChange, lastSeenAt: Date | null): Notify {
  const at = new Date(change.atMs).toISOString();
  return {
    kind: 'device.presence',
    resource: `device.${device.kind}`,
    jurisdictions: device.jurisdictions,
    subjectId: device.id,
    payload: {
      deviceKind: device.kind,
      presence: change.presence,
      at,
      reason: change.reason,
      live: { type: 'presence', id: device.id, presence: change.presence, at, lastSeenAt: lastSeenAt?.toISOString() ?? null, reason: change.reason },
    },
  };
}

export class PresenceTracker {
  /** When each device was last heard, as the offline check counts it. */
  private readonly heardAt = new Map<string, number>();
  private readonly offline: GroupCommit<PresenceChange, void>;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly registry: DeviceRegistry,
    db: Database,
    private readonly outbox: Outbox,
    private readonly options: PresenceOptions,
    private readonly logger: Logger,
    startedAtMs: number = Date.now(),
  ) {
    for (const d of registry.all()) {
      const seen = d.lastSeenAt?.getTime();
      if (seen !== undefined) this.heardAt.set(d.id, d.presence === 'online' ? Math.max(seen, startedAtMs) : seen);
    }
    this.offline = new GroupCommit<PresenceChange, void>({
      name: 'presence',
      flush: async (items) => {
        await inTransaction(db, (work) => this.record(work, items));
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
    await this.offline.close();
  }

  intervalS(device: DeviceRecord): number {
    const reported = device.heartbeatIntervalS;
    if (reported) return Math.min(Math.max(reported, MIN_INTERVAL_S), MAX_INTERVAL_S);
    return this.options.defaultIntervalS[device.kind];
  }

  offlineAfterMs(device: DeviceRecord): number {
    return this.intervalS(device) * this.options.missedHeartbeats * 1000;
  }

  /** A new frame from the device was committed at atMs (its presence, if it changed, was recorded in that commit). */
  heard(device: DeviceRecord, atMs: number): void {
    const prev = this.heardAt.get(device.id) ?? 0;
    if (atMs > prev) this.heardAt.set(device.id, atMs);
  }

  /**
   * Inside the commit of new frames from devices that were not online: their
   * changes and notifications join the transaction; memory follows once it
   * commits. `heard` has the newest receive time per device.
   */
  async comeOnline(work: Work, heard: ReadonlyMap<DeviceRecord, number>): Promise<void> {
    const changes: PresenceChange[] = [];
    for (const [device, atMs] of heard) {
      if (device.presence === 'online') continue;
      changes.push({ deviceId: device.id, presence: 'online', atMs, reason: device.presence === 'never_seen' ? 'first frame' : 'heard again' });
    }
    if (changes.length > 0) await this.record(work, changes, (id) => [...heard.keys()].find((d) => d.id === id) ?? null, true);
  }

  /** Marks offline every online device that has missed its heartbeats by nowMs. */
  sweep(nowMs: number): void {
    for (const device of this.registry.all()) {
      if (device.presence !== 'online') continue;
      const heard = this.heardAt.get(device.id) ?? 0;
      const limit = this.offlineAfterMs(device);
      if (nowMs - heard > limit) {
        const change: PresenceChange = {
          deviceId: device.id,
          presence: 'offline',
          atMs: heard + limit,
          reason: `no frame for ${this.options.missedHeartbeats} heartbeat intervals (${limit / 1000} s)`,
        };
        // Memory first, so the next sweep does not find it again; the record and its notification follow.
        this.apply(device, change);
        this.offline.submit(change).catch((err: Error) => this.logger.warn({ deviceId: device.id, err: err.message }, 'presence change not recorded'));
      }
    }
  }

  private async record(work: Work, changes: PresenceChange[], find = (id: string) => this.registry.get(id) ?? null, inMemoryAfter = false): Promise<void> {
    await recordPresenceChanges(work, changes);
    const notes: Notify[] = [];
    for (const c of changes) {
      const device = find(c.deviceId);
      if (device) notes.push(presenceNotification(device, c, c.presence === 'online' ? new Date(c.atMs) : device.lastSeenAt));
    }
    await this.outbox.notify(work, notes);
    if (inMemoryAfter) {
      work.afterCommit(() => {
        for (const c of changes) {
          const device = find(c.deviceId);
          if (device) this.apply(device, c);
        }
      });
    }
  }

  private apply(device: DeviceRecord, change: PresenceChange): void {
    device.presence = change.presence;
    device.presenceSince = new Date(change.atMs);
    this.logger.info({ deviceId: device.id, kind: device.kind, presence: change.presence, reason: change.reason }, `device ${change.presence}`);
  }
}
