/** Linkage plans: administrators write them per jurisdiction and severity; the staff who work by them read them. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { callerOf, can } from '../../access/policy/index.js';
import type { LinkagePlan, PlanBook } from '../linkage/plans.js';
import { Plan, PlanBody, PlanParams } from '../schemas.js';
import { SEVERITIES } from '../settings.js';

const planJson = (p: LinkagePlan) => ({ ...p, updatedAt: p.updatedAt?.toISOString() ?? null });

export const planRoutes: FastifyPluginAsyncTypebox<{ plans: PlanBook }> = async (app, { plans }) => {
  app.get(
    '/alarm-plans',
    {
      config: { access: can('read', 'alarm.plan') },
      schema: {
        summary: 'Linkage plans by jurisdiction and severity, and the default plans every alarm follows where no jurisdiction of its has one',
        tags: ['alarms'],
        response: { 200: Type.Object({ plans: Type.Array(Plan), defaults: Type.Array(Plan) }) },
      },
    },
    async () => ({ plans: plans.all().map(planJson), defaults: SEVERITIES.map((s) => planJson(plans.defaultPlan(s))) }),
  );

  app.put(
    '/alarm-plans/:jurisdictionId/:severity',
    {
      config: { access: can('write', 'alarm.plan') },
      schema: {
        summary: 'Write the linkage plan of a jurisdiction (and the jurisdictions below it) for a severity: who is told on the press and after verification, who must acknowledge, the limits',
        tags: ['alarms'],
        params: PlanParams,
        body: PlanBody,
        response: { 200: Type.Object({ plan: Plan }), 400: { $ref: 'Error' }, 404: { $ref: 'Error' } },
      },
    },
    async (request) => ({ plan: planJson(await plans.put(callerOf(request), request.params.jurisdictionId, request.params.severity, request.body)) }),
  );

  app.delete(
    '/alarm-plans/:jurisdictionId/:severity',
    {
      config: { access: can('write', 'alarm.plan') },
      schema: {
        summary: "Remove a jurisdiction's own plan for a severity: its alarms follow the plan above it, or the default",
        tags: ['alarms'],
        params: PlanParams,
        response: { 200: Type.Object({ removed: Type.Boolean() }), 404: { $ref: 'Error' } },
      },
    },
    async (request) => {
      await plans.remove(callerOf(request), request.params.jurisdictionId, request.params.severity);
      return { removed: true };
    },
  );
};
