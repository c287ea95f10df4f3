/**
 * Devices as people ask for them: register, list, read, place, re-key. Each
 * method applies the caller's reach (the data policy, by kind and by the
 * jurisdictions the device stands in), makes its change, writes its audit
 * entry and its notification in one transaction; memory follows the commit.
 */
import type { DeviceKind } from '@watchpost/firmware-protocol';
import { inTransaction, type Database, type Work } from '@watchpost/ingest';
import { HttpError } from '../../kernel/http-error.js';
import type { AuditLog } from '../audit/audit-log.js';
import { actorOfCaller, mayReach, reach, type Caller, type Principal, type Resource } from '../access/policy/index.js';
import type { Notify, Outbox } from '../notifications/outbox.js';
import type { JurisdictionMap } from '../organisation/jurisdiction-map.js';
import { placeOf, samePlace } from './placement.js';
import type { PresenceTracker } from './presence.js';
import { RegistryError, type DeviceRecord, type DeviceRegistry, type RegisterDevice } from './registry.js';
import type { DeviceJson } from './schemas.js';
import { deviceJson } from './serialize.js';
import { selectPresenceHistory, updatePlacements, type Placement, type Presence } from './store.js';

const REGISTRY_STATUS = { DEVICE_ID_INVALID: 400, SECRET_INVALID: 400, DEVICE_NOT_FOUND: 404, DEVICE_ID_TAKEN: 409 } as const;

/**
 * The fleet view (list, map, live feed) is of the public infrastructure:
 * stations and pillars, for the staff who reach them. Tags (on residents'
 * bikes) come with their bikes, to their owners; police reach a tag by id with a reason.
 */
export const FLEET_KINDS: readonly DeviceKind[] = ['station', 'pillar'];

const resourceOf = (kind: DeviceKind): Resource => `device.${kind}`;

function refusal(err: unknown): unknown {
  return err instanceof RegistryError ? new HttpError(REGISTRY_STATUS[err.code], err.code, err.message) : err;
}

export interface DeviceFilter {
  kind?: DeviceKind;
  presence?: Presence;
  placement?: Placement;
}

export class DeviceService {
  /** Told of a device whose secret changed: connections made with the old one end, the pipeline forgets its seqs. */
  private readonly rotationListeners = new Set<(deviceId: string) => void>();
  /** Run inside a registration's transaction: what other homes attach to a new device (a pillar's alarm coordinate). */
  private readonly registrationHooks: ((work: Work, device: DeviceRecord) => Promise<void>)[] = [];

  constructor(
    private readonly db: Database,
    readonly registry: DeviceRegistry,
    readonly presence: PresenceTracker,
    private readonly audit: AuditLog,
    private readonly outbox: Outbox,
    private readonly map: () => JurisdictionMap,
  ) {}

  onRotated(listener: (deviceId: string) => void): void {
    this.rotationListeners.add(listener);
  }

  /** A hook that runs in the transaction of every registration, after the device is inserted. */
  onRegistering(hook: (work: Work, device: DeviceRecord) => Promise<void>): void {
    this.registrationHooks.push(hook);
  }

  json(d: DeviceRecord): DeviceJson {
    return deviceJson(d, this.presence);
  }

  /** Whether the caller sees this device in the fleet view (lists, map, live feed). */
  inFleetView(p: Principal, d: DeviceRecord): boolean {
    const resource = resourceOf(d.kind);
    return (FLEET_KINDS.includes(d.kind) || reach(p.user.role, 'read', resource) === 'all') && mayReach(p, 'read', resource, d);
  }

  list(p: Principal, filter: DeviceFilter): { devices: DeviceJson[]; counts: Record<Presence, number> } {
    const counts = { never_seen: 0, online: 0, offline: 0 };
    const devices: DeviceJson[] = [];
    for (const d of this.registry.all()) {
      if ((filter.kind && d.kind !== filter.kind) || (filter.placement && d.placement !== filter.placement) || !this.inFleetView(p, d)) continue;
      counts[d.presence]++;
      if (!filter.presence || d.presence === filter.presence) devices.push(this.json(d));
    }
    return { devices, counts };
  }

  /** What a new live-feed stream starts from. */
  snapshot(p: Principal): DeviceJson[] {
    const out: DeviceJson[] = [];
    for (const d of this.registry.all()) if (this.inFleetView(p, d)) out.push(this.json(d));
    return out;
  }

  async register(caller: Caller, input: RegisterDevice): Promise<DeviceRecord & { secret: string }> {
    const place = placeOf(this.map(), input.lat ?? null, input.lon ?? null);
    if (!mayReach(caller.principal, 'write', resourceOf(input.kind), place)) {
      throw new HttpError(
        403,
        'FORBIDDEN',
        `the ${caller.principal.user.role} role may not register a ${input.kind}${place.jurisdictions.length ? ' there: the place is outside your jurisdictions' : ''}`,
      );
    }
    try {
      const { device, secret } = await inTransaction(this.db, async (work) => {
        const created = await this.registry.insert(work, input, place);
        for (const hook of this.registrationHooks) await hook(work, created.device);
        await this.audit.append(work, {
          ...actorOfCaller(caller),
          action: 'device.register',
          subjectType: 'device',
          subjectId: created.device.id,
          detail: { kind: input.kind, provisionedSecret: Boolean(input.secret), placement: place.placement },
        });
        await this.outbox.notify(work, [this.changed('device.registered', created.device)]);
        return created;
      });
      return Object.assign(device, { secret });
    } catch (err) {
      throw refusal(err);
    }
  }

  /** One device the caller may read; a reason is required (and audited) where the policy says 'case'. */
  async read(caller: Caller, id: string, reason: string | undefined): Promise<{ device: DeviceRecord; history: { at: Date; presence: string; reason: string }[] }> {
    const p = caller.principal;
    const device = this.registry.get(id);
    if (!device) throw notFound(id);
    const r = reach(p.user.role, 'read', resourceOf(device.kind));
    if (r === 'case') {
      if (!reason) throw new HttpError(403, 'REASON_REQUIRED', `state why you need this ${device.kind} (?reason=…); it is written to the audit trail`);
      return inTransaction(this.db, async (work) => {
        await this.audit.append(work, { ...actorOfCaller(caller), action: 'device.read', subjectType: 'device', subjectId: id, reason });
        return { device, history: await selectPresenceHistory(work, id, 50) };
      });
    }
    if (!mayReach(p, 'read', resourceOf(device.kind), device)) throw notFound(id); // outside the caller's jurisdictions, or an owner's tag
    return { device, history: await selectPresenceHistory(this.db, id, 50) };
  }

  /** A new name or position (null: no position); placed again. Both the old and the new place must be the caller's. */
  async move(caller: Caller, id: string, to: { lat: number | null; lon: number | null; name?: string }): Promise<DeviceRecord> {
    const device = this.registry.get(id);
    const resource = device && resourceOf(device.kind);
    if (!device || !mayReach(caller.principal, 'write', resource!, device)) throw notFound(id);
    const place = placeOf(this.map(), to.lat, to.lon);
    if (!mayReach(caller.principal, 'write', resource!, place)) throw new HttpError(403, 'FORBIDDEN', 'that place is outside your jurisdictions');
    const name = to.name?.trim();
    const from = { lat: device.lat, lon: device.lon, jurisdictions: device.jurisdictions.join(',') };
    await inTransaction(this.db, async (work) => {
      await this.registry.place(work, device, { name: name || device.name, lat: to.lat, lon: to.lon, ...place });
      await this.audit.append(work, {
        ...actorOfCaller(caller),
        action: 'device.move',
        subjectType: 'device',
        subjectId: id,
        detail: { fromLat: from.lat, fromLon: from.lon, lat: to.lat, lon: to.lon, ...(name ? { name } : {}), fromJurisdictions: from.jurisdictions, placement: place.placement },
      });
      await this.outbox.notify(work, [this.changed('device.changed', { ...device, ...place, lat: to.lat, lon: to.lon, name: name || device.name })]);
    });
    return device;
  }

  /** A new secret for a lost or leaked one; the old one stops working at once. */
  async rotateSecret(caller: Caller, id: string): Promise<string> {
    const device = this.registry.get(id);
    if (!device || !mayReach(caller.principal, 'write', resourceOf(device.kind), device)) throw notFound(id);
    const secret = await inTransaction(this.db, async (work) => {
      const s = await this.registry.rotate(work, device);
      await this.audit.append(work, { ...actorOfCaller(caller), action: 'device.secret.rotate', subjectType: 'device', subjectId: id });
      return s;
    });
    for (const listener of this.rotationListeners) listener(id);
    return secret;
  }

  /** The jurisdictions changed: every device is placed again (one statement), and the live feed told of the ones that moved. */
  async replaceAll(map: JurisdictionMap): Promise<number> {
    const moved: { device: DeviceRecord; jurisdictions: string[]; placement: Placement }[] = [];
    for (const d of this.registry.all()) {
      const place = placeOf(map, d.lat, d.lon);
      if (place.placement !== d.placement || !samePlace(place.jurisdictions, d.jurisdictions)) moved.push({ device: d, ...place });
    }
    if (moved.length === 0) return 0;
    await inTransaction(this.db, async (work) => {
      await updatePlacements(
        work,
        moved.map((m) => ({ id: m.device.id, jurisdictions: m.jurisdictions, placement: m.placement })),
      );
      await this.outbox.notify(
        work,
        moved.map((m) => this.changed('device.changed', { ...m.device, jurisdictions: m.jurisdictions, placement: m.placement })),
      );
      work.afterCommit(() => {
        for (const m of moved) Object.assign(m.device, { jurisdictions: m.jurisdictions, placement: m.placement });
      });
    });
    return moved.length;
  }

  /** A device registered or changed, as the live feed and subscribers hear of it. */
  private changed(kind: 'device.registered' | 'device.changed', d: DeviceRecord): Notify {
    const json = this.json(d);
    return { kind, resource: resourceOf(d.kind), jurisdictions: d.jurisdictions, subjectId: d.id, payload: { deviceKind: d.kind, placement: d.placement, live: { type: 'device', device: json } } };
  }
}

const notFound = (id: string) => new HttpError(404, 'DEVICE_NOT_FOUND', `no device '${id}'`);
