/**
 * What the browser suites share: the platform as its own process (on PGlite in a
 * temporary directory, or on DATABASE_URL when set), Chromium driven by
 * playwright-core, and reading a device's state off the page (list row and map).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { spawnPlatform, TEST_ADMIN_PASSWORD, type PlatformProcess } from '@watchpost/broker/test-support';
import { encodeUplink } from '@watchpost/firmware-protocol';
import { createServerDatabase } from '@watchpost/ingest/test-support';
import { tIn } from '../src/lib/i18n/say-in.js';
import type { MessageKey, MessageParams } from '../src/lib/i18n/translator.js';

export const DASHBOARD_ROOT = fileURLToPath(new URL('../', import.meta.url));
export const DIST = join(DASHBOARD_ROOT, 'dist');
const RESULTS = join(DASHBOARD_ROOT, 'test-results');

/** Cleanups of one test (or of a suite: pass `{ after }` from node:test), run last-in first-out once it ends (pass or fail). */
export class Resources {
  private readonly stack: (() => unknown)[] = [];

  constructor(t: { after(fn: () => Promise<void>): void }) {
    t.after(async () => {
      for (const cleanup of this.stack.reverse()) await Promise.resolve(cleanup()).catch((err: unknown) => console.error('cleanup failed:', err));
    });
  }

  defer(cleanup: () => unknown): void {
    this.stack.push(cleanup);
  }
}

export async function startPlatform(res: Resources, env: Record<string, string> = {}): Promise<PlatformProcess> {
  const server = await createServerDatabase();
  const dataDir = server ? null : mkdtempSync(join(tmpdir(), 'wp-dashboard-'));
  res.defer(async () => {
    await server?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
  const platform = await spawnPlatform({ ...(server ? { DATABASE_URL: server.url } : { DATA_DIR: dataDir! }), DASHBOARD_DIR: DIST, ...env });
  res.defer(() => platform.stop());
  return platform;
}

/** `node dist-server/serve.js` in front of the platform, as the compose `dashboard` service runs it. */
export async function startDashboardServer(res: Resources, platformUrl: string, port = 0): Promise<{ url: string; port: number; child: ChildProcess; stop(): Promise<number | null> }> {
  const child = spawn(process.execPath, [join(DASHBOARD_ROOT, 'dist-server/serve.js')], {
    env: { ...process.env, PLATFORM_URL: platformUrl, DASHBOARD_PORT: String(port), DASHBOARD_HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    return exited;
  };
  res.defer(stop);
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const listening = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`dashboard server not ready after 15 s; stderr: ${stderr}`)), 15_000);
    exited.then((code) => reject(new Error(`dashboard server exited with ${code}; stderr: ${stderr}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const entry = JSON.parse(line) as { msg?: string; port?: number };
      if (entry.msg !== 'dashboard ready') return;
      clearTimeout(timer);
      resolve(entry.port!);
    });
  });
  return { url: `http://127.0.0.1:${listening}`, port: listening, child, stop };
}

export async function launchBrowser(res: Resources): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-unsafe-swiftshader'],
    timeout: 30_000,
  });
  res.defer(() => browser.close());
  return browser;
}

export interface DashboardPage {
  page: Page;
  /** Uncaught errors in the page, and HTTP errors but the signed-out check (401 from /auth/me). */
  errors: string[];
  /** Requests that left the dashboard's origin: there must be none (the map works offline). */
  foreignRequests: string[];
  /** Path and query of every request to the API, in order. */
  apiRequests: string[];
}

export interface Credentials {
  username: string;
  password: string;
}

/** The administrator every test platform has (spawnPlatform sets ADMIN_PASSWORD). */
export const ADMIN: Credentials = { username: 'admin', password: TEST_ADMIN_PASSWORD };
/** A demo account (platforms started with DEMO_USERS=1): demo-<role> / demo-<role>-pass. */
export const demo = (role: 'admin' | 'operator' | 'police' | 'installer'): Credentials => ({ username: `demo-${role}`, password: `demo-${role}-pass` });
/** The demo owner's phone (broker/src/access/bootstrap.ts DEMO_OWNER_PHONE); owners sign in by SMS code. */
export const DEMO_OWNER_PHONE = '13800000000';

/** The platform's log line of a text message whose text matches, once the outbox has delivered it. */
export async function smsLogged(platform: PlatformProcess, skip: number, text: RegExp, timeoutMs = 5_000): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const sms = platform.logs.slice(skip).find((l) => l.component === 'sms' && typeof l.text === 'string' && text.test(l.text));
    if (sms) return sms;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no text message matching ${text} in the platform log within ${timeoutMs} ms`);
}

/** The demo accounts' names (broker/src/domains/access/bootstrap.ts): Chinese, as people read them. */
export const DEMO_NAME = { admin: '演示管理员', operator: '演示值班员', police: '演示民警', installer: '演示安装人员', owner: '演示车主' } as const;

/** What the page says in Chinese, its default: tests compare with the catalog, not with copied sentences. */
export const zh = (key: MessageKey, params?: MessageParams): string => tIn('zh-CN', key, params);

export interface PageOptions {
  /** The browser's language (navigator.languages, Accept-Language): a Chinese browser unless a test says otherwise. */
  locale?: string;
  /** The computer's time zone; the dashboard shows the platform's (Asia/Shanghai) whatever this is. */
  timezoneId?: string;
  /** More of the browser context: a phone's viewport, a position and the permission to read it. */
  context?: BrowserContextOptions;
  /** Runs before the page is opened: routes that stand in for servers outside, scripts for the page. */
  prepare?: (page: Page) => Promise<void>;
}

/** An installer's or a resident's phone: 390 × 844 CSS pixels, touch. */
export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/**
 * A new browser context (no cookies, no stored language) on the dashboard at
 * `route` ('#/map'), once the page knows whether it is signed in: the login
 * view or the header.
 */
export async function openPage(browser: Browser, url: string, route = '', { locale = 'zh-CN', timezoneId = 'UTC', context = {}, prepare }: PageOptions = {}): Promise<DashboardPage> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale, timezoneId, ...context });
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  const apiRequests: string[] = [];
  const origin = new URL(url).origin;
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (msg) => msg.type() === 'error' && !msg.text().startsWith('Failed to load resource') && errors.push(`console: ${msg.text()}`));
  page.on('response', (r) => {
    // Asking whether the cookie holds a session is how a signed-out page starts.
    const signedOutCheck = r.status() === 401 && new URL(r.url()).pathname === '/api/v1/auth/me';
    if (r.status() >= 400 && !signedOutCheck) errors.push(`HTTP ${r.status()} ${r.url()}`);
  });
  page.on('request', (req) => {
    const u = req.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreignRequests.push(u);
    else if (u.startsWith(`${origin}/api/`)) apiRequests.push(u.slice(origin.length));
  });
  await prepare?.(page);
  await page.goto(`${url}/${route}`);
  await page.waitForSelector('[data-testid="login"], [data-testid="app-header"]');
  return { page, errors, foreignRequests, apiRequests };
}

/** The page's hash route: '#/map'. */
export const hashOf = (page: Page): string => new URL(page.url()).hash;

/** The views offered in the header's menu, in order: ['#/map', '#/account']. */
export const navLinks = (page: Page): Promise<(string | null)[]> => page.$$eval('[data-testid="app-header"] nav a', (links) => links.map((a) => a.getAttribute('href')));

/** Moves the page to a hash route, as typing it into the address bar would (no reload). */
export async function goTo(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => (location.hash = h), hash);
}

/** Signs in on the login view as staff; resolves once signed in (the header shows the user). */
export async function signIn(page: Page, { username, password }: Credentials): Promise<void> {
  await submitStaffForm(page, { username, password });
  await page.waitForSelector(`[data-testid="app-header"]`);
}

/** Fills and sends the staff sign-in form, whatever it answers. */
export async function submitStaffForm(page: Page, { username, password }: Credentials): Promise<void> {
  await page.click('[data-testid="mode-staff"]');
  await page.fill('[data-testid="username"]', username);
  await page.fill('[data-testid="password"]', password);
  await page.click('[data-testid="sign-in"]');
}

/** Signs in as an owner: asks for a code, reads it off the platform's log (the console SMS sender), sends it. */
export async function signInOwner(page: Page, platform: PlatformProcess, phone: string): Promise<void> {
  await page.click('[data-testid="mode-owner"]');
  await page.fill('[data-testid="phone"]', phone);
  const logged = platform.logs.length;
  await page.click('[data-testid="send-code"]');
  await page.waitForSelector('[data-testid="code"]');
  await page.fill('[data-testid="code"]', await smsCode(platform, logged));
  await page.click('[data-testid="verify-code"]');
  await page.waitForSelector('[data-testid="app-header"]');
}

/**
 * The newest sign-in code in the platform's log after its first `skip` lines:
 * the console SMS gateway logs { component: 'sms', to: masked phone, text };
 * the code's text says 验证码 (zh-CN, the default) or "sign-in code" (en).
 * The outbox delivers it a moment after the request: wait for it.
 */
export async function smsCode(platform: PlatformProcess, skip = 0, timeoutMs = 5_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const sms = platform.logs.slice(skip).findLast((l) => l.component === 'sms' && typeof l.text === 'string' && /验证码|sign-in code/.test(l.text));
    const code = (sms?.text as string | undefined)?.match(/\b(\d{6})\b/)?.[1];
    if (code) return code;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no sign-in code in the platform log within ${timeoutMs} ms`);
}

/** Opens the dashboard, signs in, and waits until the map says data-ready="true". */
export async function openDashboard(browser: Browser, url: string, credentials: Credentials, options?: PageOptions): Promise<DashboardPage> {
  const opened = await openPage(browser, url, '', options);
  await signIn(opened.page, credentials);
  await opened.page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 20_000 });
  return opened;
}

/** On failure, a screenshot to test-results/<name>.png (gitignored), then the error. */
export async function withScreenshot<T>(page: Page, name: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    await screenshot(page, `${name}-failure`).catch(() => undefined);
    throw err;
  }
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS, { recursive: true });
  const path = join(RESULTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** One element of the page (a panel, a form) to test-results/<name>.png. */
export async function screenshotOf(page: Page, selector: string, name: string): Promise<string> {
  mkdirSync(RESULTS, { recursive: true });
  const path = join(RESULTS, `${name}.png`);
  await page.locator(selector).screenshot({ path });
  return path;
}

export interface ShownState {
  /** data-presence of the device's row in the list, null if not listed. */
  listed: string | null;
  /** presence of the device's rendered feature on the map, null if not drawn. */
  drawn: string | null;
}

/** How the page shows a device now: its list row, and its feature as MapLibre rendered it. */
export function shownState(page: Page, id: string, layer: string): Promise<ShownState> {
  return page.evaluate(
    ({ id, layer }) => {
      const row = document.querySelector(`[data-testid="device-list"] [data-device-id="${CSS.escape(id)}"]`);
      const feature = window.watchpostMap?.queryRenderedFeatures({ layers: [layer] }).find((f) => f.properties.id === id);
      return { listed: row?.getAttribute('data-presence') ?? null, drawn: (feature?.properties.presence as string | undefined) ?? null };
    },
    { id, layer },
  );
}

/** Polls until the device shows `presence` in the list and on the map; resolves with the milliseconds it took. */
export async function waitShown(page: Page, id: string, presence: string, timeoutMs: number, layer = 'devices-station'): Promise<number> {
  const start = performance.now();
  let last: ShownState = { listed: null, drawn: null };
  while (performance.now() - start < timeoutMs) {
    last = await shownState(page, id, layer);
    if (last.listed === presence && last.drawn === presence) return performance.now() - start;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`${id} not shown as ${presence} within ${timeoutMs} ms: list ${last.listed}, map ${last.drawn}`);
}

export function stationHeartbeat(deviceId: string, seq: number, intervalS = 60): Uint8Array {
  return encodeUplink({
    deviceId,
    seq,
    deviceTimeMs: Date.now(),
    body: { type: 'stationHeartbeat', tagsHeard: 0, backhaul: 'BACKHAUL_TYPE_ETHERNET', backhaulRssiDbm: 0, intervalS, firmwareVersion: 'e2e', uptimeS: seq },
  });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The page's serious and critical accessibility faults (axe-core, WCAG 2.1 A and AA rules), as
 * "rule: what (where)" lines: labels, names, contrast, roles, keyboard reach. axe is injected
 * once per document, evaluated rather than added as a <script>: the platform's
 * Content-Security-Policy (script-src 'self') refuses inline scripts, and the tests keep it on.
 */
export async function accessibilityFaults(page: Page, within = 'body'): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = (await page.evaluate(
    (selector) =>
      (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe
        .run(document.querySelector(selector), { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] })
        .then((r) => r.violations),
    within,
  )) as { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Controls in `within` smaller than a fingertip (44 × 44 CSS pixels; a text field need only be 44 high). */
export function smallTargets(page: Page, within = 'body'): Promise<string[]> {
  return page.$$eval(`${within} :is(button, a[href], input:not([type="checkbox"]):not([type="radio"]):not([type="hidden"]), select, label.check)`, (els) =>
    els
      .filter((el) => (el as HTMLElement).checkVisibility())
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ el, box }) => box.height < 43.5 || (box.width < 43.5 && !['INPUT', 'SELECT'].includes(el.tagName)))
      .map(
        ({ el, box }) =>
          `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `[data-testid=${el.getAttribute('data-testid')}]` : ''} "${(el.textContent ?? '').trim().slice(0, 20)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
      ),
  );
}

/** Counts the tones a page starts (Web Audio oscillators): a test hears a chime without speakers. Call from `prepare`. */
export async function countTones(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const start = OscillatorNode.prototype.start;
    const w = window as unknown as { __tones: number };
    w.__tones = 0;
    OscillatorNode.prototype.start = function (this: OscillatorNode, ...args: Parameters<OscillatorNode['start']>) {
      w.__tones += 1;
      return start.apply(this, args);
    };
  });
}

export const tonesStarted = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as { __tones?: number }).__tones ?? 0);
