// Due deadlines fire as a run, in one commit (they come in bursts: an alarm's parties share theirs);
// one that cannot fire (here a database trigger refuses it) holds up none of the others, and fires
// at a later look once it can.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { eventually } from '@watchpost/ingest/test-support';
import { startTestPlatform, type TestPlatform } from '../../test-support.js';
import { Pillar, PLACES, putPlan, registerPillar, setUpCounty } from './test-support.js';

let platform: TestPlatform;
before(async () => {
  platform = await startTestPlatform();
});
after(() => platform.dispose());

interface Card {
  alarm_id: string;
  role: string;
  due_at: Date;
  at: Date;
}
const cards = async () => (await platform.db.query<Card>("SELECT alarm_id, role, due_at, at FROM alarm_escalations WHERE level = 'yellow' ORDER BY id")).rows;

it('fires a burst of deadlines together, and one that fails holds up none of the others', async () => {
  const county = await setUpCounty(platform);
  await putPlan(platform, 'county', 'high', {
    parties: [
      { role: 'governance_centre', when: 'press', acknowledgeWithinS: 10, remindEveryS: null, redAfterS: 600 },
      { role: 'police_station', when: 'press', acknowledgeWithinS: 10, remindEveryS: null, redAfterS: 600 },
    ],
  });
  const pillars = await Promise.all([0, 1, 2].map(async (i) => Pillar.connect(platform, await registerPillar(platform, PLACES.areaA, `路口 ${i}`))));
  for (const p of pillars) await p.press();
  for (const p of pillars) p.close();
  await county.close();
  const { rows: deadlines } = await platform.db.query<{ id: number; alarm_id: string; role: string }>(
    "SELECT id, alarm_id, role FROM alarm_deadlines WHERE kind = 'acknowledge' AND fired_at IS NULL ORDER BY due_at, id",
  );
  assert.equal(deadlines.length, 6, 'two parties of three alarms');
  const refused = deadlines[2]!;
  await platform.db.query(`CREATE FUNCTION refuse_deadline() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'deadline % refused by the test', NEW.id; END $$`);
  await platform.db.query(
    `CREATE TRIGGER refuse_deadline BEFORE UPDATE OF fired_at ON alarm_deadlines FOR EACH ROW WHEN (NEW.id = ${Number(refused.id)} AND NEW.fired_at IS NOT NULL) EXECUTE FUNCTION refuse_deadline()`,
  );

  const { rows: pending } = await platform.db.query<{ n: number }>('SELECT count(*)::int AS n FROM alarm_deadlines WHERE fired_at IS NULL AND due_at > now()');
  assert.equal(pending[0]!.n, 6, 'the trigger is in place before any falls due');
  const fired = await eventually(async () => ((await cards()).length >= 5 ? cards() : null), 20_000, 'five yellow cards');
  assert.equal(fired.length, 5);
  assert.ok(!fired.some((c) => c.alarm_id === refused.alarm_id && c.role === refused.role), 'the refused deadline carded nobody');
  for (const c of fired) {
    const late = c.at.getTime() - c.due_at.getTime();
    assert.ok(late >= 0 && late < 2_000, `${c.role} of ${c.alarm_id} carded ${late} ms after its deadline`);
  }
  const { rows: waiting } = await platform.db.query<{ fired_at: Date | null }>('SELECT fired_at FROM alarm_deadlines WHERE id = $1', [refused.id]);
  assert.equal(waiting[0]!.fired_at, null, 'it waits, unfired');

  // Once it can fire, it does, at a later look (the timer looks again every second), once.
  await platform.db.query('DROP TRIGGER refuse_deadline ON alarm_deadlines');
  const all = await eventually(async () => ((await cards()).length >= 6 ? cards() : null), 10_000, 'the sixth card');
  assert.equal(all.length, 6);
  await new Promise((r) => setTimeout(r, 1_500));
  assert.equal((await cards()).length, 6, 'each deadline fired once');
});
