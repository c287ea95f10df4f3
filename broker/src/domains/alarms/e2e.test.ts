// The alarm path end to end, over real MQTT, HTTP, webhooks and the live feed:
// a pillar's button is pressed; when its PUBACK arrives the alarm exists; the
// five parties are told (live feed, a webhook receiver each, text messages);
// the pillar gets "help is on its way" within a second and acknowledges it,
// and the console shows it did; one party acknowledges and its reminders stop;
// one never does and gets its yellow card, then its red one, on time.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eventually } from '@watchpost/ingest/test-support';
import { adminFetch, startTestPlatform, type TestPlatform } from '../../test-support.js';
import type { PartyRole } from '../organisation/parties-store.js';
import { as, follow, Pillar, PLACES, putPlan, registerPillar, setUpCounty, type County } from './test-support.js';

const ROLES: PartyRole[] = ['governance_centre', 'police_station', 'town_command', 'district_centre', 'police_command'];
const GC_PHONE = '13800001111';

let platform: TestPlatform;
let county: County;
before(async () => {
  platform = await startTestPlatform();
  county = await setUpCounty(platform, { governance_centre: GC_PHONE });
  // Short limits: the governance centre is reminded every second; the police station must acknowledge within 3 s, or is carded yellow, and red 2 s later.
  await putPlan(platform, 'county', 'high', {
    parties: [
      { role: 'governance_centre', when: 'press', acknowledgeWithinS: 20, remindEveryS: 1 },
      { role: 'police_station', when: 'press', acknowledgeWithinS: 3, remindEveryS: 1, redAfterS: 2 },
      { role: 'town_command', when: 'press', acknowledgeWithinS: 20, remindEveryS: 10 },
      { role: 'district_centre', when: 'press', acknowledgeWithinS: 20, remindEveryS: 10 },
      { role: 'police_command', when: 'press', acknowledgeWithinS: 20, remindEveryS: 10 },
    ],
    supervisor: 'police_command',
  });
});
after(async () => {
  await county.close();
  await platform.dispose();
});

describe('a button pressed at a pillar', () => {
  it('is an alarm at PUBACK, tells the five parties and the caller, and escalates the party that never acknowledges', async () => {
    const feeds = Object.fromEntries(ROLES.map((r) => [r, follow(platform, county.parties[r].member)])) as Record<PartyRole, ReturnType<typeof follow>>;
    const device = await registerPillar(platform, PLACES.areaA);
    const pillar = await Pillar.connect(platform, device);
    try {
      const pressedAt = Date.now();
      await pillar.press();

      // The PUBACK means the alarm, its timeline and its five parties are committed: read at once, without waiting.
      const { rows: alarms } = await platform.db.query<{ id: string; jurisdictions: string[] }>('SELECT id, jurisdictions FROM alarms WHERE device_id = $1', [device.id]);
      assert.equal(alarms.length, 1);
      const id = alarms[0]!.id;
      assert.deepEqual(alarms[0]!.jurisdictions, ['area-a', 'county', 'town']);
      const { rows: parties } = await platform.db.query<{ role: string; unit_id: string }>('SELECT role, unit_id FROM alarm_parties WHERE alarm_id = $1 ORDER BY role', [id]);
      assert.deepEqual(
        parties.map((p) => `${p.role}:${p.unit_id}`),
        ['district_centre:district-centre', 'governance_centre:gc', 'police_command:sub-bureau', 'police_station:station-a', 'town_command:town-cmd'],
      );

      // Help is on its way: the pillar's lamp and voice prompt, signed with its key, within a second of the press.
      const help = await pillar.nextDownlink(0, 2_000);
      assert.ok(help.at - pressedAt < 1_000, `the downlink came ${help.at - pressedAt} ms after the press`);
      assert.equal(help.macValid, true);
      assert.deepEqual(help.frame.command, { type: 'notifyCaller', lamp: 'LAMP_PATTERN_BLINK', lampS: 0, promptId: 'help-coming.zh-CN', promptRepeat: 1 });
      // …and the console shows that the pillar acknowledged it.
      const view = await eventually(
        async () => {
          const { json } = await as(platform, county.parties.governance_centre.member, 'GET', `/api/v1/alarms/${id}`);
          const alarm = json.alarm as { help: { status: string; id: number } };
          return alarm.help.status === 'acknowledged' ? json : null;
        },
        5_000,
        'the help command acknowledged',
      );
      assert.equal((view.alarm as { help: { id: number } }).help.id, help.frame.commandId);
      assert.ok((view.timeline as { step: string }[]).some((t) => t.step === 'pillar_acknowledged'));

      // The five parties: each on its own webhook, each member on the live feed (the district centre's has no jurisdiction: its party links it in).
      for (const role of ROLES) {
        const p = county.parties[role];
        const notice = await eventually(() => p.hook.got.find((r) => r.kind === 'alarm.party.notified'), 5_000, `${role}'s webhook`);
        assert.equal((notice.body.data.party as { role: string }).role, role);
        assert.equal(notice.signatureValid, true);
        assert.equal((notice.body.data.alarm as { id: string }).id, id);
        await eventually(() => feeds[role].events.some((e) => e.kind === 'alarm.raised' && e.subjectId === id), 5_000, `${role}'s live feed`);
      }
      const firstSms = await eventually(() => platform.sms.sent.find((m) => m.phone === GC_PHONE)?.text, 5_000, "the governance centre member's text message");
      assert.match(firstSms, new RegExp(`警情 ${id}：东门路口报警柱一键报警（报警坐标 [A-Z0-9]{3}-[A-Z0-9]{3}）。请贵单位于 20 秒内签收。`));

      // Everyone but the governance centre and the police station acknowledges at once.
      for (const role of ['town_command', 'district_centre', 'police_command'] as const) {
        assert.equal((await as(platform, county.parties[role].member, 'POST', `/api/v1/alarms/${id}/acknowledge`, {})).status, 200);
      }

      // The governance centre is reminded, acknowledges, and is reminded no more.
      const gc = county.parties.governance_centre;
      await eventually(() => gc.hook.got.some((r) => r.kind === 'alarm.party.reminded'), 5_000, "the governance centre's first reminder");
      const acked = await as(platform, gc.member, 'POST', `/api/v1/alarms/${id}/acknowledge`, {});
      assert.equal(acked.status, 200);
      const ackedAt = Date.now();
      const board = (acked.json.alarm as { parties: { role: string; acknowledgedAt: string | null; due: { remind: string | null } }[] }).parties;
      const mine = board.find((p) => p.role === 'governance_centre')!;
      assert.ok(mine.acknowledgedAt);
      assert.equal(mine.due.remind, null, 'no reminder pending');
      const reminded = () => gc.hook.got.filter((r) => r.kind === 'alarm.party.reminded').length;
      const remindersAtAck = reminded();
      assert.equal((await as(platform, gc.member, 'POST', `/api/v1/alarms/${id}/acknowledge`, {})).status, 409, 'a party acknowledges once');

      // The police station never acknowledges: reminded each second, yellow at 3 s, red 2 s later, each within a second of its deadline, told to the sub-bureau.
      const supervisor = county.parties.police_command.hook;
      const yellow = await eventually(
        () => supervisor.got.find((r) => r.kind === 'alarm.party.escalated' && (r.body.data.escalation as { level: string }).level === 'yellow'),
        8_000,
        'the yellow card',
      );
      const red = await eventually(() => supervisor.got.find((r) => r.kind === 'alarm.party.escalated' && (r.body.data.escalation as { level: string }).level === 'red'), 8_000, 'the red card');
      const { rows: cards } = await platform.db.query<{ level: string; unit_id: string; obligation: string; due_at: Date; at: Date; points: number }>(
        'SELECT level, unit_id, obligation, due_at, at, points FROM alarm_escalations WHERE alarm_id = $1 ORDER BY id',
        [id],
      );
      assert.deepEqual(
        cards.map((c) => [c.level, c.unit_id, c.obligation, c.points]),
        [
          ['yellow', 'station-a', 'acknowledge', 1],
          ['red', 'station-a', 'acknowledge', 3],
        ],
      );
      const notifiedAt = (await platform.db.query<{ notified_at: Date }>(`SELECT notified_at FROM alarm_parties WHERE alarm_id = $1 AND role = 'police_station'`, [id])).rows[0]!.notified_at.getTime();
      assert.equal(cards[0]!.due_at.getTime(), notifiedAt + 3_000);
      assert.equal(cards[1]!.due_at.getTime(), notifiedAt + 5_000);
      for (const [card, received] of [
        [cards[0]!, yellow],
        [cards[1]!, red],
      ] as const) {
        const late = card.at.getTime() - card.due_at.getTime();
        assert.ok(late >= 0 && late < 1_000, `${card.level} fired ${late} ms after its deadline`);
        assert.ok(received.at - card.due_at.getTime() < 1_500, `${card.level} reached the supervisor ${received.at - card.due_at.getTime()} ms after its deadline`);
      }
      assert.ok(county.parties.police_station.hook.got.filter((r) => r.kind === 'alarm.party.reminded').length >= 3, 'the police station was reminded meanwhile');

      // Reminders of the governance centre stopped the moment it acknowledged (at least 3 intervals have passed since).
      assert.ok(Date.now() - ackedAt > 3_000);
      assert.equal(reminded(), remindersAtAck, 'no reminder after the acknowledgement');
      const { rows: gcRow } = await platform.db.query<{ reminders: number; last_reminded_at: Date }>(
        `SELECT reminders, last_reminded_at FROM alarm_parties WHERE alarm_id = $1 AND role = 'governance_centre'`,
        [id],
      );
      assert.ok(gcRow[0]!.last_reminded_at.getTime() <= ackedAt);

      // The board says it all: acknowledged, reminded, yellow, red.
      const { json } = await as(platform, gc.member, 'GET', `/api/v1/alarms/${id}`);
      const levels = Object.fromEntries((json.alarm as { parties: { role: string; level: string }[] }).parties.map((p) => [p.role, p.level]));
      assert.deepEqual(levels, { governance_centre: 'normal', police_station: 'red', town_command: 'normal', district_centre: 'normal', police_command: 'normal' });
      const steps = (json.timeline as { step: string; party: string | null }[]).map((t) => `${t.step}${t.party ? `:${t.party}` : ''}`);
      for (const s of ['raised', 'caller_notified', 'pillar_acknowledged', 'party_acknowledged:governance_centre', 'escalated:police_station']) assert.ok(steps.includes(s), `timeline has ${s}`);

      // Every change is in the audit trail.
      const audit = (await (await adminFetch(platform.baseUrl, `/api/v1/audit?subjectId=${id}&limit=100`)).json()) as { entries: { action: string }[] };
      const actions = new Set(audit.entries.map((e) => e.action));
      for (const a of ['alarm.raise', 'alarm.pillar.ack', 'alarm.acknowledge', 'alarm.remind', 'alarm.escalate']) assert.ok(actions.has(a), `audited: ${a}`);
    } finally {
      pillar.close();
      for (const f of Object.values(feeds)) f.stop();
    }
  });
});
