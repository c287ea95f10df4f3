/** The maintenance desk: alerts of pillars' faults (not emergency alarms), and taking one on. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { MAX_QUERY_INTEGER } from '../../../kernel/schemas.js';
import { callerOf, can } from '../../access/policy/index.js';
import { alertJson, type MaintenanceDesk } from '../maintenance/desk.js';
import { AlertListQuery, MaintenanceAlert } from '../schemas.js';

export const maintenanceRoutes: FastifyPluginAsyncTypebox<{ desk: MaintenanceDesk }> = async (app, { desk }) => {
  app.get(
    '/maintenance/alerts',
    {
      config: { access: can('read', 'maintenance.alert') },
      schema: {
        summary: 'Maintenance alerts of the pillars you reach (tamper, power lost, battery low, camera offline, offline), newest first; ?open=true for those not cleared',
        tags: ['maintenance'],
        querystring: AlertListQuery,
        response: { 200: Type.Object({ alerts: Type.Array(MaintenanceAlert) }) },
      },
    },
    async (request) => {
      const q = request.query;
      return { alerts: (await desk.list(request.principal!, { open: q.open, deviceId: q.device, beforeId: q.before, limit: q.limit ?? 100 })).map(alertJson) };
    },
  );

  app.post(
    '/maintenance/alerts/:id/acknowledge',
    {
      config: { access: can('write', 'maintenance.alert') },
      schema: {
        summary: 'Take a maintenance alert on (it still clears by itself once the fault has been gone long enough)',
        tags: ['maintenance'],
        params: Type.Object({ id: Type.Integer({ minimum: 1, maximum: MAX_QUERY_INTEGER }) }),
        response: { 200: Type.Object({ alert: MaintenanceAlert }), 404: { $ref: 'Error' }, 409: { $ref: 'Error' } },
      },
    },
    async (request) => ({ alert: alertJson(await desk.acknowledge(callerOf(request), request.params.id)) }),
  );
};
