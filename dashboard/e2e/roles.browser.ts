// Each role signs in and lands on its own view, sees what it may, and is told
// (without a request for the data) when a view is not for its role.
// One platform with the demo accounts; each sign-in in a fresh browser context.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { registerDevice, type PlatformProcess, type RegisteredDevice } from '@watchpost/broker/test-support';
import type { Browser } from 'playwright-core';
import {
  DEMO_NAME,
  DEMO_OWNER_PHONE,
  Resources,
  demo,
  goTo,
  hashOf,
  launchBrowser,
  navLinks,
  openPage,
  signIn,
  signInOwner,
  smsCode,
  startPlatform,
  waitShown,
  withScreenshot,
  zh,
} from './support.js';
import { viewsFor } from '../src/lib/routes.js';

/** The requests the map view makes; an owner must never make them. */
const MAP_DATA = /^\/api\/v1\/(devices|map\/|live)/;

/** The menu each staff role is offered, in order: the routes table's (its unit test holds the lists). */
const menuOf = (role: 'admin' | 'operator' | 'police' | 'installer') => viewsFor(role).map((v) => `#${v.path}`);
const MENU = { admin: menuOf('admin'), operator: menuOf('operator'), police: menuOf('police'), installer: menuOf('installer') };

describe('signing in by role', () => {
  const res = new Resources({ after });
  let platform: PlatformProcess;
  let browser: Browser;
  let station: RegisteredDevice;

  before(async () => {
    platform = await startPlatform(res, { DEMO_USERS: '1' });
    station = await registerDevice(platform.baseUrl, { kind: 'station', name: 'Role test', lat: 32.99, lon: 118.53 });
    browser = await launchBrowser(res);
  });

  it('operator, police and installer land on the map and see the stations; the audit trail is not for them', { timeout: 120_000 }, async () => {
    for (const role of ['operator', 'police', 'installer'] as const) {
      const { page, errors, foreignRequests, apiRequests } = await openPage(browser, platform.baseUrl);
      await withScreenshot(page, `role-${role}`, async () => {
        await signIn(page, demo(role));
        assert.equal(hashOf(page), '#/map', role);
        await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 20_000 });
        await waitShown(page, station.id, 'never_seen', 5_000);
        assert.equal(await page.getAttribute('[data-testid="app-header"]', 'data-role'), role);
        assert.equal(await page.textContent('[data-testid="demo-banner"]'), zh('demo.banner'));
        assert.deepEqual(await navLinks(page), MENU[role], `${role} is offered only its views`);

        await goTo(page, '#/audit');
        await page.waitForSelector('[data-testid="forbidden"]');
        assert.equal(await page.textContent('[data-testid="forbidden"] h1'), zh('forbidden.title'));
        assert.ok(!apiRequests.some((r) => r.startsWith('/api/v1/audit')), `${role} asked for the audit trail: ${apiRequests.join(', ')}`);

        await goTo(page, '#/account');
        assert.equal(await page.textContent('[data-testid="account-name"]'), DEMO_NAME[role]);
        assert.deepEqual(foreignRequests, []);
        assert.deepEqual(errors, []);
      });
      await page.close();
    }
  });

  it('the administrator lands on the map, finds its own sign-in in the audit trail, pages back and verifies the chain', { timeout: 120_000 }, async () => {
    const { page, errors, foreignRequests } = await openPage(browser, platform.baseUrl);
    await withScreenshot(page, 'role-admin', async () => {
      await signIn(page, demo('admin'));
      assert.equal(hashOf(page), '#/map');
      await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 20_000 });
      await waitShown(page, station.id, 'never_seen', 5_000);
      assert.deepEqual(await navLinks(page), MENU.admin);
      const myId = (await page.getAttribute('[data-testid="app-header"]', 'data-user-id'))!;

      await page.click('[data-testid="nav-audit"]');
      await page.waitForSelector('[data-testid="audit-table"]');
      await page.fill('[data-testid="audit-action"]', 'auth.login');
      await page.click('[data-testid="audit-search"]');
      await page.waitForSelector(`[data-testid="audit-table"] tr[data-action="auth.login"][data-actor-id="${myId}"]`);
      // The first, unfiltered page has the same row: wait until the search's answer has replaced it.
      await page
        .waitForFunction(() => [...document.querySelectorAll('[data-testid="audit-table"] tbody tr')].every((r) => r.getAttribute('data-action')?.startsWith('auth.login')))
        .catch(() => undefined);
      const actions = await page.$$eval('[data-testid="audit-table"] tbody tr', (rows) => rows.map((r) => r.getAttribute('data-action')!));
      assert.ok(
        actions.every((a) => a.startsWith('auth.login')),
        actions.join(', '),
      );

      // Ten at a time, then older ones below them, none twice.
      await page.fill('[data-testid="audit-action"]', '');
      await page.selectOption('[data-testid="audit-limit"]', '10');
      await page.click('[data-testid="audit-search"]');
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="audit-table"] tbody tr').length === 10 && !document.querySelector('[data-testid="audit-search"]:disabled'));
      await page.click('[data-testid="audit-older"]');
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="audit-table"] tbody tr').length > 10);
      const seqs = await page.$$eval('[data-testid="audit-table"] tbody tr', (rows) => rows.map((r) => Number(r.getAttribute('data-seq'))));
      assert.deepEqual(
        seqs,
        [...seqs].sort((a, b) => b - a),
        'newest first',
      );
      assert.equal(new Set(seqs).size, seqs.length);

      await page.click('[data-testid="audit-verify"]');
      await page.waitForSelector('[data-testid="chain-status"]');
      assert.equal(await page.getAttribute('[data-testid="chain-status"]', 'data-intact'), 'true', (await page.textContent('[data-testid="chain-status"]'))!);
      assert.deepEqual(foreignRequests, []);
      assert.deepEqual(errors, []);
    });
    await page.close();
  });

  it('an owner signs in with a code by SMS, lands on their bikes, sees their account, and the map and audit trail are closed to them without a request', { timeout: 120_000 }, async () => {
    const { page, errors, foreignRequests, apiRequests } = await openPage(browser, platform.baseUrl);
    await withScreenshot(page, 'role-owner', async () => {
      // A wrong code first: the platform's message, and the form stays.
      await page.click('[data-testid="mode-owner"]');
      await page.fill('[data-testid="phone"]', DEMO_OWNER_PHONE);
      const logged = platform.logs.length;
      await page.click('[data-testid="send-code"]');
      const code = await smsCode(platform, logged);
      await page.fill('[data-testid="code"]', code === '000000' ? '000001' : '000000');
      await page.click('[data-testid="verify-code"]');
      assert.equal(await page.textContent('[data-testid="login-error"]'), zh('error.AUTH_FAILED.code'));
      assert.deepEqual(errors.splice(0), [`HTTP 401 ${platform.baseUrl}/api/v1/auth/code/verify`]);
      // Then a new code, the right one.
      await page.click('[data-testid="change-phone"]');
      await signInOwner(page, platform, DEMO_OWNER_PHONE);

      assert.equal(hashOf(page), '#/my-bikes', 'owners land on their bikes');
      await page.waitForSelector('[data-testid="my-bikes-page"]');
      await goTo(page, '#/account');
      await page.waitForSelector('[data-testid="account"]');
      assert.equal(await page.getAttribute('[data-testid="app-header"]', 'data-role'), 'owner');
      assert.equal(await page.textContent('[data-testid="account-phone"]'), DEMO_OWNER_PHONE);
      await page.waitForSelector('[data-testid="owner-record"]');
      assert.equal(await page.textContent('[data-testid="owner-phone"]'), DEMO_OWNER_PHONE, 'an owner sees their own record unmasked');
      assert.equal(await page.textContent('[data-testid="bikes-note"]'), zh('account.bikes.note'));
      assert.deepEqual(await navLinks(page), ['#/my-bikes', '#/account']);
      await page.waitForSelector('[data-testid="demo-banner"]');

      for (const hash of ['#/map', '#/audit']) {
        await goTo(page, hash);
        await page.waitForSelector('[data-testid="forbidden"]');
        assert.equal(await page.textContent('[data-testid="forbidden"] h1'), zh('forbidden.title'));
      }
      await page.reload();
      await page.waitForSelector('[data-testid="forbidden"]'); // straight from the address bar too
      await new Promise((r) => setTimeout(r, 300)); // room for a stray request to show up
      assert.deepEqual(
        apiRequests.filter((r) => MAP_DATA.test(r) || r.startsWith('/api/v1/audit')),
        [],
        `requests made: ${apiRequests.join(', ')}`,
      );
      assert.ok(apiRequests.includes('/api/v1/owners'), 'the account view reads the owner record');
      assert.deepEqual(foreignRequests, []);
      assert.deepEqual(errors, []);
    });
    await page.close();
  });
});
