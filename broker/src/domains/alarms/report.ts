/**
 * The assessment report (年终考核): per unit and period (a month or a year in
 * the platform's time zone), the alarms it was a party to, how fast it
 * answered and how fast they were processed against the targets, the median
 * and 90th percentile of each step, its cards and points.
 * - answered within target: its acknowledgement within ALARM_ANSWER_TARGET_S
 *   of being told (NFPA 1225: 90 % of calls answered within 10 s), of the
 *   alarms it had to acknowledge; one never acknowledged counts as late;
 * - processed within target: the alarm dispatched (or verified false)
 *   within ALARM_PROCESS_TARGET_S of the unit being told (NFPA 1221: 90 %
 *   processed within 64 s), of the alarms it was told of;
 * - steps: the unit's own (acknowledge, dispatch, arrive: from being told)
 *   and the alarm's (received, call answered, verified, dispatched, on scene,
 *   closed: from the press).
 * Alarms count in the period they were raised in; cards in the period they were given.
 */
import type { Queryable } from '@watchpost/ingest';
import { HttpError } from '../../kernel/http-error.js';
import { mayReach, type Principal } from '../access/policy/index.js';
import type { OrganisationService } from '../organisation/service.js';
import { PARTY_ROLES } from '../organisation/parties-store.js';
import type { AlarmSettings } from './settings.js';

export const PARTY_STEPS = ['acknowledge', 'dispatch', 'arrive'] as const;
export const ALARM_STEPS = ['received', 'callAnswered', 'verified', 'dispatched', 'onScene', 'closed'] as const;
type StepName = (typeof PARTY_STEPS)[number] | (typeof ALARM_STEPS)[number];

export interface StepStats {
  count: number;
  medianS: number | null;
  p90S: number | null;
}

export interface UnitReport {
  unit: { id: string; name: string; kind: string; jurisdictionId: string | null };
  alarmsHandled: number;
  acknowledgements: { required: number; acknowledged: number; withinTarget: number };
  /** Shares from 0 to 1; null when there was nothing to count. */
  answeredWithinTarget: number | null;
  processedWithinTarget: number | null;
  steps: Record<StepName, StepStats>;
  cards: { yellow: number; red: number };
  pointsDeducted: number;
  points: number;
}

export interface Report {
  period: { kind: 'month' | 'year'; at: string; from: string; to: string; timeZone: string };
  targets: { answerS: number; processS: number };
  units: UnitReport[];
}

interface Row {
  unit_id: string;
  notified_at: Date;
  must_acknowledge: boolean;
  acknowledged_at: Date | null;
  dispatched_at: Date | null;
  arrived_at: Date | null;
  alarm_id: string;
  raised_at: Date;
  received_at: Date | null;
  call_answered_at: Date | null;
  verified_at: Date | null;
  alarm_dispatched_at: Date | null;
  on_scene_at: Date | null;
  closed_at: Date | null;
  genuine: boolean | null;
}

/** Linear interpolation between closest ranks (as PostgreSQL's percentile_cont). */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = p * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (rank - lo);
}

function stats(seconds: number[]): StepStats {
  const sorted = [...seconds].sort((a, b) => a - b);
  const round = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);
  return { count: sorted.length, medianS: round(percentile(sorted, 0.5)), p90S: round(percentile(sorted, 0.9)) };
}

const since = (from: Date | null, to: Date | null) => (from && to ? (to.getTime() - from.getTime()) / 1000 : null);
const share = (n: number, of: number) => (of === 0 ? null : Math.round((n / of) * 10_000) / 10_000);

/** The period's bounds in the time zone: '2026-05' (a month) or '2026' (a year). */
async function bounds(db: Queryable, kind: 'month' | 'year', at: string, timeZone: string): Promise<{ from: Date; to: Date }> {
  const m = kind === 'month' ? /^(\d{4})-(0[1-9]|1[0-2])$/.exec(at) : /^(\d{4})$/.exec(at);
  if (!m) throw new HttpError(400, 'REQUEST_INVALID', `querystring/at must be ${kind === 'month' ? 'a month such as 2026-05' : 'a year such as 2026'}`);
  const start = `${m[1]}-${m[2] ?? '01'}-01`;
  const { rows } = await db.query<{ from: Date; to: Date }>(`SELECT ($1::date::timestamp AT TIME ZONE $2) AS "from", (($1::date + $3::interval)::timestamp AT TIME ZONE $2) AS "to"`, [
    start,
    timeZone,
    kind === 'month' ? '1 month' : '1 year',
  ]);
  return rows[0]!;
}

export async function buildReport(
  db: Queryable,
  principal: Principal,
  organisation: OrganisationService,
  settings: AlarmSettings,
  query: { period: 'month' | 'year'; at: string; unitId?: string },
): Promise<Report> {
  const { from, to } = await bounds(db, query.period, query.at, settings.timeZone);
  const map = organisation.map;
  const units = (await organisation.listUnits()).filter((u) => {
    if (query.unitId ? u.id !== query.unitId : !(PARTY_ROLES as readonly string[]).includes(u.kind)) return false;
    return mayReach(principal, 'read', 'alarm.report', { jurisdictions: u.jurisdiction_id ? map.lineage(u.jurisdiction_id) : [], units: [u.id] });
  });
  if (query.unitId && units.length === 0) throw new HttpError(404, 'UNIT_NOT_FOUND', `no unit '${query.unitId}' whose report you may read`);
  const ids = units.map((u) => u.id);
  const [{ rows }, { rows: cards }] = await Promise.all([
    db.query<Row>(
      `SELECT p.unit_id, p.notified_at, p.must_acknowledge, p.acknowledged_at, p.dispatched_at, p.arrived_at,
              a.id AS alarm_id, a.raised_at, a.received_at, a.call_answered_at, a.verified_at, a.dispatched_at AS alarm_dispatched_at, a.on_scene_at, a.closed_at, a.genuine
         FROM alarm_parties p JOIN alarms a ON a.id = p.alarm_id
        WHERE p.unit_id = ANY($1::text[]) AND a.raised_at >= $2 AND a.raised_at < $3`,
      [ids, from, to],
    ),
    db.query<{ unit_id: string; level: 'yellow' | 'red'; n: number; points: number }>(
      `SELECT unit_id, level, count(*)::int AS n, sum(points)::int AS points FROM alarm_escalations
        WHERE unit_id = ANY($1::text[]) AND at >= $2 AND at < $3 GROUP BY unit_id, level`,
      [ids, from, to],
    ),
  ]);
  return {
    period: { kind: query.period, at: query.at, from: from.toISOString(), to: to.toISOString(), timeZone: settings.timeZone },
    targets: { answerS: settings.answerTargetS, processS: settings.processTargetS },
    units: units.map((u) => {
      const mine = rows.filter((r) => r.unit_id === u.id);
      const required = mine.filter((r) => r.must_acknowledge);
      const acknowledged = required.filter((r) => r.acknowledged_at);
      const answered = acknowledged.filter((r) => since(r.notified_at, r.acknowledged_at)! <= settings.answerTargetS);
      const processed = mine.filter((r) => {
        const end = r.alarm_dispatched_at ?? (r.genuine === false ? r.verified_at : null);
        const s = since(r.notified_at, end);
        return s !== null && s <= settings.processTargetS;
      });
      const times = (pick: (r: Row) => number | null) => stats(mine.map(pick).filter((x): x is number => x !== null && x >= 0));
      const myCards = cards.filter((c) => c.unit_id === u.id);
      const count = (level: 'yellow' | 'red') => myCards.find((c) => c.level === level)?.n ?? 0;
      const pointsDeducted = myCards.reduce((n, c) => n + c.points, 0);
      return {
        unit: { id: u.id, name: u.name, kind: u.kind, jurisdictionId: u.jurisdiction_id },
        alarmsHandled: new Set(mine.map((r) => r.alarm_id)).size,
        acknowledgements: { required: required.length, acknowledged: acknowledged.length, withinTarget: answered.length },
        answeredWithinTarget: share(answered.length, required.length),
        processedWithinTarget: share(processed.length, mine.length),
        steps: {
          acknowledge: times((r) => since(r.notified_at, r.acknowledged_at)),
          dispatch: times((r) => since(r.notified_at, r.dispatched_at)),
          arrive: times((r) => since(r.notified_at, r.arrived_at)),
          received: times((r) => since(r.raised_at, r.received_at)),
          callAnswered: times((r) => since(r.raised_at, r.call_answered_at)),
          verified: times((r) => since(r.raised_at, r.verified_at)),
          dispatched: times((r) => since(r.raised_at, r.alarm_dispatched_at)),
          onScene: times((r) => since(r.raised_at, r.on_scene_at)),
          closed: times((r) => since(r.raised_at, r.closed_at)),
        },
        cards: { yellow: count('yellow'), red: count('red') },
        pointsDeducted,
        points: settings.basePoints - pointsDeducted,
      };
    }),
  };
}

/** A CSV field: quoted when it must be, and never read as a formula by a spreadsheet. */
function field(value: unknown): string {
  let s = value === null || value === undefined ? '' : String(value);
  // Text that a spreadsheet would run (=, +, -, @): a unit's name is typed by people.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function reportCsv(report: Report): string {
  const steps = [...PARTY_STEPS, ...ALARM_STEPS];
  const header = [
    'unit_id',
    'unit_name',
    'unit_kind',
    'period',
    'from',
    'to',
    'alarms_handled',
    'acknowledgements_required',
    'acknowledged',
    'acknowledged_within_target',
    `answered_within_${report.targets.answerS}s_share`,
    `processed_within_${report.targets.processS}s_share`,
    ...steps.flatMap((s) => [`${s}_count`, `${s}_median_s`, `${s}_p90_s`]),
    'yellow_cards',
    'red_cards',
    'points_deducted',
    'points',
  ];
  const lines = report.units.map((u) =>
    [
      u.unit.id,
      u.unit.name,
      u.unit.kind,
      report.period.at,
      report.period.from,
      report.period.to,
      u.alarmsHandled,
      u.acknowledgements.required,
      u.acknowledgements.acknowledged,
      u.acknowledgements.withinTarget,
      u.answeredWithinTarget,
      u.processedWithinTarget,
      ...steps.flatMap((s) => [u.steps[s].count, u.steps[s].medianS, u.steps[s].p90S]),
      u.cards.yellow,
      u.cards.red,
      u.pointsDeducted,
      u.points,
    ]
      .map(field)
      .join(','),
  );
  // A byte-order mark: spreadsheet programs then read the unit names' Chinese as UTF-8.
  return `\ufeff${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
