/**
 * The device registry: every known device in memory (the ingest hot path
 * must not query the database to authenticate a frame), mirrored from the
 * devices table. A record changes only once the database has committed the
 * change (afterCommit), so memory never holds what a rollback undid.
 */
import { DEVICE_ID_PATTERN, type DeviceKind } from '@watchpost/firmware-protocol';
import { IngestError, type Database, type FrameDevices, type Work } from '@watchpost/ingest';
import { checkSecret, deriveCredentials, issueSecret, newDeviceId, SECRET_PATTERN } from './credentials.js';
import { insertDevice, selectDevices, updateCredentials, updatePlace, type DeviceRow, type Placement, type Presence } from './store.js';

export interface DeviceRecord {
  id: string;
  kind: DeviceKind;
  name: string;
  lat: number | null;
  lon: number | null;
  registeredAt: Date;
  secretVerifier: Uint8Array;
  macKey: Uint8Array;
  /** Highest committed sequence number. */
  lastSeq: number;
  lastSeenAt: Date | null;
  heartbeatIntervalS: number | null;
  presence: Presence;
  presenceSince: Date | null;
  /** The jurisdictions it stands in, their ancestors included; empty when placed nowhere. */
  jurisdictions: string[];
  placement: Placement;
}

export interface RegisterDevice {
  kind: DeviceKind;
  id?: string;
  name?: string;
  lat?: number | null;
  lon?: number | null;
  /** A secret provisioned at the factory (32 hex digits); one is generated when absent. */
  secret?: string;
}

export type RegistryErrorCode = 'DEVICE_ID_INVALID' | 'DEVICE_ID_TAKEN' | 'DEVICE_NOT_FOUND' | 'SECRET_INVALID';

export class RegistryError extends Error {
  override readonly name = 'RegistryError';
  constructor(
    readonly code: RegistryErrorCode,
    message: string,
  ) {
    super(message);
  }
}

function fromRow(row: DeviceRow): DeviceRecord {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    lat: row.lat,
    lon: row.lon,
    registeredAt: row.registered_at,
    secretVerifier: row.secret_verifier,
    macKey: row.mac_key,
    lastSeq: row.last_seq,
    lastSeenAt: row.last_seen_at,
    heartbeatIntervalS: row.heartbeat_interval_s,
    presence: row.presence,
    presenceSince: row.presence_since,
    jurisdictions: row.jurisdictions ?? [],
    placement: row.placement ?? 'no_position',
  };
}

export class DeviceRegistry implements FrameDevices {
  private readonly devices = new Map<string, DeviceRecord>();

  private constructor() {}

  static async load(db: Database): Promise<DeviceRegistry> {
    const registry = new DeviceRegistry();
    for (const row of await selectDevices(db)) registry.devices.set(row.id, fromRow(row));
    return registry;
  }

  get size(): number {
    return this.devices.size;
  }

  get(id: string): DeviceRecord | undefined {
    return this.devices.get(id);
  }

  all(): IterableIterator<DeviceRecord> {
    return this.devices.values();
  }

  /** Checks a device's MQTT credentials; throws AUTH_* with the reason. */
  authenticate(deviceId: string, password: string): DeviceRecord {
    const device = this.devices.get(deviceId);
    if (!device) throw new IngestError('AUTH_UNKNOWN_DEVICE', `no device '${deviceId}' is registered`, { deviceId });
    if (!checkSecret(device.secretVerifier, password, deviceId)) {
      throw new IngestError('AUTH_BAD_PASSWORD', `wrong secret for device '${deviceId}'`, { deviceId });
    }
    return device;
  }

  /** Inserts a device in the caller's transaction; memory has it once that commits. Its secret is returned this once. */
  async insert(work: Work, input: RegisterDevice, place: { jurisdictions: string[]; placement: Placement }): Promise<{ device: DeviceRecord; secret: string }> {
    if (input.id !== undefined && !DEVICE_ID_PATTERN.test(input.id)) throw new RegistryError('DEVICE_ID_INVALID', `device id must match ${DEVICE_ID_PATTERN}`);
    if (input.secret !== undefined && !SECRET_PATTERN.test(input.secret)) throw new RegistryError('SECRET_INVALID', 'a provisioned secret must be 32 lower-case hex digits');
    for (let attempt = 0; attempt < 5; attempt++) {
      const id = input.id ?? newDeviceId(input.kind);
      if (this.devices.has(id) && input.id === undefined) continue;
      const secret = input.secret ?? issueSecret();
      const row = await insertDevice(work, { id, kind: input.kind, name: input.name ?? '', lat: input.lat ?? null, lon: input.lon ?? null, ...deriveCredentials(secret, id), ...place });
      if (row) {
        const device = fromRow(row);
        work.afterCommit(() => this.devices.set(id, device));
        return { device, secret };
      }
      if (input.id !== undefined) throw new RegistryError('DEVICE_ID_TAKEN', `a device '${input.id}' is already registered`);
    }
    throw new RegistryError('DEVICE_ID_TAKEN', 'could not find a free device id');
  }

  /** A new name or position, in the caller's transaction. */
  async place(work: Work, device: DeviceRecord, p: { name: string; lat: number | null; lon: number | null; jurisdictions: string[]; placement: Placement }): Promise<void> {
    await updatePlace(work, device.id, p);
    work.afterCommit(() => Object.assign(device, p));
  }

  /** A new secret (a lost or leaked one), in the caller's transaction; the old one stops working once it commits. */
  async rotate(work: Work, device: DeviceRecord): Promise<string> {
    const secret = issueSecret();
    const creds = deriveCredentials(secret, device.id);
    await updateCredentials(work, device.id, creds.secretVerifier, creds.macKey);
    work.afterCommit(() => {
      device.secretVerifier = creds.secretVerifier;
      device.macKey = creds.macKey;
      device.lastSeq = 0;
    });
    return secret;
  }
}
