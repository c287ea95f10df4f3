/**
 * The device registry: every known device in memory (the ingest hot path
 * must not query the database to authenticate a frame), mirrored from the
 * devices table. Records change only after the database has committed.
 */
import { DEVICE_ID_PATTERN, type DeviceKind } from '@watchpost/firmware-protocol';
import type { Database } from './db/database.js';
import { checkSecret, deriveCredentials, issueSecret, newDeviceId, SECRET_PATTERN } from './credentials.js';
import { IngestError } from './errors.js';
import type { IngestEvents } from './events.js';
import { insertDevice, selectDevices, updateCredentials, updatePlacement, type DeviceRow, type Presence } from './store/devices.js';

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
}

/** A device as the API shows it: never its credentials. */
export type DeviceView = Omit<DeviceRecord, 'secretVerifier' | 'macKey'>;

export interface RegisterDevice {
  kind: DeviceKind;
  id?: string;
  name?: string;
  lat?: number | null;
  lon?: number | null;
  /** A secret provisioned at the factory (32 hex digits); one is generated when absent. */
  secret?: string;
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
  };
}

export function viewOf(record: DeviceRecord): DeviceView {
  const { secretVerifier: _v, macKey: _k, ...view } = record;
  return view;
}

export class DeviceRegistry {
  private readonly devices = new Map<string, DeviceRecord>();

  private constructor(
    private readonly db: Database,
    private readonly events: IngestEvents,
  ) {}

  static async load(db: Database, events: IngestEvents): Promise<DeviceRegistry> {
    const registry = new DeviceRegistry(db, events);
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

  /** Registers a device and returns it with its secret, the only time the secret is shown. */
  async register(input: RegisterDevice): Promise<{ device: DeviceRecord; secret: string }> {
    if (input.id !== undefined && !DEVICE_ID_PATTERN.test(input.id)) {
      throw new RegistryError('DEVICE_ID_INVALID', `device id must match ${DEVICE_ID_PATTERN}`);
    }
    if (input.secret !== undefined && !SECRET_PATTERN.test(input.secret)) {
      throw new RegistryError('SECRET_INVALID', 'a provisioned secret must be 32 lower-case hex digits');
    }
    for (let attempt = 0; attempt < 5; attempt++) {
      const id = input.id ?? newDeviceId(input.kind);
      const secret = input.secret ?? issueSecret();
      const creds = deriveCredentials(secret, id);
      const row = await insertDevice(this.db, {
        id,
        kind: input.kind,
        name: input.name ?? '',
        lat: input.lat ?? null,
        lon: input.lon ?? null,
        ...creds,
      });
      if (row) {
        const device = fromRow(row);
        this.devices.set(id, device);
        this.events.emit('registered', { deviceId: id, kind: device.kind });
        return { device, secret };
      }
      if (input.id !== undefined) throw new RegistryError('DEVICE_ID_TAKEN', `a device '${input.id}' is already registered`);
    }
    throw new RegistryError('DEVICE_ID_TAKEN', 'could not find a free device id');
  }

  /**
   * Places a device (an installer at the pole, or a correction) and optionally renames it. The
   * live feed re-sends a device on 'registered', so that event tells it the record changed.
   */
  async move(deviceId: string, position: { lat: number; lon: number; name?: string }): Promise<DeviceRecord> {
    const device = this.devices.get(deviceId);
    if (!device) throw new RegistryError('DEVICE_NOT_FOUND', `no device '${deviceId}'`);
    const row = await updatePlacement(this.db, deviceId, position.lat, position.lon, position.name ?? null);
    if (!row) throw new RegistryError('DEVICE_NOT_FOUND', `no device '${deviceId}'`);
    Object.assign(device, row);
    this.events.emit('registered', { deviceId, kind: device.kind });
    return device;
  }

  /** Issues a new secret (a lost or leaked one); the old one stops working at once. */
  async rotateSecret(deviceId: string): Promise<string> {
    const device = this.devices.get(deviceId);
    if (!device) throw new RegistryError('DEVICE_NOT_FOUND', `no device '${deviceId}'`);
    const secret = issueSecret();
    const creds = deriveCredentials(secret, deviceId);
    await updateCredentials(this.db, deviceId, creds.secretVerifier, creds.macKey);
    device.secretVerifier = creds.secretVerifier;
    device.macKey = creds.macKey;
    device.lastSeq = 0;
    this.events.emit('rotated', { deviceId });
    return secret;
  }
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
