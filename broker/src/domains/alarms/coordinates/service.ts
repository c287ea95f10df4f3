/**
 * Alarm coordinates and cameras: every pillar gets its printed code when it
 * is registered (in the registration's transaction) and, at start, every
 * pillar registered before codes existed; a camera gets its own code when
 * its stream is first configured. Looking a code up tells an operator on the
 * phone the pillar, where it stands, its jurisdictions and its five parties.
 * Codes and cameras are kept in memory (alarm notices and views read them).
 */
import type { Logger } from 'pino';
import { inTransaction, type Database, type Work } from '@watchpost/ingest';
import { HttpError } from '../../../kernel/http-error.js';
import { actorOfCaller, mayReach, type Caller, type Principal } from '../../access/policy/index.js';
import type { AuditLog } from '../../audit/audit-log.js';
import type { DeviceRecord, DevicesHome } from '../../devices/index.js';
import type { OrganisationService } from '../../organisation/service.js';
import { insertCoordinate, listCameras, listCoordinates, putCamera, type CameraKind, type CameraRow, type CoordinateTarget } from '../store/coordinates.js';
import { newCode, parseCode, printed } from './code.js';

export interface CameraInput {
  kind: CameraKind;
  url?: string;
  channelId?: string;
  name?: string;
}

export interface CameraJson {
  kind: CameraKind;
  url: string | null;
  channelId: string | null;
  name: string;
  coordinate: string | null;
}

export interface Labelled {
  code: string;
  target: CoordinateTarget;
  device: DeviceRecord;
}

const URL_SCHEMES: Record<Exclude<CameraKind, 'gb28181'>, readonly string[]> = { rtsp: ['rtsp:', 'rtsps:'], hls: ['http:', 'https:'], webrtc: ['http:', 'https:', 'wss:', 'ws:'] };

export class CoordinateService {
  private readonly byCode = new Map<string, { deviceId: string; target: CoordinateTarget }>();
  private readonly byDevice = new Map<string, Partial<Record<CoordinateTarget, string>>>();
  private readonly cameras = new Map<string, CameraRow>();

  constructor(
    private readonly db: Database,
    private readonly audit: AuditLog,
    private readonly devices: DevicesHome,
    private readonly organisation: OrganisationService,
    private readonly logger: Logger,
  ) {}

  async load(): Promise<void> {
    for (const c of await listCoordinates(this.db)) this.remember(c.code, c.device_id, c.target);
    for (const c of await listCameras(this.db)) this.cameras.set(c.device_id, c);
  }

  /** Pillars registered before codes existed get theirs now (one transaction, one audit entry). */
  async assignMissing(): Promise<number> {
    const missing = [...this.devices.registry.all()].filter((d) => d.kind === 'pillar' && !this.byDevice.get(d.id)?.pillar);
    if (missing.length === 0) return 0;
    await inTransaction(this.db, async (work) => {
      for (const d of missing) await this.assign(work, d.id, 'pillar');
      await this.audit.append(work, { actorId: null, actorRole: 'system', actorName: 'platform', action: 'alarm.coordinate.assign', subjectType: 'device', detail: { pillars: missing.length } });
    });
    this.logger.info({ pillars: missing.length }, 'alarm coordinates assigned to pillars that had none');
    return missing.length;
  }

  /** A code for a device's pillar or camera, in the caller's transaction (the one it has, if it has one). */
  async assign(work: Work, deviceId: string, target: CoordinateTarget): Promise<string> {
    const existing = this.byDevice.get(deviceId)?.[target];
    if (existing) return existing;
    for (let attempt = 0; attempt < 20; attempt++) {
      const row = await insertCoordinate(work, { code: newCode(), deviceId, target });
      if (row) {
        work.afterCommit(() => this.remember(row.code, deviceId, target));
        return row.code;
      }
    }
    throw new Error(`no free alarm coordinate found for ${deviceId} after 20 attempts`);
  }

  codeOf(deviceId: string, target: CoordinateTarget = 'pillar'): string | null {
    const code = this.byDevice.get(deviceId)?.[target];
    return code ? printed(code) : null;
  }

  camera(deviceId: string): CameraJson | null {
    const c = this.cameras.get(deviceId);
    return c ? { kind: c.kind, url: c.url, channelId: c.channel_id, name: c.name, coordinate: this.codeOf(deviceId, 'camera') } : null;
  }

  /** Configures a pillar's camera stream (and gives the camera its code the first time). */
  async setCamera(caller: Caller, deviceId: string, input: CameraInput): Promise<CameraJson> {
    const device = this.devices.registry.get(deviceId);
    if (!device || device.kind !== 'pillar' || !mayReach(caller.principal, 'write', 'device.pillar', device)) throw new HttpError(404, 'DEVICE_NOT_FOUND', `no pillar '${deviceId}'`);
    const { url, channelId } = checkCamera(input);
    const row = await inTransaction(this.db, async (work) => {
      const saved = await putCamera(work, { device_id: deviceId, kind: input.kind, url, channel_id: channelId, name: input.name?.trim() ?? '' });
      const code = await this.assign(work, deviceId, 'camera');
      await this.audit.append(work, { ...actorOfCaller(caller), action: 'pillar.camera.put', subjectType: 'device', subjectId: deviceId, detail: { kind: input.kind, coordinate: code } });
      return saved;
    });
    this.cameras.set(deviceId, row);
    return this.camera(deviceId)!;
  }

  /** A code as someone read it out: the device it is printed on, if the caller reaches it. */
  resolve(principal: Principal, input: string): { code: string; target: CoordinateTarget; device: DeviceRecord } {
    const parsed = parseCode(input);
    if ('problem' in parsed) {
      const why =
        parsed.problem === 'length'
          ? 'an alarm coordinate has 6 characters (such as K7M-4RW)'
          : parsed.problem === 'character'
            ? `'${parsed.character}' is never printed in an alarm coordinate: ask the caller to spell it again`
            : 'its check character does not match: a character was misheard; ask the caller to spell it again';
      throw new HttpError(400, 'COORDINATE_INVALID', `code: ${why}`);
    }
    const found = this.byCode.get(parsed.code);
    const device = found && this.devices.registry.get(found.deviceId);
    if (!found || !device || !mayReach(principal, 'read', 'alarm.coordinate', device)) throw new HttpError(404, 'COORDINATE_NOT_FOUND', `no alarm coordinate ${printed(parsed.code)}`);
    return { code: printed(parsed.code), target: found.target, device };
  }

  /** What the caller may print: the codes of the devices they reach, optionally of one jurisdiction or some devices. */
  labels(principal: Principal, filter: { jurisdiction?: string; deviceIds?: readonly string[] }): Labelled[] {
    const out: Labelled[] = [];
    for (const [code, { deviceId, target }] of this.byCode) {
      const device = this.devices.registry.get(deviceId);
      if (!device || !mayReach(principal, 'read', 'alarm.coordinate', device)) continue;
      if (filter.jurisdiction && !device.jurisdictions.includes(filter.jurisdiction)) continue;
      if (filter.deviceIds && !filter.deviceIds.includes(deviceId)) continue;
      out.push({ code: printed(code), target, device });
    }
    return out.sort((a, b) => a.device.id.localeCompare(b.device.id) || a.target.localeCompare(b.target));
  }

  jurisdictionNames(): Promise<Map<string, string>> {
    return this.organisation.listJurisdictions().then((rows) => new Map(rows.map((j) => [j.id, j.name])));
  }

  private remember(code: string, deviceId: string, target: CoordinateTarget): void {
    this.byCode.set(code, { deviceId, target });
    this.byDevice.set(deviceId, { ...this.byDevice.get(deviceId), [target]: code });
  }
}

/** A stream URL of the kind's scheme, or a GB/T 28181 channel id (20 digits); the sentence names the field. */
function checkCamera(input: CameraInput): { url: string | null; channelId: string | null } {
  if (input.kind === 'gb28181') {
    if (!input.channelId || !/^\d{20}$/.test(input.channelId)) throw new HttpError(400, 'REQUEST_INVALID', 'body/channelId must be the 20-digit GB/T 28181 channel id of the camera');
    if (input.url) throw new HttpError(400, 'REQUEST_INVALID', 'body/url: a GB/T 28181 camera is named by its channel id, not a URL');
    return { url: null, channelId: input.channelId };
  }
  if (input.channelId) throw new HttpError(400, 'REQUEST_INVALID', `body/channelId is for GB/T 28181 cameras; a ${input.kind} camera has a url`);
  let parsed: URL;
  try {
    parsed = new URL(input.url ?? '');
  } catch {
    throw new HttpError(400, 'REQUEST_INVALID', `body/url must be the camera's ${input.kind} stream URL`);
  }
  if (!URL_SCHEMES[input.kind].includes(parsed.protocol)) throw new HttpError(400, 'REQUEST_INVALID', `body/url: a ${input.kind} stream URL starts with ${URL_SCHEMES[input.kind].join(' or ')}//`);
  // Everyone who opens the alarm sees the URL: a password in it would be shown to them all.
  if (parsed.username || parsed.password) throw new HttpError(400, 'REQUEST_INVALID', 'body/url must not carry a user name or password: every operator who opens the alarm sees it');
  return { url: parsed.toString(), channelId: null };
}
