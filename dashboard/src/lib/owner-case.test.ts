import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { CaseEvent } from './owner-api.js';
import { ownerTimeline, stepsOf, wallClockIn } from './owner-case.js';

const event = (id: number, kind: string, at: string): CaseEvent => ({ id, kind, at, actorId: 'u-1', actorRole: 'police', actorName: '李警官', detail: { text: 'police only' } });

it('marks the steps before the case’s status done, its own current, those after ahead', () => {
  assert.deepEqual(
    stepsOf('sighted').map((s) => s.state),
    ['done', 'current', 'ahead', 'ahead'],
  );
  assert.deepEqual(
    stepsOf('reported').map((s) => s.state),
    ['current', 'ahead', 'ahead', 'ahead'],
  );
});

it('says a case closed without the bike found skipped sighted and recovered', () => {
  assert.deepEqual(
    stepsOf('closed', [event(1, 'reported', '2026-03-01T00:00:00Z'), event(2, 'closed', '2026-03-02T00:00:00Z')]).map((s) => s.state),
    ['done', 'skipped', 'skipped', 'current'],
  );
  assert.deepEqual(
    stepsOf('closed', [event(1, 'reported', '2026-03-01T00:00:00Z'), event(2, 'recovered', '2026-03-02T00:00:00Z')]).map((s) => s.state),
    ['done', 'done', 'done', 'current'],
  );
});

it('shows the owner only the case’s steps, oldest first, and nothing of who did them or their notes', () => {
  const shown = ownerTimeline([
    event(3, 'note', '2026-03-01T02:00:00Z'),
    event(2, 'sighted', '2026-03-01T01:00:00Z'),
    event(1, 'reported', '2026-03-01T00:00:00Z'),
    event(4, 'officer', '2026-03-01T03:00:00Z'),
    event(5, 'hit.confirmed', '2026-03-01T04:00:00Z'),
  ]);
  assert.deepEqual(shown, [
    { id: 1, at: '2026-03-01T00:00:00Z', kind: 'reported' },
    { id: 2, at: '2026-03-01T01:00:00Z', kind: 'sighted' },
  ]);
});

it('writes an instant as a wall clock in the platform’s zone, for a datetime-local field', () => {
  assert.equal(wallClockIn('Asia/Shanghai', new Date('2026-03-01T16:05:00Z')), '2026-03-02T00:05');
  assert.equal(wallClockIn('UTC', new Date('2026-03-01T16:05:59Z')), '2026-03-01T16:05');
});
