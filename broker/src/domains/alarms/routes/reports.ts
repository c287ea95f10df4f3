/** The assessment report per unit and period, as JSON and as CSV. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database } from '@watchpost/ingest';
import { can } from '../../access/policy/index.js';
import type { OrganisationService } from '../../organisation/service.js';
import { buildReport, reportCsv } from '../report.js';
import { Report, ReportQuery } from '../schemas.js';
import type { AlarmSettings } from '../settings.js';

export const reportRoutes: FastifyPluginAsyncTypebox<{ db: Database; organisation: OrganisationService; settings: AlarmSettings }> = async (app, { db, organisation, settings }) => {
  const summary =
    'Per unit and period (month or year): alarms handled, the share answered within the target (NFPA 1225: 10 s) and processed within the target (NFPA 1221: 64 s), median and 90th percentile of each step, yellow and red cards, points';

  app.get(
    '/alarm-reports',
    {
      config: { access: can('read', 'alarm.report') },
      schema: { summary, tags: ['alarms'], querystring: ReportQuery, response: { 200: Report, 400: { $ref: 'Error' }, 404: { $ref: 'Error' } } },
    },
    async (request) => buildReport(db, request.principal!, organisation, settings, { period: request.query.period, at: request.query.at, unitId: request.query.unit }),
  );

  app.get(
    '/alarm-reports.csv',
    {
      config: { access: can('read', 'alarm.report') },
      schema: { summary: `The same as CSV (UTF-8 with a byte-order mark, one row per unit): ${summary}`, tags: ['alarms'], querystring: ReportQuery, produces: ['text/csv'] },
    },
    async (request, reply) => {
      const report = await buildReport(db, request.principal!, organisation, settings, { period: request.query.period, at: request.query.at, unitId: request.query.unit });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="alarm-report-${request.query.at}${request.query.unit ? `-${request.query.unit}` : ''}.csv"`)
        .send(reportCsv(report));
    },
  );
};
