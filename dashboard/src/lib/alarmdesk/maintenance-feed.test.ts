import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { MaintenanceAlert } from './api.js';
import { alertOf, mergeAlert } from './maintenance-feed.js';

const alert = (id: number, over: Partial<MaintenanceAlert> = {}): MaintenanceAlert => ({
  id,
  deviceId: 'pl-1',
  condition: 'tamper',
  jurisdictions: [],
  beganAt: '2026-05-01T00:00:00.000Z',
  raisedAt: '2026-05-01T00:01:00.000Z',
  endedAt: null,
  clearedAt: null,
  acknowledgedAt: null,
  acknowledgedBy: null,
  ...over,
});

it('takes the alert from maintenance notifications only', () => {
  assert.equal(alertOf({ kind: 'maintenance.raised', data: { alert: alert(1) } })?.id, 1);
  assert.equal(alertOf({ kind: 'alarm.raised', data: { alert: alert(1) } }), null);
  assert.equal(alertOf({ kind: 'maintenance.cleared', data: {} }), null);
});

it('replaces a known alert with its newer state and adds a new one, newest first', () => {
  const list = [alert(2), alert(1)];
  const cleared = mergeAlert(list, alert(1, { clearedAt: '2026-05-01T00:05:00.000Z' }));
  assert.deepEqual(
    cleared.map((a) => [a.id, a.clearedAt]),
    [
      [2, null],
      [1, '2026-05-01T00:05:00.000Z'],
    ],
  );
  assert.deepEqual(
    mergeAlert(cleared, alert(3)).map((a) => a.id),
    [3, 2, 1],
  );
});
