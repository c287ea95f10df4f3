import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { downlinkTopic, uplinkTopic } from '@watchpost/firmware-protocol';
import { RegistryError, selectPresenceHistory } from '@watchpost/ingest';
import { HttpError, type AppDeps } from '../app.js';
import { DeviceDetail, DeviceIdParams, DeviceList, DeviceListQuery, RegisterDeviceBody, RegisteredDevice } from '../schemas.js';
import { deviceJson } from '../serialize.js';

const REGISTRY_STATUS = { DEVICE_ID_INVALID: 400, SECRET_INVALID: 400, DEVICE_NOT_FOUND: 404, DEVICE_ID_TAKEN: 409 } as const;

function httpError(err: unknown): unknown {
  return err instanceof RegistryError ? new HttpError(REGISTRY_STATUS[err.code], err.code, err.message) : err;
}

export const deviceRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { ingest, ports }) => {
  const { registry, presence } = ingest;

  app.post(
    '/devices',
    {
      schema: {
        summary: 'Register a device (pillar, base station or tag); its secret is returned this once',
        tags: ['devices'],
        body: RegisterDeviceBody,
        response: { 201: RegisteredDevice, 400: { $ref: 'Error' }, 409: { $ref: 'Error' } },
      },
    },
    async (request, reply) => {
      try {
        const { device, secret } = await registry.register(request.body);
        request.log.info({ deviceId: device.id, kind: device.kind }, 'device registered');
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
    { schema: { summary: 'List devices with their presence', tags: ['devices'], querystring: DeviceListQuery, response: { 200: DeviceList } } },
    async (request) => {
      const { kind, presence: wanted } = request.query;
      const counts = { never_seen: 0, online: 0, offline: 0 };
      const devices = [];
      for (const d of registry.all()) {
        if (kind && d.kind !== kind) continue;
        counts[d.presence]++;
        if (wanted && d.presence !== wanted) continue;
        devices.push(deviceJson(d, presence));
      }
      return { devices, counts };
    },
  );

  app.get(
    '/devices/:id',
    { schema: { summary: 'One device, with its recent online/offline history', tags: ['devices'], params: DeviceIdParams, response: { 200: DeviceDetail, 404: { $ref: 'Error' } } } },
    async (request) => {
      const device = registry.get(request.params.id);
      if (!device) throw new HttpError(404, 'DEVICE_NOT_FOUND', `no device '${request.params.id}'`);
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
      schema: {
        summary: "Issue a new secret for a device (lost or leaked); the old one stops working and the device's sequence restarts at 1",
        tags: ['devices'],
        params: DeviceIdParams,
        response: { 404: { $ref: 'Error' } },
      },
    },
    async (request) => {
      try {
        const secret = await registry.rotateSecret(request.params.id);
        request.log.warn({ deviceId: request.params.id }, 'device secret rotated');
        return { secret };
      } catch (err) {
        throw httpError(err);
      }
    },
  );
};
