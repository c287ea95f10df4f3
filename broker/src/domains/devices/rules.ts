/**
 * What the devices home does with a committed frame. Inside the commit: a
 * device that was not online comes online (its change and notification join
 * the transaction). After it: the device's newest sequence number, when it was
 * heard, the heartbeat interval it reports.
 */
import type { AfterCommitStep, CommitRule, UplinkRecord } from '@watchpost/ingest';
import type { PresenceTracker } from './presence.js';
import type { DeviceRecord, DeviceRegistry } from './registry.js';

export function presenceRule(registry: DeviceRegistry, presence: PresenceTracker): CommitRule {
  return {
    name: 'devices: a device heard, not online, comes online',
    wants: (record) => registry.get(record.deviceId)?.presence !== 'online',
    async apply(work, records: readonly UplinkRecord[]) {
      const heard = new Map<DeviceRecord, number>();
      for (const r of records) {
        const device = registry.get(r.deviceId);
        if (device) heard.set(device, Math.max(heard.get(device) ?? 0, r.receivedAtMs));
      }
      await presence.comeOnline(work, heard);
    },
  };
}

export function markHeard(presence: PresenceTracker): AfterCommitStep {
  return [
    'devices: mark heard',
    ({ device, record }) => {
      const d = device as DeviceRecord;
      if (record.seq > d.lastSeq) d.lastSeq = record.seq;
      const heard = new Date(record.receivedAtMs);
      if (!d.lastSeenAt || heard > d.lastSeenAt) d.lastSeenAt = heard;
      if (record.intervalS) d.heartbeatIntervalS = record.intervalS;
      presence.heard(d, record.receivedAtMs);
    },
  ];
}
