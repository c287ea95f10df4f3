// Deadlines live in the database: the platform stops while an alarm waits for
// a party's acknowledgement, starts again on the same data, and the party is
// carded on time all the same (within a second of its deadline), once.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { eventually } from '@watchpost/ingest/test-support';
import { startTestPlatform, type TestPlatform } from '../../test-support.js';
import { Pillar, PLACES, putPlan, registerPillar, setUpCounty } from './test-support.js';

const dataDir = mkdtempSync(join(tmpdir(), 'wp-alarm-restart-'));
let platform: TestPlatform | null = null;
after(async () => {
  await platform?.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

it('escalates on time after a restart, and each deadline fires once', async () => {
  platform = await startTestPlatform({ dataDir });
  const county = await setUpCounty(platform);
  // The police station must acknowledge within 12 s: long enough for the platform to stop and start again in between.
  await putPlan(platform, 'county', 'high', {
    parties: [
      { role: 'governance_centre', when: 'press', acknowledgeWithinS: 60, remindEveryS: null },
      { role: 'police_station', when: 'press', acknowledgeWithinS: 12, remindEveryS: null, redAfterS: 60 },
    ],
  });
  const pillar = await Pillar.connect(platform, await registerPillar(platform, PLACES.areaA));
  await pillar.press();
  pillar.close();
  const { rows } = await platform.db.query<{ id: string; notified_at: Date }>(`SELECT a.id, p.notified_at FROM alarms a JOIN alarm_parties p ON p.alarm_id = a.id AND p.role = 'police_station'`);
  const { id, notified_at: notifiedAt } = rows[0]!;
  const due = notifiedAt.getTime() + 12_000;
  await county.close();

  await platform.stop();
  assert.ok(Date.now() < due - 2_000, 'stopped well before the deadline');
  platform = await startTestPlatform({ dataDir });
  assert.ok(Date.now() < due, 'started again before the deadline');

  const cards = await eventually(
    async () => {
      const { rows: found } = await platform!.db.query<{ level: string; due_at: Date; at: Date }>('SELECT level, due_at, at FROM alarm_escalations WHERE alarm_id = $1', [id]);
      return found.length > 0 ? found : null;
    },
    16_000,
    'the yellow card after the restart',
  );
  assert.equal(cards.length, 1);
  assert.equal(cards[0]!.level, 'yellow');
  assert.equal(cards[0]!.due_at.getTime(), due);
  const late = cards[0]!.at.getTime() - due;
  assert.ok(late >= 0 && late < 1_000, `fired ${late} ms after its deadline`);

  // Once: a second start finds it fired, and nothing fires twice.
  await platform.stop();
  platform = await startTestPlatform({ dataDir });
  await new Promise((r) => setTimeout(r, 1_500));
  const { rows: again } = await platform.db.query<{ n: number }>('SELECT count(*)::int AS n FROM alarm_escalations WHERE alarm_id = $1', [id]);
  assert.equal(again[0]!.n, 1);
  const { rows: pending } = await platform.db.query<{ kind: string; level: string; due_at: Date }>(
    `SELECT kind, level, due_at FROM alarm_deadlines WHERE alarm_id = $1 AND role = 'police_station' AND fired_at IS NULL AND cancelled_at IS NULL`,
    [id],
  );
  assert.deepEqual(
    pending.map((d) => [d.kind, d.level, d.due_at.getTime()]),
    [['acknowledge', 'red', due + 60_000]],
    'the red card waits, in the database',
  );
});
