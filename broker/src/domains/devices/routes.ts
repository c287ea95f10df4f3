/** Devices: register, list, read, place, re-key (service.ts applies the reach and writes the trail). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { downlinkTopic, uplinkTopic } from '@watchpost/firmware-protocol';
import { callerOf, can } from '../access/policy/index.js';
import { Reason } from '../access/schemas/people.js';
import { DeviceDetail, DeviceIdParams, DeviceList, DeviceListQuery, MoveDeviceBody, RegisterDeviceBody, RegisteredDevice, Device } from './schemas.js';
import type { DeviceService } from './service.js';

const ALL_KINDS = ['device.station', 'device.pillar', 'device.tag'] as const;
/** The fleet view's kinds: the public infrastructure (tags appear in it for administrators only). */
const FLEET_VIEW = ['device.station', 'device.pillar'] as const;

export interface DeviceRouteDeps {
  devices: DeviceService;
  /** The ports devices reach, for the connection details a registration returns. */
  ports: () => { mqtt: number; coap: number };
}

export const deviceRoutes: FastifyPluginAsyncTypebox<DeviceRouteDeps> = async (app, { devices, ports }) => {
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
      const device = await devices.register(callerOf(request), request.body);
      request.log.info({ deviceId: device.id, kind: device.kind, by: request.principal!.user.id }, 'device registered');
      reply.status(201);
      const up = uplinkTopic(device.kind, device.id);
      const { mqtt, coap } = ports();
      return {
        device: devices.json(device),
        secret: device.secret,
        connect: {
          mqtt: { port: mqtt, clientId: device.id, username: device.id, uplinkTopic: up, downlinkTopic: downlinkTopic(device.kind, device.id) },
          coap: { port: coap, path: `/${up}` },
        },
      };
    },
  );

  app.get(
    '/devices',
    {
      config: { access: can('read', ...FLEET_VIEW) },
      schema: { summary: 'List the devices you may see (your jurisdictions), with their presence', tags: ['devices'], querystring: DeviceListQuery, response: { 200: DeviceList } },
    },
    async (request) => devices.list(request.principal!, request.query),
  );

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
      const { device, history } = await devices.read(callerOf(request), request.params.id, request.query.reason);
      return { device: devices.json(device), presenceHistory: history.map((h) => ({ at: h.at.toISOString(), presence: h.presence, reason: h.reason })) };
    },
  );

  app.patch(
    '/devices/:id',
    {
      config: { access: can('write', ...ALL_KINDS) },
      schema: {
        summary: 'Place a device (a new position, or null for none) or rename it; it is placed in the jurisdictions of its new position',
        tags: ['devices'],
        params: DeviceIdParams,
        body: MoveDeviceBody,
        response: { 200: Type.Object({ device: Device }), 403: { $ref: 'Error' }, 404: { $ref: 'Error' } },
      },
    },
    async (request) => ({ device: devices.json(await devices.move(callerOf(request), request.params.id, request.body)) }),
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
      const secret = await devices.rotateSecret(callerOf(request), request.params.id);
      request.log.warn({ deviceId: request.params.id, by: request.principal!.user.id }, 'device secret rotated');
      return { secret };
    },
  );
};
