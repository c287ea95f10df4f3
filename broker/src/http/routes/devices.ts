import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { downlinkTopic, uplinkTopic, type DeviceKind } from '@watchpost/firmware-protocol';
import { RegistryError, selectPresenceHistory, type DeviceRecord } from '@watchpost/ingest';
import { can, type Principal } from '../../access/access.js';
import { actorOf } from '../../access/audit.js';
import { reach, type Reach } from '../../access/policy.js';
import type { AppDeps } from '../app.js';
import { HttpError } from '../errors.js';
import { Device, DeviceDetail, DeviceIdParams, DeviceList, DeviceListQuery, PlaceDeviceBody, RegisterDeviceBody, RegisteredDevice } from '../schemas/devices.js';
import { Reason } from '../schemas/people.js';
import { deviceJson } from '../serialize.js';

const REGISTRY_STATUS = { DEVICE_ID_INVALID: 400, SECRET_INVALID: 400, DEVICE_NOT_FOUND: 404, DEVICE_ID_TAKEN: 409 } as const;
const ALL_KINDS = ['device.station', 'device.pillar', 'device.tag'] as const;
/**
 * The fleet view (list, live feed) is of the public infrastructure: its readers
 * are the staff. Tags appear in it for administrators only (listable); an
 * owner's own tags come with their bikes, and police reach a tag by id with a reason.
 */
export const FLEET_VIEW = ['device.station', 'device.pillar'] as const;

function httpError(err: unknown): unknown {
  return err instanceof RegistryError ? new HttpError(REGISTRY_STATUS[err.code], err.code, err.message) : err;
}

/** How far the caller reaches into devices of a kind. */
export function deviceReach(principal: Principal, action: 'read' | 'write', kind: DeviceKind): Reach {
  return reach(principal.user.role, action, `device.${kind}`);
}

/** Kinds whose devices the caller sees in lists and on the live map: not tags, except for administrators. */
export function listable(principal: Principal, kind: DeviceKind): boolean {
  const r = deviceReach(principal, 'read', kind);
  return r === 'all' || r === 'jurisdiction';
}

export const deviceRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { ingest, ports, access: acc }) => {
  const { registry, presence } = ingest;
  const notFound = (id: string) => new HttpError(404, 'DEVICE_NOT_FOUND', `no device '${id}'`);

  app.post(
    '/devices',
    {
      config: { access: can('write', ...ALL_KINDS) },
      schema: {
        summary: 'Register a device (pillar, base station or tag); its secret is returned this once',
        tags: ['devices'],
        body: RegisterDeviceBody,
        response: { 201: RegisteredDevice, 400: { $ref: 'Error' }, 403: { $ref: 'Error' }, 409: { $ref: 'Error' } },
      },
    },
    async (request, reply) => {
      const p = request.principal!;
      if (deviceReach(p, 'write', request.body.kind) === 'none') throw new HttpError(403, 'FORBIDDEN', `the ${p.user.role} role may not register a ${request.body.kind}`);
      try {
        const { device, secret } = await registry.register(request.body);
        await acc.audit.append({ ...actorOf(p), action: 'device.register', subjectType: 'device', subjectId: device.id, detail: { kind: device.kind, provisionedSecret: Boolean(request.body.secret) }, ip: request.ip });
        request.log.info({ deviceId: device.id, kind: device.kind, by: p.user.id }, 'device registered');
        reply.status(201);
        const up = uplinkTopic(device.kind, device.id);
        const { mqtt, coap } = ports();
        return {
          device: deviceJson(device, presence),
          secret,
          connect: {
            mqtt: { port: mqtt, clientId: device.id, username: device.id, uplinkTopic: up, downlinkTopic: downlinkTopic(device.kind, device.id) },
            coap: { port: coap, path: `/${up}` },
          },
        };
      } catch (err) {
        throw httpError(err);
      }
    },
  );

  app.get(
    '/devices',
    { config: { access: can('read', ...FLEET_VIEW) }, schema: { summary: 'List devices with their presence (the kinds your role may see)', tags: ['devices'], querystring: DeviceListQuery, response: { 200: DeviceList } } },
    async (request) => {
      const p = request.principal!;
      const { kind, presence: wanted } = request.query;
      const counts = { never_seen: 0, online: 0, offline: 0 };
      const devices = [];
      for (const d of registry.all()) {
        if ((kind && d.kind !== kind) || !listable(p, d.kind)) continue;
        counts[d.presence]++;
        if (wanted && d.presence !== wanted) continue;
        devices.push(deviceJson(d, presence));
      }
      return { devices, counts };
    },
  );

  /** The device if the caller may read it; a reason is required (and audited) where the policy says 'case'. */
  async function readable(p: Principal, id: string, reason: string | undefined, ip: string): Promise<DeviceRecord> {
    const device = registry.get(id);
    if (!device) throw notFound(id);
    const r = deviceReach(p, 'read', device.kind);
    if (r === 'none' || r === 'own') throw notFound(id); // owners' own devices come with bikes
    if (r === 'case') {
      if (!reason) throw new HttpError(403, 'REASON_REQUIRED', `state why you need this ${device.kind} (?reason=…); it is written to the audit trail`);
      await acc.audit.append({ ...actorOf(p), action: 'device.read', subjectType: 'device', subjectId: id, reason, ip });
    }
    return device;
  }

  app.get(
    '/devices/:id',
    {
      config: { access: can('read', ...ALL_KINDS, { reach: ['all', 'jurisdiction', 'case'], otherwise: "an owner's tags come with their bikes" }) },
      schema: {
        summary: 'One device, with its recent online/offline history',
        tags: ['devices'],
        params: DeviceIdParams,
        querystring: Type.Object({ reason: Type.Optional(Reason) }),
        response: { 200: DeviceDetail, 403: { $ref: 'Error' }, 404: { $ref: 'Error' } },
      },
    },
    async (request) => {
      const device = await readable(request.principal!, request.params.id, request.query.reason, request.ip);
      const history = await selectPresenceHistory(ingest.db, device.id, 50);
      return {
        device: deviceJson(device, presence),
        presenceHistory: history.map((h) => ({ at: h.at.toISOString(), presence: h.presence, reason: h.reason })),
      };
    },
  );

  app.post(
    '/devices/:id/secret',
    {
      config: { access: can('write', ...ALL_KINDS) },
      schema: {
        summary: "Issue a new secret for a device (lost or leaked); the old one stops working and the device's sequence restarts at 1",
        tags: ['devices'],
        params: DeviceIdParams,
        response: { 200: Type.Object({ secret: Type.String() }), 404: { $ref: 'Error' } },
      },
    },
    async (request) => {
      const p = request.principal!;
      const device = registry.get(request.params.id);
      if (!device || deviceReach(p, 'write', device.kind) === 'none') throw notFound(request.params.id);
      try {
        const secret = await registry.rotateSecret(device.id);
        await acc.audit.append({ ...actorOf(p), action: 'device.secret.rotate', subjectType: 'device', subjectId: device.id, ip: request.ip });
        request.log.warn({ deviceId: device.id, by: p.user.id }, 'device secret rotated');
        return { secret };
      } catch (err) {
        throw httpError(err);
      }
    },
  );

  app.patch(
    '/devices/:id',
    {
      config: { access: can('write', ...ALL_KINDS) },
      schema: {
        summary: 'Place a device (where it is mounted, WGS-84) and optionally rename it; the live map moves it',
        tags: ['devices'],
        params: DeviceIdParams,
        body: PlaceDeviceBody,
        response: { 200: Type.Object({ device: Device }), 400: { $ref: 'Error' }, 404: { $ref: 'Error' } },
      },
    },
    async (request) => {
      const p = request.principal!;
      const device = registry.get(request.params.id);
      if (!device || deviceReach(p, 'write', device.kind) === 'none') throw notFound(request.params.id);
      const { lat, lon, name } = request.body;
      // The record is updated in place: what it said before, for the audit trail.
      const [fromLat, fromLon] = [device.lat, device.lon];
      try {
        const moved = await registry.move(device.id, { lat, lon, ...(name !== undefined ? { name: name.trim() } : {}) });
        await acc.audit.append({ ...actorOf(p), action: 'device.move', subjectType: 'device', subjectId: device.id, detail: { fromLat, fromLon, lat, lon, ...(name !== undefined ? { name: moved.name } : {}) }, ip: request.ip });
        request.log.info({ deviceId: device.id, lat, lon, by: p.user.id }, 'device placed');
        return { device: deviceJson(moved, presence) };
      } catch (err) {
        throw httpError(err);
      }
    },
  );
};
