import assert from 'node:assert/strict';
import { it } from 'node:test';
import { isPeriod, periodAt, shiftPeriod } from './periods.js';

it('reads the month and the year in the platform’s zone, not UTC', () => {
  const lateMay = new Date('2026-05-31T17:00:00Z'); // 01:00 on 1 June in Shanghai
  assert.equal(periodAt('month', 'Asia/Shanghai', lateMay), '2026-06');
  assert.equal(periodAt('month', 'UTC', lateMay), '2026-05');
  assert.equal(periodAt('year', 'Asia/Shanghai', new Date('2026-12-31T16:30:00Z')), '2027');
});

it('steps months across years and years by one', () => {
  assert.equal(shiftPeriod('2026-01', -1), '2025-12');
  assert.equal(shiftPeriod('2026-12', 1), '2027-01');
  assert.equal(shiftPeriod('2026-05', -17), '2024-12');
  assert.equal(shiftPeriod('2026', -1), '2025');
});

it('tells a period of each kind', () => {
  assert.ok(isPeriod('month', '2026-05'));
  assert.ok(!isPeriod('month', '2026-13'));
  assert.ok(!isPeriod('month', '2026'));
  assert.ok(isPeriod('year', '2026'));
  assert.ok(!isPeriod('year', '2026-05'));
});
