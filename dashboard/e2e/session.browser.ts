// The session as a person meets it: a wrong password, a reload, signing out,
// a link to a view before signing in, a session ended under the page, and the
// sign-in rate limit. One platform with the demo accounts; the rate-limit test
// runs last, as it uses up the sign-in attempts of this address.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { PlatformProcess } from '@watchpost/broker/test-support';
import type { Browser, Page } from 'playwright-core';
import { DEMO_NAME, Resources, demo, hashOf, launchBrowser, openPage, signIn, startPlatform, submitStaffForm, withScreenshot, zh } from './support.js';

/** Ends the page's session on the platform, as an expiry or a sign-out elsewhere would. */
async function endSessionElsewhere(page: Page, baseUrl: string): Promise<void> {
  const session = (await page.context().cookies()).find((c) => c.name === 'wp_session');
  assert.ok(session, 'the page has a session cookie');
  const cookie = `wp_session=${session.value}`;
  const { csrfToken } = (await (await fetch(`${baseUrl}/api/v1/auth/me`, { headers: { cookie } })).json()) as { csrfToken: string };
  const res = await fetch(`${baseUrl}/api/v1/auth/logout`, { method: 'POST', headers: { cookie, 'x-csrf-token': csrfToken } });
  assert.equal(res.status, 200, await res.text());
}

describe('the session', () => {
  const res = new Resources({ after });
  let platform: PlatformProcess;
  let browser: Browser;

  before(async () => {
    platform = await startPlatform(res, { DEMO_USERS: '1' });
    browser = await launchBrowser(res);
  });

  it('a wrong password shows the platform’s message and stays on the login view', { timeout: 60_000 }, async () => {
    const { page, errors } = await openPage(browser, platform.baseUrl);
    await withScreenshot(page, 'wrong-password', async () => {
      assert.equal(hashOf(page), '#/login');
      await submitStaffForm(page, { username: 'demo-operator', password: 'not the password' });
      assert.equal(await page.textContent('[data-testid="login-error"]'), zh('error.AUTH_FAILED.password'));
      assert.equal(await page.inputValue('[data-testid="password"]'), '', 'the wrong password is cleared');
      assert.equal(await page.$('[data-testid="app-header"]'), null);
      assert.deepEqual(errors, [`HTTP 401 ${platform.baseUrl}/api/v1/auth/login`]);
    });
    await page.close();
  });

  it('stays signed in across a reload; signing out (with the CSRF token) returns to the login view, and a reload stays signed out', { timeout: 60_000 }, async () => {
    const { page, errors, foreignRequests } = await openPage(browser, platform.baseUrl, '#/map');
    await withScreenshot(page, 'reload-sign-out', async () => {
      await signIn(page, demo('police'));
      await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 20_000 });

      await page.reload();
      await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 20_000 });
      assert.equal(hashOf(page), '#/map');
      assert.equal(await page.textContent('[data-testid="user-name"]'), DEMO_NAME.police);

      const logout = page.waitForRequest((r) => r.url().endsWith('/api/v1/auth/logout'));
      await page.click('[data-testid="sign-out"]');
      assert.ok((await logout).headers()['x-csrf-token'], 'sign-out sends the CSRF token');
      await page.waitForSelector('[data-testid="login"]');
      assert.equal(hashOf(page), '#/login', 'no view is remembered for whoever signs in next');

      await page.reload();
      await page.waitForSelector('[data-testid="login"]');
      assert.equal(await page.$('[data-testid="app-header"]'), null);
      assert.deepEqual(foreignRequests, []);
      assert.deepEqual(errors, []);
    });
    await page.close();
  });

  it('a link to a view leads there after signing in; a session ended under the page leads to the login view, then back', { timeout: 60_000 }, async () => {
    const { page, errors, apiRequests } = await openPage(browser, platform.baseUrl, '#/audit');
    await withScreenshot(page, 'session-ended', async () => {
      assert.equal(hashOf(page), '#/login?next=%2Faudit');
      await signIn(page, demo('admin'));
      await page.waitForSelector('[data-testid="audit-table"]');
      assert.equal(hashOf(page), '#/audit');

      await endSessionElsewhere(page, platform.baseUrl);
      const before = apiRequests.length;
      await page.click('[data-testid="audit-search"]');
      await page.waitForSelector('[data-testid="session-ended"]');
      assert.equal(hashOf(page), '#/login?next=%2Faudit');
      assert.deepEqual(errors, [`HTTP 401 ${platform.baseUrl}/api/v1/audit?limit=50`]);
      assert.deepEqual(apiRequests.slice(before), ['/api/v1/audit?limit=50'], 'one refused request, no retries');

      errors.length = 0;
      await signIn(page, demo('admin'));
      await page.waitForSelector('[data-testid="audit-table"]');
      assert.equal(hashOf(page), '#/audit');
      assert.equal(await page.$('[data-testid="session-ended"]'), null);
      assert.deepEqual(errors, []);
    });
    await page.close();
  });

  it('too many sign-in attempts: the page says so, with the wait the platform gives (an English browser: in English)', { timeout: 60_000 }, async () => {
    const { page } = await openPage(browser, platform.baseUrl, '', { locale: 'en-US' });
    await withScreenshot(page, 'rate-limited', async () => {
      // 10 a minute from one address; earlier tests used some of them.
      let message = '';
      for (let attempt = 0; attempt < 12 && !message.startsWith('Too many attempts'); attempt++) {
        const answered = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login'));
        await submitStaffForm(page, { username: 'demo-operator', password: `wrong ${attempt}` });
        await answered;
        await page.waitForFunction(() => !document.querySelector('[data-testid="sign-in"]:disabled'));
        message = (await page.textContent('[data-testid="login-error"]'))!;
      }
      assert.match(message, /^Too many attempts: try again in \d+ s\.$/);
    });
    await page.close();
  });
});
