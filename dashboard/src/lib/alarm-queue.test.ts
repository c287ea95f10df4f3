import assert from 'node:assert/strict';
import { it } from 'node:test';
import { clockOf, elapsedS, levelOf, partyQueue, queueOrder, stepsOpen } from './alarm-queue.js';
import type { Alarm, AlarmParty } from './alarms-api.js';

const party = (role: AlarmParty['role'], unitId: string, over: Partial<AlarmParty> = {}): AlarmParty => ({
  role,
  unitId,
  unitName: unitId,
  notifiedAt: '2026-05-01T08:00:00.000Z',
  mustAcknowledge: true,
  acknowledgedAt: null,
  acknowledgedBy: null,
  dispatchedAt: null,
  arrivedAt: null,
  level: 'normal',
  reminders: 0,
  lastRemindedAt: null,
  due: { remind: null, acknowledge: null, dispatch: null, arrive: null },
  cards: [],
  ...over,
});

const alarm = (id: string, raisedAt: string, over: Partial<Alarm> = {}): Alarm => ({
  id,
  state: 'raised',
  genuine: null,
  severity: null,
  presses: 1,
  raisedAt,
  receivedAt: null,
  callAnsweredAt: null,
  verifiedAt: null,
  dispatchedAt: null,
  onSceneAt: null,
  closedAt: null,
  disposition: null,
  callOpen: false,
  jurisdictions: ['county'],
  pillar: { id: 'pl-1', name: '东门路口', lat: 33, lon: 118.5, presence: 'online', coordinate: null, camera: null },
  help: null,
  parties: [],
  ...over,
});

it('puts unhandled alarms first, oldest first, then those in hand, oldest first; closed ones not at all', () => {
  const alarms = [
    alarm('al-handled-old', '2026-05-01T08:00:00Z', { state: 'received', receivedAt: '2026-05-01T08:00:05Z' }),
    alarm('al-new-late', '2026-05-01T08:10:00Z'),
    alarm('al-closed', '2026-05-01T07:00:00Z', { state: 'closed', receivedAt: '2026-05-01T07:00:05Z', closedAt: '2026-05-01T07:30:00Z' }),
    alarm('al-new-early', '2026-05-01T08:05:00Z'),
    alarm('al-handled-late', '2026-05-01T08:20:00Z', { state: 'dispatched', receivedAt: '2026-05-01T08:20:05Z' }),
  ];
  assert.deepEqual(
    queueOrder(alarms).map((a) => a.id),
    ['al-new-early', 'al-new-late', 'al-handled-old', 'al-handled-late'],
  );
});

it('gives an alarm the worst card of its parties', () => {
  assert.equal(levelOf(alarm('a', '2026-05-01T08:00:00Z')), 'normal');
  assert.equal(levelOf(alarm('a', '2026-05-01T08:00:00Z', { parties: [party('police_station', 's', { level: 'yellow' }), party('governance_centre', 'g')] })), 'yellow');
  assert.equal(levelOf(alarm('a', '2026-05-01T08:00:00Z', { parties: [party('police_station', 's', { level: 'yellow' }), party('town_command', 't', { level: 'red' })] })), 'red');
});

it('counts the elapsed time in whole seconds, never below zero, and reads it as a clock', () => {
  const a = alarm('a', '2026-05-01T08:00:00Z');
  assert.equal(elapsedS(a, Date.parse('2026-05-01T08:03:07.900Z')), 187);
  assert.equal(elapsedS(a, Date.parse('2026-05-01T07:59:59Z')), 0);
  assert.equal(clockOf(187), '3:07');
  assert.equal(clockOf(3_765), '1:02:45');
  assert.equal(clockOf(0), '0:00');
});

it('opens the steps in their order', () => {
  const raised = alarm('a', '2026-05-01T08:00:00Z');
  assert.deepEqual(stepsOpen(raised), { receive: true, answer: true, hangUp: false, verify: true, dispatch: false, onScene: false, close: true });
  const talking = { ...raised, state: 'call_answered' as const, receivedAt: raised.raisedAt, callOpen: true };
  assert.deepEqual(stepsOpen(talking), { receive: false, answer: false, hangUp: true, verify: true, dispatch: false, onScene: false, close: true });
  const genuine = { ...talking, verifiedAt: raised.raisedAt, genuine: true };
  assert.equal(stepsOpen(genuine).dispatch, true);
  assert.equal(stepsOpen({ ...genuine, genuine: false }).dispatch, false, 'a false alarm is closed, not dispatched');
  assert.equal(stepsOpen({ ...genuine, dispatchedAt: raised.raisedAt }).onScene, true);
  assert.deepEqual(Object.values(stepsOpen({ ...genuine, state: 'closed' })), [false, false, false, false, false, false, false]);
});

it('gives a party member the alarms of their unit, those to acknowledge first', () => {
  const alarms = [
    alarm('al-acked', '2026-05-01T08:00:00Z', { parties: [party('police_station', 'station-a', { acknowledgedAt: '2026-05-01T08:00:30Z' })] }),
    alarm('al-other-unit', '2026-05-01T08:01:00Z', { parties: [party('police_station', 'station-b')] }),
    alarm('al-pending', '2026-05-01T08:02:00Z', { parties: [party('police_station', 'station-a')] }),
  ];
  assert.deepEqual(
    partyQueue(alarms, 'station-a').map((a) => a.id),
    ['al-pending', 'al-acked'],
  );
  assert.deepEqual(partyQueue(alarms, null), []);
});
