/**
 * Linkage plans (联动预案), in memory: read inside the commit of a button
 * press, so never queried there. An alarm takes the plan of the deepest of
 * its jurisdictions that has one for the severity (a county's plan covers its
 * towns until a town has its own); where none has one, the default plan
 * below: the governance centre on the press, the four others once the alarm
 * is verified, every party acknowledging, the police station dispatching and
 * arriving in time, the sub-bureau command centre supervising.
 */
import { inTransaction, type Database, type Queryable } from '@watchpost/ingest';
import { HttpError } from '../../../kernel/http-error.js';
import { actorOfCaller, type Caller } from '../../access/policy/index.js';
import type { AuditLog } from '../../audit/audit-log.js';
import type { JurisdictionMap } from '../../organisation/jurisdiction-map.js';
import { PARTY_ROLES, type PartyRole } from '../../organisation/parties-store.js';
import type { AlarmSettings, Severity } from '../settings.js';

export type LinkWhen = 'press' | 'verified';

export interface PlanParty {
  role: PartyRole;
  /** Linked on the press, or once the alarm is verified genuine. */
  when: LinkWhen;
  mustAcknowledge: boolean;
  /** Limits counted from the party being told; null: no such obligation. */
  acknowledgeWithinS: number | null;
  dispatchWithinS: number | null;
  arriveWithinS: number | null;
  /** Reminders until it acknowledges; null: none. */
  remindEveryS: number | null;
  /** A yellow card becomes red this long after it was given; null: as long as the limit that gave it. */
  redAfterS: number | null;
}

export interface LinkagePlan {
  /** null: the default plan. */
  jurisdictionId: string | null;
  severity: Severity;
  parties: PlanParty[];
  /** Told of every card. */
  supervisor: PartyRole;
  updatedAt: Date | null;
  updatedBy: string | null;
}

export interface PlanRow {
  jurisdiction_id: string;
  severity: Severity;
  parties: PlanParty[];
  supervisor: PartyRole;
  updated_at: Date;
  updated_by: string | null;
}

export function defaultPlan(severity: Severity, s: AlarmSettings): LinkagePlan {
  const party = (role: PartyRole, when: LinkWhen, extra: Partial<PlanParty> = {}): PlanParty => ({
    role,
    when,
    mustAcknowledge: true,
    acknowledgeWithinS: s.acknowledgeWithinS,
    dispatchWithinS: null,
    arriveWithinS: null,
    remindEveryS: s.remindEveryS,
    redAfterS: null,
    ...extra,
  });
  return {
    jurisdictionId: null,
    severity,
    parties: [
      party('governance_centre', 'press'),
      party('police_station', 'verified', { dispatchWithinS: s.dispatchWithinS, arriveWithinS: s.arriveWithinS }),
      party('town_command', 'verified'),
      party('district_centre', 'verified'),
      party('police_command', 'verified'),
    ],
    supervisor: 'police_command',
    updatedAt: null,
    updatedBy: null,
  };
}

const planOf = (r: PlanRow): LinkagePlan => ({
  jurisdictionId: r.jurisdiction_id,
  severity: r.severity,
  parties: r.parties,
  supervisor: r.supervisor,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});

export async function listPlans(db: Queryable): Promise<PlanRow[]> {
  return (await db.query<PlanRow>('SELECT * FROM linkage_plans ORDER BY jurisdiction_id, severity')).rows;
}

export async function putPlan(db: Queryable, p: { jurisdictionId: string; severity: Severity; parties: PlanParty[]; supervisor: PartyRole; updatedBy: string }): Promise<void> {
  await db.query(
    `INSERT INTO linkage_plans (jurisdiction_id, severity, parties, supervisor, updated_by) VALUES ($1, $2, $3::jsonb, $4, $5)
     ON CONFLICT (jurisdiction_id, severity) DO UPDATE SET parties = EXCLUDED.parties, supervisor = EXCLUDED.supervisor, updated_at = now(), updated_by = EXCLUDED.updated_by`,
    [p.jurisdictionId, p.severity, JSON.stringify(p.parties), p.supervisor, p.updatedBy],
  );
}

export async function deletePlan(db: Queryable, jurisdictionId: string, severity: Severity): Promise<boolean> {
  return (await db.query('DELETE FROM linkage_plans WHERE jurisdiction_id = $1 AND severity = $2 RETURNING 1', [jurisdictionId, severity])).rows.length > 0;
}

/** A plan's party as an administrator writes it: what is left out takes the settings' defaults. */
export type PlanPartyInput = Pick<PlanParty, 'role' | 'when'> & Partial<Omit<PlanParty, 'role' | 'when'>>;

export class PlanBook {
  private plans = new Map<string, LinkagePlan>();

  constructor(
    private readonly db: Database,
    private readonly audit: AuditLog,
    private readonly settings: AlarmSettings,
  ) {}

  /** Writes a jurisdiction's plan for a severity (audited); alarms raised from now on follow it. */
  async put(caller: Caller, jurisdictionId: string, severity: Severity, input: { parties: PlanPartyInput[]; supervisor?: PartyRole }): Promise<LinkagePlan> {
    const s = this.settings;
    const parties: PlanParty[] = input.parties.map((p) => {
      const must = p.mustAcknowledge ?? true;
      return {
        role: p.role,
        when: p.when,
        mustAcknowledge: must,
        acknowledgeWithinS: must ? (p.acknowledgeWithinS ?? s.acknowledgeWithinS) : null,
        dispatchWithinS: p.dispatchWithinS ?? null,
        arriveWithinS: p.arriveWithinS ?? null,
        remindEveryS: must ? (p.remindEveryS === undefined ? s.remindEveryS : p.remindEveryS) : null,
        redAfterS: p.redAfterS ?? null,
      };
    });
    const problem = planProblem(parties);
    if (problem) throw new HttpError(400, 'PLAN_INVALID', `body/${problem}`);
    const supervisor = input.supervisor ?? 'police_command';
    await inTransaction(this.db, async (work) => {
      if ((await work.query('SELECT 1 FROM jurisdictions WHERE id = $1', [jurisdictionId])).rows.length === 0)
        throw new HttpError(404, 'JURISDICTION_NOT_FOUND', `no jurisdiction '${jurisdictionId}'`);
      await putPlan(work, { jurisdictionId, severity, parties, supervisor, updatedBy: caller.principal.user.id });
      await this.audit.append(work, {
        ...actorOfCaller(caller),
        action: 'alarm.plan.put',
        subjectType: 'linkage-plan',
        subjectId: `${jurisdictionId}/${severity}`,
        detail: {
          onPress: parties
            .filter((p) => p.when === 'press')
            .map((p) => p.role)
            .join(','),
          afterVerification: parties
            .filter((p) => p.when === 'verified')
            .map((p) => p.role)
            .join(','),
          supervisor,
        },
      });
    });
    await this.load();
    return this.plans.get(`${jurisdictionId}/${severity}`)!;
  }

  /** Removes a jurisdiction's plan for a severity: its alarms follow the plan above it (or the default). */
  async remove(caller: Caller, jurisdictionId: string, severity: Severity): Promise<void> {
    await inTransaction(this.db, async (work) => {
      if (!(await deletePlan(work, jurisdictionId, severity))) throw new HttpError(404, 'PLAN_NOT_FOUND', `jurisdiction '${jurisdictionId}' has no ${severity} plan of its own`);
      await this.audit.append(work, { ...actorOfCaller(caller), action: 'alarm.plan.delete', subjectType: 'linkage-plan', subjectId: `${jurisdictionId}/${severity}` });
    });
    await this.load();
  }

  defaultPlan(severity: Severity): LinkagePlan {
    return defaultPlan(severity, this.settings);
  }

  async load(): Promise<void> {
    this.plans = new Map((await listPlans(this.db)).map((r) => [`${r.jurisdiction_id}/${r.severity}`, planOf(r)]));
  }

  all(): LinkagePlan[] {
    return [...this.plans.values()];
  }

  /** The plan an alarm in these jurisdictions follows at this severity. */
  planFor(jurisdictions: readonly string[], severity: Severity, map: JurisdictionMap): LinkagePlan {
    const deepest = map.deepest(jurisdictions);
    for (const j of deepest ? map.lineage(deepest) : []) {
      const plan = this.plans.get(`${j}/${severity}`);
      if (plan) return plan;
    }
    return defaultPlan(severity, this.settings);
  }
}

/** Why a plan cannot be kept, or null: each role once, a limit for each party that must acknowledge. */
export function planProblem(parties: readonly PlanParty[]): string | null {
  const seen = new Set<PartyRole>();
  for (const [i, p] of parties.entries()) {
    if (!PARTY_ROLES.includes(p.role)) return `parties/${i}/role is not a party`;
    if (seen.has(p.role)) return `parties/${i}/role: ${p.role} appears twice`;
    seen.add(p.role);
    if (p.mustAcknowledge && p.acknowledgeWithinS === null) return `parties/${i}: a party that must acknowledge needs acknowledgeWithinS`;
  }
  return null;
}
