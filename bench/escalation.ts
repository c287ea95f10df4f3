/**
 * Benchmark: escalation deadlines met within 1 s across a platform restart.
 * Five parties are told of every alarm and none acknowledges, so each party
 * of each alarm is carded yellow `--ack-s` after it was told and red
 * `--red-s` later: 10 deadlines per alarm, each a row fired once by the
 * platform's timer. Lateness = the card's time − its deadline (and, for the
 * supervisor's webhook, arrival − deadline).
 *
 * Two batches of alarms are pressed together. The reference in the same
 * run: the first batch, in the county, whose plan gives `--ack-s`; its
 * deadlines all fall while the platform runs undisturbed. The second, in a
 * town of the county whose own plan gives `--restart-ack-s`: a second after
 * the first batch's last card, the platform is stopped (SIGTERM) and started
 * again on the same data directory, and the second batch's deadlines fall
 * after the restart; they must be met as well as the first's. Deadlines
 * that fell while the platform was down (none unless the restart is slower
 * than the limit) are counted apart: they fire at the restart, late by design.
 *   npm run bench:escalation [-- --alarms 20 --ack-s 6 --restart-ack-s 50 --red-s 4 --every-ms 100]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { api, PARTY_ROLES, registerPillars, setUpAlarmCounty, type Arrival } from './lib/alarm-county.js';
import { machine, startPlatform, type Platform } from './lib/harness.js';
import { RawPillar } from './lib/raw-pillar.js';
import { fmt, summarize } from './lib/stats.js';

const { values } = parseArgs({
  options: {
    alarms: { type: 'string', default: '20' },
    'ack-s': { type: 'string', default: '6' },
    'restart-ack-s': { type: 'string', default: '50' },
    'red-s': { type: 'string', default: '4' },
    'every-ms': { type: 'string', default: '100' },
  },
});
const ALARMS = Number(values.alarms);
const ACK_S = Number(values['ack-s']);
const RESTART_ACK_S = Number(values['restart-ack-s']);
const TOWN = {
  type: 'Polygon',
  coordinates: [
    [
      [118.6, 33.0],
      [118.7, 33.0],
      [118.7, 33.1],
      [118.6, 33.1],
      [118.6, 33.0],
    ],
  ],
};
const RED_S = Number(values['red-s']);
const EVERY_MS = Number(values['every-ms']);

interface AlarmJson {
  alarm: { id: string; parties: { role: string; unitId: string; notifiedAt: string; cards: { level: 'yellow' | 'red'; at: string }[] }[] };
}

interface Card {
  alarmId: string;
  unitId: string;
  level: string;
  dueMs: number;
  atMs: number | null;
}

/** Presses each pillar once, `EVERY_MS` apart; resolves with the alarms' ids (from the governance centre's webhook) once all are told. */
async function pressAll(p: Platform, pillars: RawPillar[], told: Arrival[]): Promise<string[]> {
  for (const pillar of pillars) {
    await pillar.press().acked;
    await new Promise((r) => setTimeout(r, EVERY_MS));
  }
  const deadline = Date.now() + 10_000;
  const ids = () => pillars.map((x) => told.find((a) => a.pillarId === x.device.id && a.kind === 'alarm.party.notified')?.alarmId);
  while (ids().some((id) => id === undefined) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  if (ids().some((id) => id === undefined)) throw new Error(`${p.baseUrl}: not every alarm was told to the governance centre`);
  return ids() as string[];
}

/** Every party's two deadlines and the cards given for them, as the API tells them. */
async function cardsOf(p: Platform, ids: string[], ackS: number): Promise<Card[]> {
  const out: Card[] = [];
  for (const id of ids) {
    const { alarm } = (await (await api(p, 'GET', `/api/v1/alarms/${id}`)).json()) as AlarmJson;
    for (const party of alarm.parties) {
      const told = Date.parse(party.notifiedAt);
      for (const [level, dueMs] of [
        ['yellow', told + ackS * 1000],
        ['red', told + (ackS + RED_S) * 1000],
      ] as const) {
        const card = party.cards.find((c) => c.level === level);
        out.push({ alarmId: id, unitId: party.unitId, level, dueMs, atMs: card ? Date.parse(card.at) : null });
      }
    }
  }
  return out;
}

async function waitForCards(p: Platform, ids: string[], ackS: number, untilMs: number): Promise<Card[]> {
  for (;;) {
    const cards = await cardsOf(p, ids, ackS);
    if (cards.every((c) => c.atMs !== null) || Date.now() > untilMs) return cards;
    await new Promise((r) => setTimeout(r, 500));
  }
}

const dataDir = mkdtempSync(join(tmpdir(), 'wp-bench-escalation-'));
const env = { DATA_DIR: dataDir, ALARM_REMIND_EVERY_S: '3600' };
let platform = await startPlatform(env);
const pillars: RawPillar[] = [];
let county: Awaited<ReturnType<typeof setUpAlarmCounty>> | null = null;
try {
  console.log(`# Escalation deadlines across a restart: ${machine()}; PGlite`);
  county = await setUpAlarmCounty(platform, { acknowledgeWithinS: ACK_S, redAfterS: RED_S, remindEveryS: null });
  await api(platform, 'PUT', '/api/v1/jurisdictions/bench-town', { name: 'Bench town', kind: 'town', parentId: 'bench-county', boundary: TOWN });
  await api(platform, 'PUT', '/api/v1/alarm-plans/bench-town/high', {
    parties: PARTY_ROLES.map((role) => ({ role, when: 'press', acknowledgeWithinS: RESTART_ACK_S, redAfterS: RED_S, remindEveryS: null })),
    supervisor: 'police_command',
  });
  const devices = [...(await registerPillars(platform, ALARMS)), ...(await registerPillars(platform, ALARMS, (i) => ({ lat: 33.02 + (i % 10) * 0.005, lon: 118.62 + Math.floor(i / 10) * 0.005 })))];
  for (const d of devices) pillars.push(new RawPillar(d, platform.mqttPort));
  await Promise.all(pillars.map((x) => x.ready));
  const told = county.received.get('governance_centre')!;
  const supervisor = county.received.get('police_command')!;

  const first = await pressAll(platform, pillars.slice(0, ALARMS), told);
  const second = await pressAll(platform, pillars.slice(ALARMS), told);
  // The reference: deadlines met by a platform that keeps running.
  const reference = await waitForCards(platform, first, ACK_S, Date.now() + (ACK_S + RED_S + 15) * 1000);
  await new Promise((r) => setTimeout(r, 1_000));
  for (const x of pillars) x.close();
  const stoppedAt = Date.now();
  await platform.stop();
  const downAt = Date.now();
  platform = await startPlatform(env);
  const readyAt = Date.now();
  const restarted = await waitForCards(platform, second, RESTART_ACK_S, Date.now() + (RESTART_ACK_S + RED_S + 15) * 1000);
  // The supervisor's webhooks follow the cards through the outbox.
  const escalated = () => supervisor.filter((a) => a.kind === 'alarm.party.escalated').length;
  for (const until = Date.now() + 15_000; escalated() < reference.length + restarted.length && Date.now() < until;) await new Promise((r) => setTimeout(r, 100));

  const hookLate = (ids: Set<string>) =>
    supervisor.filter((a) => a.kind === 'alarm.party.escalated' && ids.has(a.alarmId) && a.escalation).map((a) => a.at + performance.timeOrigin - Date.parse(a.escalation!.dueAt));
  const row = (name: string, xs: number[], ref: ReturnType<typeof summarize>, expected: number) => {
    const s = summarize(xs);
    const missing = expected - s.n;
    return `  ${name.padEnd(50)} p50 ${fmt(s.p50, 0).padStart(5)} ms (${fmt(s.p50 / ref.p50, 1).padStart(4)}×), p99 ${fmt(s.p99, 0).padStart(5)} ms (${fmt(s.p99 / ref.p99, 1).padStart(4)}×), max ${fmt(s.max, 0).padStart(5)} ms${missing ? `, ${missing} NEVER CAME` : ''}`;
  };
  const late = (cards: Card[]) => cards.filter((c) => c.atMs !== null).map((c) => c.atMs! - c.dueMs);
  const during = restarted.filter((c) => c.dueMs < readyAt);
  const after = restarted.filter((c) => c.dueMs >= readyAt);
  const refCards = summarize(late(reference));
  const refHooks = summarize(hookLate(new Set(first)));
  console.log(
    `${ALARMS} alarms a batch, 5 parties each, none acknowledging: yellow ${ACK_S} s (reference) or ${RESTART_ACK_S} s (across the restart) after being told, red ${RED_S} s later (${reference.length} deadlines a batch); platform down ${fmt((readyAt - stoppedAt) / 1000, 1)} s (stop ${fmt((downAt - stoppedAt) / 1000, 1)} s, start ${fmt((readyAt - downAt) / 1000, 1)} s)`,
  );
  console.log(row('card − deadline, no restart (reference)', late(reference), refCards, reference.length));
  console.log(row('card − deadline, after the restart', late(after), refCards, after.length));
  console.log(row('supervisor webhook − deadline, no restart', hookLate(new Set(first)), refHooks, reference.length));
  console.log(row('supervisor webhook − deadline, after the restart', hookLate(new Set(second)), refHooks, restarted.length));
  if (during.length) console.log(row('card − deadline, deadline while down (late by design)', late(during), refCards, during.length));
  const worst = after.length ? Math.max(...late(after), ...late(reference)) : Infinity;
  const early = [...late(after), ...late(reference)].filter((x) => x < 0).length;
  const missing = [...reference, ...after].filter((c) => c.atMs === null).length;
  console.log(`  target every card within 1 s of its deadline: ${worst <= 1_000 && early === 0 && missing === 0 ? 'met' : 'MISSED'} (worst ${fmt(worst)} ms, early ${early}, missing ${missing})`);
} finally {
  for (const x of pillars) x.close();
  await county?.close();
  await platform.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
