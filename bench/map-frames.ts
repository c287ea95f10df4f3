/// <reference lib="dom" />
/**
 * Benchmark: the map's tag layer at the county's scale, in a real browser. 15,000 e-bike tags
 * whose positions change every second, set as the live feed sets them (one setData of the layer's
 * GeoJSON source per batch); frame times measured in the page as the intervals between animation
 * frames, which is the jank a person sees. Chromium headless with software WebGL (SwiftShader), so
 * the absolute figures are a CPU's, not a graphics card's.
 *
 * The reference, in the same run and the same page: the same 15,000 points standing still (set
 * once) for as long. Both at the county's view (most points clustered) and at a town's (zoom 14,
 * points drawn one by one).
 *   npm run bench:map-frames [-- --points 15000 --seconds 20 --hz 1]
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { TEST_ADMIN_PASSWORD } from '@watchpost/broker/test-support';
import { machine, root, startPlatform } from './lib/harness.js';
import { fmt, percentile } from './lib/stats.js';

const { values } = parseArgs({
  options: {
    points: { type: 'string', default: '15000' },
    seconds: { type: 'string', default: '20' },
    hz: { type: 'string', default: '1' },
  },
});
const POINTS = Number(values.points);
const SECONDS = Number(values.seconds);
const HZ = Number(values.hz);
const DIST = join(root, 'dashboard/dist');

/** What the page's map handle (window.watchpostMap) offers this benchmark. */
interface MapHandle {
  getSource(id: string): { setData(d: unknown): void } | undefined;
  getCenter(): { lng: number; lat: number };
  getZoom(): number;
  jumpTo(o: { zoom: number }): void;
}

interface Phase {
  frames: number[];
  updates: number;
  /** Main-thread tasks over 50 ms (PerformanceObserver 'longtask'): how many, and their total. */
  longTasks: number;
  longTaskMs: number;
  /** The synchronous part of each setData (building the features and handing them to the worker). */
  setDataMs: number[];
}

/** In the page: frames for `seconds`, the points moved and set `hz` times a second (or never). */
async function measure(page: Page, moving: boolean): Promise<Phase> {
  return page.evaluate(
    ({ n, seconds, hz, moving }) =>
      new Promise<Phase>((resolve) => {
        const map = (window as unknown as { watchpostMap: MapHandle }).watchpostMap;
        const source = map.getSource('devices-tag')!;
        const c = map.getCenter();
        // Riders spread over the county, each heading its own way at e-bike speed (15–25 km/h ≈ 0.00005°/s).
        const at = Array.from({ length: n }, (_, i) => [c.lng + ((i * 7919) % 1000) / 1000 - 0.5, c.lat + ((i * 104729) % 1000) / 1500 - 0.33]);
        const v = at.map((_, i) => [Math.cos(i) * 0.00005 * (1 + (i % 3) / 3), Math.sin(i) * 0.00005 * (1 + (i % 3) / 3)]);
        const set = () =>
          source.setData({
            type: 'FeatureCollection',
            features: at.map((p, i) => ({
              type: 'Feature',
              properties: { id: `tg-${i}`, name: '', label: `tg-${i}`, kind: 'tag', presence: i % 9 === 0 ? 'offline' : 'online' },
              geometry: { type: 'Point', coordinates: p },
            })),
          });
        set();
        const frames: number[] = [];
        const setDataMs: number[] = [];
        let updates = 0;
        let longTasks = 0;
        let longTaskMs = 0;
        const observer = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) {
            longTasks++;
            longTaskMs += e.duration;
          }
        });
        observer.observe({ type: 'longtask' });
        const started = performance.now();
        let last = started;
        const timer = moving
          ? setInterval(() => {
              for (let i = 0; i < n; i++) {
                at[i]![0]! += v[i]![0]! / hz;
                at[i]![1]! += v[i]![1]! / hz;
              }
              const t = performance.now();
              set();
              setDataMs.push(performance.now() - t);
              updates++;
            }, 1000 / hz)
          : null;
        const frame = (t: number) => {
          frames.push(t - last);
          last = t;
          if (t - started < seconds * 1000) requestAnimationFrame(frame);
          else {
            if (timer) clearInterval(timer);
            observer.disconnect();
            resolve({ frames, updates, longTasks, longTaskMs, setDataMs });
          }
        };
        requestAnimationFrame(frame);
      }),
    { n: POINTS, seconds: SECONDS, hz: HZ, moving },
  );
}

function describe(label: string, p: Phase): { p95: number; p99: number } {
  const sorted = [...p.frames].sort((a, b) => a - b);
  const long = p.frames.filter((f) => f > 50).length;
  const p95 = percentile(sorted, 95);
  const p99 = percentile(sorted, 99);
  console.log(
    `${label.padEnd(38)} ${fmt(p.frames.length / SECONDS, 1)} frames/s, frame p50 ${fmt(percentile(sorted, 50), 1)} ms, p95 ${fmt(p95, 1)} ms, p99 ${fmt(p99, 1)} ms, max ${fmt(sorted.at(-1) ?? 0, 1)} ms; ${long} frames over 50 ms; main thread: ${p.longTasks} long tasks, ${fmt(p.longTaskMs / SECONDS, 0)} ms/s${
      p.updates
        ? `; ${p.updates} updates, setData p50 ${fmt(
            percentile(
              [...p.setDataMs].sort((a, b) => a - b),
              50,
            ),
            1,
          )} ms`
        : ''
    }`,
  );
  return { p95, p99 };
}

if (!existsSync(join(DIST, 'index.html'))) {
  console.error('dashboard/dist is missing: npm run build -w dashboard first');
  process.exit(1);
}
const dataDir = mkdtempSync(join(tmpdir(), 'wp-bench-frames-'));
const platform = await startPlatform({ DATA_DIR: dataDir, DASHBOARD_DIR: DIST });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-unsafe-swiftshader'],
});
try {
  console.log(`# Map frames: ${machine()}; ${fmt(POINTS)} tags moved ${HZ} time(s) a second, ${SECONDS} s a phase; Chromium ${browser.version()}, software WebGL`);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  // tsx keeps functions' names with a helper (__name) the page does not have.
  await page.addInitScript({ content: 'window.__name = (f) => f;' });
  await page.goto(`${platform.baseUrl}/#/map`);
  await page.click('[data-testid="mode-staff"]');
  await page.fill('[data-testid="username"]', 'admin');
  await page.fill('[data-testid="password"]', TEST_ADMIN_PASSWORD);
  await page.click('[data-testid="sign-in"]');
  await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 30_000 });
  await page.waitForFunction(() => (window as unknown as { watchpostMap?: MapHandle }).watchpostMap?.getSource('devices-tag') !== undefined, undefined, { timeout: 10_000 });

  const results: string[] = [];
  for (const view of ['county', 'town'] as const) {
    if (view === 'town') await page.evaluate(() => (window as unknown as { watchpostMap: MapHandle }).watchpostMap.jumpTo({ zoom: 14 }));
    const zoom = await page.evaluate(() => (window as unknown as { watchpostMap: MapHandle }).watchpostMap.getZoom());
    const still = describe(`${view} view (zoom ${fmt(zoom, 1)}), standing still`, await measure(page, false));
    const moving = describe(`${view} view (zoom ${fmt(zoom, 1)}), moving at ${HZ} Hz`, await measure(page, true));
    results.push(`${view}: p95 ratio moving/still ${fmt(moving.p95 / still.p95, 2)}, p99 ${fmt(moving.p99 / still.p99, 2)}`);
  }
  for (const r of results) console.log(r);
} finally {
  await browser.close();
  await platform.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
