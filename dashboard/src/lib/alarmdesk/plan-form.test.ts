import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Jurisdiction, Plan } from './api.js';
import { PARTY_ROLES } from './labels.js';
import { bodyOf, effectivePlan, rowsOf } from './plan-form.js';

const j = (id: string, parentId: string | null): Jurisdiction => ({ id, name: id, kind: 'town', parentId });
const plan = (jurisdictionId: string | null, severity: Plan['severity'], roles: Plan['parties'][number]['role'][]): Plan => ({
  jurisdictionId,
  severity,
  supervisor: 'police_command',
  updatedAt: null,
  updatedBy: null,
  parties: roles.map((role) => ({ role, when: 'press', mustAcknowledge: true, acknowledgeWithinS: 30, dispatchWithinS: null, arriveWithinS: null, remindEveryS: null, redAfterS: null })),
});
const tree = [j('county', null), j('town', 'county'), j('area', 'town')];

it('follows its own plan, else the nearest ancestor’s, else the default', () => {
  const plans = [plan('county', 'high', ['police_station']), plan('area', 'low', ['town_command'])];
  const defaults = [plan(null, 'high', ['governance_centre']), plan(null, 'medium', ['governance_centre'])];
  assert.deepEqual(effectivePlan('area', 'low', tree, plans, defaults).source, { kind: 'own' });
  assert.deepEqual(effectivePlan('area', 'high', tree, plans, defaults).source, { kind: 'ancestor', jurisdictionId: 'county' });
  const fallback = effectivePlan('area', 'medium', tree, plans, defaults);
  assert.deepEqual(fallback.source, { kind: 'default' });
  assert.equal(fallback.plan?.parties[0]?.role, 'governance_centre');
});

it('edits as one row per party and sends only the parties included, empty limits as none', () => {
  const rows = rowsOf(plan('town', 'high', ['governance_centre']), PARTY_ROLES);
  assert.equal(rows.length, 5);
  assert.deepEqual(
    rows.filter((r) => r.included).map((r) => r.role),
    ['governance_centre'],
  );
  rows[1]!.included = true;
  rows[1]!.when = 'verified';
  rows[1]!.dispatchWithinS = 300;
  const body = bodyOf(rows, 'police_command');
  assert.deepEqual(
    body.parties.map((p) => [p.role, p.when, p.acknowledgeWithinS, p.dispatchWithinS]),
    [
      ['governance_centre', 'press', 30, null],
      ['police_station', 'verified', null, 300],
    ],
  );
});
