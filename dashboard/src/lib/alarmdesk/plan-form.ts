/**
 * The linkage-plan form: which plan a jurisdiction follows now for a severity
 * (its own, its nearest ancestor's, or the default), as rows per party to edit,
 * and the body PUT /alarm-plans takes back. Pure.
 */
import type { Jurisdiction, PartyRole, Plan, PlanBody, Severity } from './api.js';

export interface PlanRow {
  role: PartyRole;
  included: boolean;
  when: 'press' | 'verified';
  mustAcknowledge: boolean;
  acknowledgeWithinS: number | null;
  dispatchWithinS: number | null;
  arriveWithinS: number | null;
  remindEveryS: number | null;
}

export type PlanSource = { kind: 'own' } | { kind: 'ancestor'; jurisdictionId: string } | { kind: 'default' };

/** The plan an alarm of this jurisdiction and severity follows: the deepest jurisdiction's, else the default. */
export function effectivePlan(
  jurisdictionId: string,
  severity: Severity,
  jurisdictions: readonly Jurisdiction[],
  plans: readonly Plan[],
  defaults: readonly Plan[],
): { plan: Plan | null; source: PlanSource } {
  const byId = new Map(jurisdictions.map((j) => [j.id, j]));
  const seen = new Set<string>();
  for (let id: string | null | undefined = jurisdictionId; id && !seen.has(id); id = byId.get(id)?.parentId) {
    seen.add(id);
    const plan = plans.find((p) => p.jurisdictionId === id && p.severity === severity);
    if (plan) return { plan, source: id === jurisdictionId ? { kind: 'own' } : { kind: 'ancestor', jurisdictionId: id } };
  }
  return { plan: defaults.find((p) => p.severity === severity) ?? null, source: { kind: 'default' } };
}

export function rowsOf(plan: Plan | null, roles: readonly PartyRole[]): PlanRow[] {
  return roles.map((role) => {
    const p = plan?.parties.find((x) => x.role === role);
    return {
      role,
      included: p !== undefined,
      when: p?.when ?? 'verified',
      mustAcknowledge: p?.mustAcknowledge ?? true,
      acknowledgeWithinS: p?.acknowledgeWithinS ?? null,
      dispatchWithinS: p?.dispatchWithinS ?? null,
      arriveWithinS: p?.arriveWithinS ?? null,
      remindEveryS: p?.remindEveryS ?? null,
    };
  });
}

/** A limit typed in a number field: empty is "none" (the platform's setting), else whole seconds. */
export const limitOf = (value: number | null | undefined | string): number | null =>
  value === null || value === undefined || value === '' || Number.isNaN(Number(value)) ? null : Math.round(Number(value));

export function bodyOf(rows: readonly PlanRow[], supervisor: PartyRole): PlanBody {
  return {
    supervisor,
    parties: rows
      .filter((r) => r.included)
      .map((r) => ({
        role: r.role,
        when: r.when,
        mustAcknowledge: r.mustAcknowledge,
        acknowledgeWithinS: limitOf(r.acknowledgeWithinS),
        dispatchWithinS: limitOf(r.dispatchWithinS),
        arriveWithinS: limitOf(r.arriveWithinS),
        remindEveryS: limitOf(r.remindEveryS),
      })),
  };
}
