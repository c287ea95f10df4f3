/**
 * Benchmark: a pillar's button pressed, from the MQTT publish to the PUBACK
 * (the alarm committed), to all five parties' webhooks received (local
 * receivers, one per part), and to the pillar's "help is on its way"
 * downlink received by the pillar (target p99 ≤ 1 s), p50/p99 over N
 * presses (each at a pillar of its own: a second press would join the open
 * alarm). The platform runs as its own process, under `--background`
 * sightings/s from `--stations` base stations (a county's traffic; default
 * 10,000/s, the target's), and the five parties' notices are also followed
 * on the live feed, as a signed-in client (the administrator) gets them.
 *
 * The reference in the same run, on the same connections to the same
 * broker: a pillar heartbeat's publish → PUBACK (a frame committed that no
 * alarm rule wants), sent just before each press; the press's figures are
 * also given as ratios to it.
 *   npm run bench:alarm-press [-- --engines pglite,postgres --presses 100 --every-ms 100 --background 10000 --stations 100]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createServerDatabase } from '@watchpost/ingest/test-support';
import { PARTY_ROLES, registerPillars, setUpAlarmCounty } from './lib/alarm-county.js';
import { configEnv, ensurePostgres, machine, registerMany, runTs, startPlatform } from './lib/harness.js';
import { followLiveFeed } from './lib/live-feed.js';
import { RawPillar } from './lib/raw-pillar.js';
import { fmt, summarize } from './lib/stats.js';

const { values } = parseArgs({
  options: {
    engines: { type: 'string', default: 'pglite' },
    presses: { type: 'string', default: '100' },
    'every-ms': { type: 'string', default: '100' },
    background: { type: 'string', default: '10000' },
    stations: { type: 'string', default: '100' },
  },
});
const PRESSES = Number(values.presses);
const EVERY_MS = Number(values['every-ms']);
const WARMUP = 5;

async function run(engine: 'postgres' | 'pglite'): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'wp-bench-alarm-'));
  const db = engine === 'postgres' ? await createServerDatabase() : null;
  // No reminders or cards during the run: only the press is measured.
  // The background stations send more than a street's: several frames a second each.
  const platform = await startPlatform({
    DATA_DIR: dataDir,
    DATABASE_URL: db?.url ?? '',
    ALARM_ACKNOWLEDGE_WITHIN_S: '3600',
    ALARM_REMIND_EVERY_S: '3600',
    RATE_LIMIT_PER_S: '1000',
    RATE_LIMIT_BURST: '10000',
  });
  const pillars: RawPillar[] = [];
  const stops: (() => void)[] = [];
  let county: Awaited<ReturnType<typeof setUpAlarmCounty>> | null = null;
  let background: ReturnType<typeof runTs> | null = null;
  try {
    county = await setUpAlarmCounty(platform);
    const devices = await registerPillars(platform, PRESSES + WARMUP);
    for (const d of devices) pillars.push(new RawPillar(d, platform.mqttPort));
    await Promise.all(pillars.map((p) => p.ready));
    // The five parties' notices on the live feed, by pillar: when the fifth arrived.
    const onFeed = new Map<string, number[]>();
    stops.push(
      await followLiveFeed(platform, platform.auth, (n, at) => {
        const pillarId = (n.data as { alarm?: { pillar?: { id?: string } } }).alarm?.pillar?.id;
        if (n.kind !== 'alarm.party.notified' || !pillarId) return;
        onFeed.set(pillarId, [...(onFeed.get(pillarId) ?? []), at]);
      }),
    );
    const backgroundPerS = Number(values.background);
    if (backgroundPerS > 0) {
      const stations = await registerMany(platform, 'station', Number(values.stations));
      const startAt = Date.now() + 2_000;
      background = runTs(
        'bench/lib/sightings-load.ts',
        configEnv({ port: platform.mqttPort, devices: stations, startAt, durationMs: (PRESSES + WARMUP) * EVERY_MS + 15_000, sightingsPerS: backgroundPerS, tagsPerFrame: 20, tagSpace: 1 << 24 }),
      );
      await new Promise((r) => setTimeout(r, startAt - Date.now() + 3_000));
    }

    const rows: { ref: number; ack: number; hooks: number | null; feed: number | null; help: number | null }[] = [];
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
          const feedAt = () => onFeed.get(id) ?? [];
          while ((hooksAt().some((t) => t === undefined) || helpAt() === undefined || feedAt().length < PARTY_ROLES.length) && performance.now() < deadline)
            await new Promise((r) => setTimeout(r, 20));
          const hooks = hooksAt();
          const feed = feedAt();
          if (i >= WARMUP)
            rows.push({
              ref: refAt - hb.sentAt,
              ack: ackAt - press.sentAt,
              hooks: hooks.every((t) => t !== undefined) ? Math.max(...(hooks as number[])) - press.sentAt : null,
              feed: feed.length >= PARTY_ROLES.length ? feed[PARTY_ROLES.length - 1]! - press.sentAt : null,
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
    const load = background ? await background.line<{ sightingsPerS: number }>() : null;
    console.log(
      `${engine}: ${rows.length} presses (${WARMUP} warm-up ones left out), one every ${EVERY_MS} ms, each at a pillar of its own; background ${fmt(load?.sightingsPerS ?? 0)} sightings/s acknowledged; ratios to the reference`,
    );
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
        'press → all 5 parties’ notices on the live feed',
        rows.map((r) => r.feed),
      ),
    );
    const five = summarize(rows.flatMap((r) => (r.hooks === null || r.feed === null ? [] : [Math.max(r.hooks, r.feed)])));
    console.log(`  target five parties notified (feed and webhooks) p99 ≤ 50 ms: ${five.p99 <= 50 && five.n === rows.length ? 'met' : 'MISSED'} (p99 ${fmt(five.p99, 1)} ms)`);
    console.log(
      line(
        'press → help-on-way downlink at the pillar',
        rows.map((r) => r.help),
      ),
    );
    const help = summarize(rows.filter((r) => r.help !== null).map((r) => r.help!));
    console.log(`  target help downlink p99 ≤ 1,000 ms: ${help.p99 <= 1_000 && help.n === rows.length ? 'met' : 'MISSED'}`);
  } finally {
    await background?.stop();
    for (const stop of stops) stop();
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
