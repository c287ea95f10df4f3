/**
 * Benchmark: a pillar's button pressed, from the MQTT publish to the PUBACK
 * (the alarm committed), to all five parties' webhooks received (local
 * receivers, one per part), and to the pillar's "help is on its way"
 * downlink received by the pillar (target p99 ≤ 1 s), p50/p99 over N
 * presses (each at a pillar of its own: a second press would join the open
 * alarm). The platform runs as its own process.
 *
 * The reference in the same run, on the same connections to the same
 * broker: a pillar heartbeat's publish → PUBACK (a frame committed that no
 * alarm rule wants), sent just before each press; the press's figures are
 * also given as ratios to it.
 *   npm run bench:alarm-press [-- --engines pglite,postgres --presses 100 --every-ms 100]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createServerDatabase } from '@watchpost/ingest/test-support';
import { PARTY_ROLES, registerPillars, setUpAlarmCounty } from './lib/alarm-county.js';
import { ensurePostgres, machine, startPlatform } from './lib/harness.js';
import { RawPillar } from './lib/raw-pillar.js';
import { fmt, summarize } from './lib/stats.js';

const { values } = parseArgs({
  options: {
    engines: { type: 'string', default: 'pglite' },
    presses: { type: 'string', default: '100' },
    'every-ms': { type: 'string', default: '100' },
  },
});
const PRESSES = Number(values.presses);
const EVERY_MS = Number(values['every-ms']);
const WARMUP = 5;

async function run(engine: 'postgres' | 'pglite'): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'wp-bench-alarm-'));
  const db = engine === 'postgres' ? await createServerDatabase() : null;
  // No reminders or cards during the run: only the press is measured.
  const platform = await startPlatform({ DATA_DIR: dataDir, DATABASE_URL: db?.url ?? '', ALARM_ACKNOWLEDGE_WITHIN_S: '3600', ALARM_REMIND_EVERY_S: '3600' });
  const pillars: RawPillar[] = [];
  let county: Awaited<ReturnType<typeof setUpAlarmCounty>> | null = null;
  try {
    county = await setUpAlarmCounty(platform);
    const devices = await registerPillars(platform, PRESSES + WARMUP);
    for (const d of devices) pillars.push(new RawPillar(d, platform.mqttPort));
    await Promise.all(pillars.map((p) => p.ready));

    const rows: { ref: number; ack: number; hooks: number | null; help: number | null }[] = [];
    const pending: Promise<void>[] = [];
    for (const [i, pillar] of pillars.entries()) {
      const hb = pillar.heartbeat();
      const refAt = await hb.acked;
      const press = pillar.press();
      pending.push(
        press.acked.then(async (ackAt) => {
          const deadline = performance.now() + 10_000;
          const id = pillar.device.id;
          const hooksAt = () => PARTY_ROLES.map((r) => county!.received.get(r)!.find((a) => a.pillarId === id && a.kind === 'alarm.party.notified')?.at);
          const helpAt = () => pillar.commands.find((c) => c.frame.command.type === 'notifyCaller')?.at;
          while ((hooksAt().some((t) => t === undefined) || helpAt() === undefined) && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
          const hooks = hooksAt();
          if (i >= WARMUP)
            rows.push({
              ref: refAt - hb.sentAt,
              ack: ackAt - press.sentAt,
              hooks: hooks.every((t) => t !== undefined) ? Math.max(...(hooks as number[])) - press.sentAt : null,
              help: helpAt() === undefined ? null : helpAt()! - press.sentAt,
            });
        }),
      );
      await new Promise((r) => setTimeout(r, EVERY_MS));
    }
    await Promise.all(pending);

    const ref = summarize(rows.map((r) => r.ref));
    const line = (name: string, xs: (number | null)[]) => {
      const s = summarize(xs.filter((x): x is number => x !== null));
      const missing = xs.length - s.n;
      return `  ${name.padEnd(52)} p50 ${fmt(s.p50, 1).padStart(6)} ms (${fmt(s.p50 / ref.p50, 1).padStart(4)}×), p99 ${fmt(s.p99, 1).padStart(6)} ms (${fmt(s.p99 / ref.p99, 1).padStart(4)}×), max ${fmt(s.max, 1).padStart(6)} ms${missing ? `, ${missing} NEVER ARRIVED` : ''}`;
    };
    console.log(`${engine}: ${rows.length} presses (${WARMUP} warm-up ones left out), one every ${EVERY_MS} ms, each at a pillar of its own; ratios to the reference`);
    console.log(
      line(
        'heartbeat publish → PUBACK (reference)',
        rows.map((r) => r.ref),
      ),
    );
    console.log(
      line(
        'press → PUBACK (the alarm committed)',
        rows.map((r) => r.ack),
      ),
    );
    console.log(
      line(
        'press → all 5 parties’ webhooks received',
        rows.map((r) => r.hooks),
      ),
    );
    console.log(
      line(
        'press → help-on-way downlink at the pillar',
        rows.map((r) => r.help),
      ),
    );
    const help = summarize(rows.filter((r) => r.help !== null).map((r) => r.help!));
    console.log(`  target help downlink p99 ≤ 1,000 ms: ${help.p99 <= 1_000 && help.n === rows.length ? 'met' : 'MISSED'}`);
  } finally {
    for (const p of pillars) p.close();
    await county?.close();
    await platform.stop();
    await db?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const engines = values.engines!.split(',') as ('postgres' | 'pglite')[];
const pgServer = engines.includes('postgres') ? await ensurePostgres() : null;
try {
  console.log(`# Alarm press: ${machine()}`);
  for (const engine of engines) await run(engine);
} finally {
  pgServer?.stop();
}
