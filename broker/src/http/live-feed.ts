/**
 * The live feed behind GET /api/v1/live: device registrations and presence
 * changes, gathered for a short window and sent to every subscriber as one
 * batch, so a fleet coming online at once is a few messages, not thousands.
 */
import type { Ingest } from '@watchpost/ingest';
import type { DeviceJson } from './schemas/devices.js';
import { deviceJson } from './serialize.js';

export type LiveEvent =
  | { type: 'device'; device: DeviceJson }
  | { type: 'presence'; id: string; presence: 'online' | 'offline'; at: string; lastSeenAt: string | null; reason: string };

export type LiveSubscriber = (events: LiveEvent[]) => void;

export class LiveFeed {
  private readonly subscribers = new Set<LiveSubscriber>();
  /** Pending events by device: within a window only the newest per device matters. */
  private pending = new Map<string, LiveEvent>();
  private timer: NodeJS.Timeout | null = null;
  private readonly detach: () => void;

  constructor(
    private readonly ingest: Ingest,
    private readonly windowMs = 200,
  ) {
    const onPresence = (e: { deviceId: string; presence: 'online' | 'offline'; at: Date; reason: string }) => {
      const lastSeen = ingest.registry.get(e.deviceId)?.lastSeenAt ?? null;
      this.push(e.deviceId, { type: 'presence', id: e.deviceId, presence: e.presence, at: e.at.toISOString(), lastSeenAt: lastSeen?.toISOString() ?? null, reason: e.reason });
    };
    const onRegistered = (e: { deviceId: string }) => {
      const device = ingest.registry.get(e.deviceId);
      if (device) this.push(e.deviceId, { type: 'device', device: deviceJson(device, ingest.presence) });
    };
    ingest.events.on('presence', onPresence);
    ingest.events.on('registered', onRegistered);
    this.detach = () => {
      ingest.events.off('presence', onPresence);
      ingest.events.off('registered', onRegistered);
    };
  }

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  /** Every device as it is now: what a new subscriber starts from. */
  snapshot(): DeviceJson[] {
    return [...this.ingest.registry.all()].map((d) => deviceJson(d, this.ingest.presence));
  }

  subscribe(subscriber: LiveSubscriber): () => void {
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  close(): void {
    this.detach();
    if (this.timer) clearTimeout(this.timer);
    this.subscribers.clear();
  }

  private push(deviceId: string, event: LiveEvent): void {
    // A registration followed by presence in one window: send the device with its new presence.
    const prev = this.pending.get(deviceId);
    if (prev?.type === 'device' && event.type === 'presence') {
      prev.device.presence = event.presence;
      prev.device.presenceSince = event.at;
      prev.device.lastSeenAt = event.lastSeenAt;
    } else {
      this.pending.set(deviceId, event);
    }
    this.timer ??= setTimeout(() => this.flush(), this.windowMs);
  }

  private flush(): void {
    this.timer = null;
    const batch = [...this.pending.values()];
    this.pending = new Map();
    for (const send of this.subscribers) send(batch);
  }
}
