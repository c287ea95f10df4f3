// Accessibility of every page, checked by axe-core injected into the page (WCAG 2.1 A and AA
// rules: labels and names of controls, contrast, roles, landmarks): no serious or critical
// fault on any view, signed out, as staff and as an owner on a phone; the keyboard reaches the
// sign-in form with a visible focus; and the check itself fails on a planted fault.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { registerDevice, type PlatformProcess } from '@watchpost/broker/test-support';
import type { Browser, Page } from 'playwright-core';
import {
  ADMIN,
  DEMO_OWNER_PHONE,
  PHONE,
  Resources,
  accessibilityFaults,
  goTo,
  launchBrowser,
  openPage,
  screenshot,
  signIn,
  signInOwner,
  smallTargets,
  startPlatform,
  withScreenshot,
} from './support.js';

const VIEWS: { hash: string; ready: string }[] = [
  { hash: '#/map', ready: '[data-testid="map"][data-ready="true"]' },
  { hash: '#/devices/new', ready: '[data-testid="device-form"]' },
  { hash: '#/owners/new', ready: '[data-testid="owner-form"]' },
  { hash: '#/bikes/new', ready: '[data-testid="owner-lookup"]' },
  { hash: '#/cases', ready: '[data-testid="cases-page"] [data-testid="no-cases"]' },
  { hash: '#/people', ready: '[data-testid="owner-table"]' },
  { hash: '#/tokens', ready: '[data-testid="token-table"]' },
  { hash: '#/audit', ready: '[data-testid="audit-table"]' },
  { hash: '#/account', ready: '[data-testid="password-form"]' },
];

/** The outline the focused element is drawn with: none means the keyboard user cannot see where they are. */
const focusOutline = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return null;
    const style = getComputedStyle(el);
    return { testid: el.getAttribute('data-testid'), outline: `${style.outlineStyle} ${style.outlineWidth}` };
  });

describe('accessibility', () => {
  const res = new Resources({ after });
  let platform: PlatformProcess;
  let browser: Browser;

  before(async () => {
    platform = await startPlatform(res, { DEMO_USERS: '1' });
    await registerDevice(platform.baseUrl, { kind: 'station', name: '淮河大桥北端', lat: 32.99, lon: 118.53 });
    await registerDevice(platform.baseUrl, { kind: 'station', name: '城南基站（待安装）' });
    browser = await launchBrowser(res);
  });

  it('signed out: the sign-in page has no serious fault, and the keyboard reaches its fields with a visible focus', { timeout: 60_000 }, async () => {
    const { page, errors } = await openPage(browser, platform.baseUrl);
    await withScreenshot(page, 'a11y-login', async () => {
      assert.deepEqual(await accessibilityFaults(page), [], 'staff sign-in');
      await page.click('[data-testid="mode-owner"]');
      assert.deepEqual(await accessibilityFaults(page), [], 'owner sign-in');
      await page.click('[data-testid="mode-staff"]');

      await page.focus('[data-testid="username"]');
      const reached: (string | null)[] = [];
      for (let i = 0; i < 3; i++) {
        const focused = await focusOutline(page);
        reached.push(focused?.testid ?? null);
        assert.match(focused?.outline ?? '', /^solid [1-9]/, `a visible focus on ${focused?.testid}`);
        await page.keyboard.press('Tab');
      }
      assert.deepEqual(reached.slice(0, 2), ['username', 'password']);
      await page.fill('[data-testid="username"]', ADMIN.username);
      await page.fill('[data-testid="password"]', ADMIN.password);
      await page.focus('[data-testid="password"]');
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-testid="app-header"]');
      assert.deepEqual(errors, []);
    });
    await page.close();
  });

  it('every view of the administrator has no serious or critical fault', { timeout: 120_000 }, async () => {
    const { page, errors } = await openPage(browser, platform.baseUrl);
    await withScreenshot(page, 'a11y-views', async () => {
      await signIn(page, ADMIN);
      for (const view of VIEWS) {
        await goTo(page, view.hash);
        await page.waitForSelector(view.ready, { timeout: 20_000 });
        assert.deepEqual(await accessibilityFaults(page), [], view.hash);
      }
      // The map with a device's panel open (a device without a position), and with a popup.
      await goTo(page, '#/map');
      await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 20_000 });
      await page.click('[data-testid="device-list"] li:has-text("城南基站") button');
      await page.waitForSelector('[data-testid="device-card"]');
      assert.deepEqual(await accessibilityFaults(page), [], 'device panel');
      await page.click('[data-testid="device-list"] li:has-text("淮河大桥") button');
      await page.waitForSelector('.maplibregl-popup .details');
      assert.deepEqual(await accessibilityFaults(page), [], 'device popup');
      // A view the role may not open says so accessibly too.
      assert.deepEqual(errors, []);
    });
    await page.close();
  });

  it('an owner on a phone: their bikes, the account page and the forbidden view have no serious fault', { timeout: 60_000 }, async () => {
    const { page, errors } = await openPage(browser, platform.baseUrl, '', { context: PHONE });
    await withScreenshot(page, 'a11y-owner', async () => {
      await signInOwner(page, platform, DEMO_OWNER_PHONE);
      await page.waitForSelector('[data-testid="no-bikes"]');
      assert.deepEqual(await accessibilityFaults(page), [], 'my bikes');
      assert.deepEqual(await smallTargets(page, 'body'), [], 'my bikes: every control fingertip-sized');
      await goTo(page, '#/account');
      await page.waitForSelector('[data-testid="owner-record"]');
      assert.deepEqual(await accessibilityFaults(page), [], 'account');
      assert.deepEqual(await smallTargets(page, 'body'), [], 'every control fingertip-sized');
      await screenshot(page, 'phone-owner-account');
      await goTo(page, '#/map');
      await page.waitForSelector('[data-testid="forbidden"]');
      assert.deepEqual(await accessibilityFaults(page), [], 'forbidden');
      assert.deepEqual(errors, []);
    });
    await page.close();
  });

  it('the check fails on a planted fault: an unlabelled button, a field without a label, grey on grey', { timeout: 60_000 }, async () => {
    const { page } = await openPage(browser, platform.baseUrl);
    assert.deepEqual(await accessibilityFaults(page), []);
    await page.evaluate(() => {
      const planted = document.createElement('div');
      planted.innerHTML = '<button type="button"></button><input type="text"><p style="color:#bbb;background:#ccc">低对比度</p>';
      document.querySelector('[data-testid="login"]')!.append(planted);
    });
    const faults = await accessibilityFaults(page);
    for (const rule of ['button-name', 'label', 'color-contrast'])
      assert.ok(
        faults.some((f) => f.startsWith(`${rule} `)),
        `${rule} in ${faults.join('\n')}`,
      );
    await page.close();
  });
});
