// The dashboard in both of its languages: Chinese first (a Chinese browser, or
// one asking for neither language), English for an English browser. Every main
// view is opened in each; no key may be missing, no English may be left on a
// Chinese page (nor Chinese on an English one); times are in the platform's
// zone; the header's switch changes the language at once and is remembered.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { adminFetch, registerDevice, type PlatformProcess } from '@watchpost/broker/test-support';
import type { Browser, Page } from 'playwright-core';
import { dateTimeIn, zoneNameIn } from '../src/lib/i18n/intl-format.js';
import type { Locale } from '../src/lib/i18n/locales.js';
import { tIn } from '../src/lib/i18n/say-in.js';
import { buildCounty } from './county-fixture.js';
import { chineseIn, englishIn, readableTexts } from './i18n-scan.js';
import { putLayers } from './map-support.js';
import { ADMIN, Resources, accessibilityFaults, goTo, launchBrowser, openPage, screenshot, screenshotOf, signIn, startPlatform, withScreenshot, type DashboardPage } from './support.js';

/** Each view, the element that says it has loaded, and what to do there before reading it. */
const VIEWS: { hash: string; ready: string; name: string; act?: (page: Page) => Promise<void> }[] = [
  { hash: '#/map', ready: '[data-testid="map"][data-ready="true"]', name: 'map' },
  {
    hash: '#/devices/new',
    ready: '[data-testid="device-form"]',
    name: 'register-device',
    // A serial the platform would refuse: the form's own sentence shows.
    act: async (page) => {
      await page.fill('[data-testid="device-id"]', '-x');
      await page.click('[data-testid="register-device"]');
      await page.waitForSelector('[data-testid="device-error"]');
    },
  },
  { hash: '#/owners/new', ready: '[data-testid="owner-form"]', name: 'register-owner' },
  { hash: '#/bikes/new', ready: '[data-testid="owner-lookup"]', name: 'register-bike' },
  { hash: '#/cases', ready: '[data-testid="cases-page"] [data-testid="no-cases"]', name: 'cases' },
  { hash: '#/people', ready: '[data-testid="owner-table"]', name: 'people' },
  {
    hash: '#/tokens',
    ready: '[data-testid="token-table"]',
    name: 'tokens',
    act: async (page) => {
      await page.fill('[data-testid="token-name"]', '报表');
      await page.click('[data-testid="create-token"]');
      await page.waitForSelector('[data-testid="token-error"]');
    },
  },
  { hash: '#/audit', ready: '[data-testid="audit-table"]', name: 'audit' },
  { hash: '#/account', ready: '[data-testid="password-form"]', name: 'account' },
];

/** The browser each language is met with. */
const BROWSER_LANGUAGE: Record<Locale, string> = { 'zh-CN': 'zh-CN', en: 'en-US' };

/** What is wrong with the language of what the page shows now: missing keys, and words of the other language. */
async function languageFaults(opened: DashboardPage, locale: Locale): Promise<string[]> {
  const said = await readableTexts(opened.page);
  const missing = await opened.page.evaluate(() => window.watchpostMissingKeys ?? []);
  const marked = said.filter(({ text }) => text.includes('⟦')).map(({ text, where }) => `${where}: ${text}`);
  const foreign = locale === 'zh-CN' ? englishIn(said) : chineseIn(said);
  return [...missing.map((k) => `missing key ${k}`), ...marked, ...foreign];
}

describe('the dashboard in Chinese and in English', () => {
  const res = new Resources({ after });
  let platform: PlatformProcess;
  let browser: Browser;

  before(async () => {
    platform = await startPlatform(res);
    // Data as a county enters it: Chinese names (shown as they are, in either language).
    await registerDevice(platform.baseUrl, { kind: 'station', name: '淮河大桥北端', lat: 32.99, lon: 118.53 });
    await registerDevice(platform.baseUrl, { kind: 'pillar', name: '人民广场报警柱', lat: 32.995, lon: 118.52 });
    await registerDevice(platform.baseUrl, { kind: 'station', name: '城南基站（待安装）' });
    const owner = await adminFetch(platform.baseUrl, '/api/v1/owners', { method: 'POST', body: JSON.stringify({ displayName: '李伟', phone: '13912345678', invite: false }) });
    assert.equal(owner.status, 201, await owner.text());
    const token = await adminFetch(platform.baseUrl, '/api/v1/tokens', { method: 'POST', body: JSON.stringify({ name: '交通指挥中心', scopes: ['devices'], expiresInDays: 30 }) });
    assert.equal(token.status, 201, await token.text());
    // The county's roads, water, places and jurisdictions: the offline basemap is a map.
    await putLayers(platform.baseUrl, buildCounty(0, 0).layers);
    browser = await launchBrowser(res);
  });

  for (const locale of ['zh-CN', 'en'] as const) {
    it(`${locale}: every main view in ${locale}, no key missing, no word of the other language; times in the platform's zone`, { timeout: 180_000 }, async () => {
      const opened = await openPage(browser, platform.baseUrl, '', { locale: BROWSER_LANGUAGE[locale], timezoneId: 'Europe/London' });
      const { page, errors, foreignRequests } = opened;
      await withScreenshot(page, `i18n-${locale}`, async () => {
        assert.equal(await page.getAttribute('html', 'lang'), locale, 'the language follows the browser');
        assert.equal(await page.inputValue('[data-testid="language"]'), locale);
        assert.deepEqual(await languageFaults(opened, locale), [], 'login');
        await screenshot(page, `i18n-${locale}-login`);

        await signIn(page, ADMIN);
        for (const view of VIEWS) {
          await goTo(page, view.hash);
          await page.waitForSelector(view.ready, { timeout: 20_000 });
          await view.act?.(page);
          assert.deepEqual(await languageFaults(opened, locale), [], view.hash);
          assert.deepEqual(await accessibilityFaults(page), [], `accessibility of ${view.hash}`);
          await screenshot(page, `i18n-${locale}-${view.name}`);
          if (view.name !== 'map') continue;
          // The device list, and a device's popup.
          await screenshotOf(page, '[data-testid="side-panel"]', `i18n-${locale}-device-list`);
          await page.click('[data-testid="device-list"] li[data-kind="pillar"] button');
          await page.waitForSelector('.maplibregl-popup .details');
          assert.deepEqual(await languageFaults(opened, locale), [], 'device popup');
        }

        // The computer is in London, the platform in Shanghai: the header says so, and times are Shanghai's.
        assert.equal(await page.getAttribute('[data-testid="time-zone"]', 'data-time-zone'), 'Asia/Shanghai');
        assert.ok((await page.textContent('[data-testid="time-zone"]'))!.includes(zoneNameIn(locale, 'Asia/Shanghai')));
        await goTo(page, '#/audit');
        const cell = page.locator('[data-testid="audit-table"] tbody tr time').first();
        assert.equal(await cell.textContent(), dateTimeIn(locale, 'Asia/Shanghai', (await cell.getAttribute('datetime'))!));

        assert.deepEqual(foreignRequests, []);
        assert.deepEqual(errors, []);
      });
      await page.close();
    });
  }

  it('a browser asking for neither language gets Chinese; the header switches at once, and each user’s choice is remembered', { timeout: 120_000 }, async () => {
    const opened = await openPage(browser, platform.baseUrl, '', { locale: 'ko-KR' });
    const { page, errors } = opened;
    await withScreenshot(page, 'i18n-switch', async () => {
      assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
      assert.equal(await page.textContent('[data-testid="sign-in"]'), tIn('zh-CN', 'login.signIn'));
      await signIn(page, ADMIN);
      await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 20_000 });

      // Switched in the header: the page speaks English without a reload, the map included.
      await page.evaluate(() => Object.assign(window, { __samePage: true }));
      await page.selectOption('[data-testid="language"]', 'en');
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      assert.equal(await page.textContent('[data-testid="nav-map"]'), tIn('en', 'view.map'));
      assert.equal(await page.title(), tIn('en', 'app.documentTitle', { view: tIn('en', 'view.map') }));
      await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 20_000 });
      assert.equal(await page.getAttribute('.maplibregl-ctrl-zoom-in', 'title'), tIn('en', 'map.control.zoomIn'));
      assert.equal(await page.evaluate(() => (window as { __samePage?: boolean }).__samePage), true, 'no reload');
      assert.deepEqual(await languageFaults(opened, 'en'), []);

      // Remembered for this user: a reload keeps English.
      await page.reload();
      await page.waitForSelector('[data-testid="app-header"]');
      assert.equal(await page.getAttribute('html', 'lang'), 'en');

      // Signed out, the sign-in page keeps the last choice; someone switches it back to Chinese there…
      await page.click('[data-testid="sign-out"]');
      await page.waitForSelector('[data-testid="login"]');
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      await page.selectOption('[data-testid="language"]', 'zh-CN');
      await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
      // …and the administrator signs in again: their own choice, English, comes back.
      await signIn(page, ADMIN);
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      assert.equal(await page.textContent('[data-testid="sign-out"]'), tIn('en', 'header.signOut'));
      assert.deepEqual(errors, []);
    });
    await page.close();

    // On another computer (a new browser, nothing stored), Chinese by its language: the platform kept the choice.
    const elsewhere = await openPage(browser, platform.baseUrl, '', { locale: 'zh-CN' });
    assert.equal(await elsewhere.page.getAttribute('html', 'lang'), 'zh-CN');
    await signIn(elsewhere.page, ADMIN);
    await elsewhere.page.waitForFunction(() => document.documentElement.lang === 'en');
    await elsewhere.page.close();
  });
});
