/** Alarm coordinates: looking up a code read out on the phone, QR codes and printable labels; a pillar's camera. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { callerOf, can } from '../../access/policy/index.js';
import type { OrganisationService } from '../../organisation/service.js';
import { labelsPage, qrPng, qrSvg } from '../coordinates/labels.js';
import type { CoordinateService } from '../coordinates/service.js';
import { Camera, CameraBody, CoordinateParams, LabelsQuery, Lookup, PillarParams, QrQuery } from '../schemas.js';

export const coordinateRoutes: FastifyPluginAsyncTypebox<{ coordinates: CoordinateService; organisation: OrganisationService }> = async (app, { coordinates, organisation }) => {
  app.get(
    '/alarm-coordinates/:code',
    {
      config: { access: can('read', 'alarm.coordinate') },
      schema: {
        summary: 'Look up an alarm coordinate (the code printed under a pillar or camera, read out by a caller): the device, its place, its jurisdictions and its five parties',
        tags: ['alarms'],
        params: CoordinateParams,
        response: { 200: Lookup, 400: { $ref: 'Error' }, 404: { $ref: 'Error' } },
      },
    },
    async (request) => {
      const { code, target, device } = coordinates.resolve(request.principal!, request.params.code);
      const names = await coordinates.jurisdictionNames();
      const map = organisation.map;
      const deepestFirst = [...device.jurisdictions].sort((a, b) => map.lineage(b).length - map.lineage(a).length);
      const { parties } = organisation.parties.directory.forPlace(device.jurisdictions, map);
      return {
        code,
        target,
        device: { id: device.id, kind: device.kind, name: device.name, lat: device.lat, lon: device.lon, presence: device.presence },
        jurisdictions: deepestFirst.map((id) => ({ id, name: names.get(id) ?? id })),
        parties: parties.map((p) => ({ role: p.role, unitId: p.unitId, unitName: p.unitName })),
        camera: coordinates.camera(device.id),
      };
    },
  );

  app.get(
    '/alarm-coordinates/:code/qr',
    {
      config: { access: can('read', 'alarm.coordinate') },
      schema: {
        summary: "An alarm coordinate's QR code (it reads as the code), as SVG or PNG",
        tags: ['alarms'],
        params: CoordinateParams,
        querystring: QrQuery,
        produces: ['image/svg+xml', 'image/png'],
        response: { 400: { $ref: 'Error' }, 404: { $ref: 'Error' } },
      },
    },
    async (request, reply) => {
      const { code } = coordinates.resolve(request.principal!, request.params.code);
      if (request.query.format === 'png') return reply.type('image/png').send(await qrPng(code));
      return reply.type('image/svg+xml; charset=utf-8').send(await qrSvg(code));
    },
  );

  app.get(
    '/alarm-coordinate-labels',
    {
      config: { access: can('read', 'alarm.coordinate') },
      schema: {
        summary: 'A printable page (HTML, A4) of alarm-coordinate labels with their QR codes: those you reach, of one jurisdiction or some devices',
        tags: ['alarms'],
        querystring: LabelsQuery,
        produces: ['text/html'],
      },
    },
    async (request, reply) => {
      const labels = coordinates.labels(request.principal!, { jurisdiction: request.query.jurisdiction, deviceIds: request.query.device });
      return reply.type('text/html; charset=utf-8').send(await labelsPage(labels, await coordinates.jurisdictionNames()));
    },
  );

  app.put(
    '/pillars/:id/camera',
    {
      config: { access: can('write', 'device.pillar') },
      schema: {
        summary: "Configure a pillar's camera as the alarm console links it: an RTSP, HLS or WebRTC URL, or a GB/T 28181 channel id; the camera gets its alarm coordinate",
        tags: ['devices'],
        params: PillarParams,
        body: CameraBody,
        response: { 200: Type.Object({ camera: Camera }), 400: { $ref: 'Error' }, 404: { $ref: 'Error' } },
      },
    },
    async (request) => ({ camera: await coordinates.setCamera(callerOf(request), request.params.id, request.body) }),
  );
};
