// The administration views, as each role meets them: an installer registers a
// station, police register an owner, the administrator manages staff accounts
// and API tokens, a staff member changes their password, and an owner is shown
// none of it. One platform with the demo accounts; each test signs in as its
// own users (the sign-in limit counts per address and user name).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { connectDevice, publishAcked, type PlatformProcess } from '@watchpost/broker/test-support';
import { uplinkTopic } from '@watchpost/firmware-protocol';
import type { Browser, Page } from 'playwright-core';
import { viewsFor } from '../src/lib/routes.js';
import {
  ADMIN,
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
  smsLogged,
  startPlatform,
  stationHeartbeat,
  submitStaffForm,
  waitShown,
  withScreenshot,
  zh,
} from './support.js';

/** The views this file is about, and their titles (shown on the forbidden view). */
const ADMINISTRATION = { '#/devices/new': zh('view.devices-new'), '#/owners/new': zh('view.owners-new'), '#/people': zh('view.people'), '#/tokens': zh('view.tokens') } as const;
type AdministrationView = keyof typeof ADMINISTRATION;

/** Opens a view by its address and waits until the forbidden view says it is this one that is closed. */
async function expectForbidden(page: Page, hash: AdministrationView): Promise<void> {
  await goTo(page, hash);
  await page.waitForFunction((title) => document.querySelector('[data-testid="forbidden"]')?.textContent?.includes(`“${title}”`), ADMINISTRATION[hash]);
  assert.equal(await page.textContent('[data-testid="forbidden"] h1'), zh('forbidden.title'));
}

const text = async (page: Page, selector: string) => ((await page.textContent(selector)) ?? '').trim();

describe('administration', () => {
  const res = new Resources({ after });
  let platform: PlatformProcess;
  let browser: Browser;

  before(async () => {
    platform = await startPlatform(res, { DEMO_USERS: '1' });
    browser = await launchBrowser(res);
  });

  it(
    'an installer registers a station by its serial, sees its secret once, and finds it on the map; the serial again is refused; people and tokens are closed to them',
    { timeout: 120_000 },
    async () => {
      const { page, errors, foreignRequests, apiRequests } = await openPage(browser, platform.baseUrl);
      const SERIAL = 'st-e2e-0001';
      await withScreenshot(page, 'admin-register-device', async () => {
        // Standing at the pole: the phone knows where it is.
        await page.context().grantPermissions(['geolocation', 'clipboard-read', 'clipboard-write'], { origin: platform.baseUrl });
        await page.context().setGeolocation({ latitude: 32.991234, longitude: 118.529876, accuracy: 8 });
        await signIn(page, demo('installer'));
        assert.deepEqual(
          await navLinks(page),
          viewsFor('installer').map((v) => `#${v.path}`),
        );
        await page.click('[data-testid="nav-devices-new"]');
        await page.waitForSelector('[data-testid="device-form"]');
        assert.deepEqual(
          await page.$$eval('[data-testid="device-kind"] option', (options) => options.map((o) => (o as HTMLOptionElement).value)),
          ['station', 'pillar'],
          'tags are for administrators to register',
        );

        // A serial the platform would refuse is explained before anything is sent.
        const sentBefore = apiRequests.length;
        await page.fill('[data-testid="device-id"]', 'st 0001');
        await page.click('[data-testid="register-device"]');
        assert.equal(await text(page, '[data-testid="device-error"]'), zh('form.device.idInvalid'));
        assert.deepEqual(apiRequests.slice(sentBefore), []);

        // As printed on the label, in capitals: registered in lower case.
        await page.fill('[data-testid="device-id"]', SERIAL.toUpperCase());
        await page.fill('[data-testid="device-name"]', 'Huaihe bridge, north end');
        await page.click('[data-testid="use-location"]');
        await page.waitForSelector('[data-testid="location-note"]');
        assert.equal(await page.inputValue('[data-testid="device-lat"]'), '32.991234');
        assert.equal(await page.inputValue('[data-testid="device-lon"]'), '118.529876');
        await page.click('[data-testid="register-device"]');
        await page.waitForSelector(`[data-testid="registered-device"][data-device-id="${SERIAL}"]`);
        const secret = await page.inputValue('[data-testid="device-secret"]');
        assert.match(secret, /^[0-9a-f]{32}$/);
        assert.ok((await text(page, '[data-testid="registered-device"]')).includes(zh('secret.shownOnce')));
        assert.equal(await text(page, '[data-testid="uplink-topic"]'), uplinkTopic('station', SERIAL));
        assert.match(await text(page, '[data-testid="connection-details"]'), new RegExp(`127\\.0\\.0\\.1:${platform.mqttPort}`));
        await page.click('[data-testid="device-secret-copy"]');
        await page.waitForFunction(() => document.querySelector('[data-testid="device-secret-copy-status"]')?.textContent?.trim());
        assert.equal(await text(page, '[data-testid="device-secret-copy-status"]'), zh('secret.copied'));
        assert.equal(await page.evaluate(() => navigator.clipboard.readText()), secret);

        // On the map, never seen; then, with the secret the page showed, online.
        await page.click('[data-testid="see-on-map"]');
        await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 20_000 });
        await waitShown(page, SERIAL, 'never_seen', 5_000);
        const client = await connectDevice(platform.mqttPort, { id: SERIAL, secret });
        res.defer(() => client.end(true));
        await publishAcked(client, uplinkTopic('station', SERIAL), stationHeartbeat(SERIAL, 1));
        await waitShown(page, SERIAL, 'online', 5_000);

        // Shown once: back on the view, the form again, and no secret.
        await goTo(page, '#/devices/new');
        await page.waitForSelector('[data-testid="device-form"]');
        assert.equal(await page.$('[data-testid="device-secret"]'), null);
        await page.fill('[data-testid="device-id"]', SERIAL);
        await page.click('[data-testid="register-device"]');
        await page.waitForSelector('[data-testid="device-error"]');
        assert.equal(await text(page, '[data-testid="device-error"]'), zh('error.DEVICE_ID_TAKEN.id', { id: SERIAL }));
        assert.deepEqual(errors.splice(0), [`HTTP 409 ${platform.baseUrl}/api/v1/devices`]);

        await expectForbidden(page, '#/people');
        await expectForbidden(page, '#/tokens');
        await expectForbidden(page, '#/owners/new');
        await new Promise((r) => setTimeout(r, 300)); // room for a stray request to show up
        assert.deepEqual(
          apiRequests.filter((r) => /^\/api\/v1\/(users|tokens|owners)/.test(r)),
          [],
          `requests made: ${apiRequests.join(', ')}`,
        );
        assert.deepEqual(foreignRequests, []);
        assert.deepEqual(errors, []);
      });
      await page.close();
    },
  );

  it('police register an owner at the registration point and see the record; the same phone again is a conflict', { timeout: 60_000 }, async () => {
    const { page, errors, foreignRequests, apiRequests } = await openPage(browser, platform.baseUrl);
    await withScreenshot(page, 'admin-register-owner', async () => {
      await signIn(page, demo('police'));
      assert.deepEqual(
        await navLinks(page),
        viewsFor('police').map((v) => `#${v.path}`),
      );
      await page.click('[data-testid="nav-owners-new"]');
      await page.waitForSelector('[data-testid="owner-form"]');
      assert.equal(await page.isChecked('[data-testid="new-owner-invite"]'), true, 'the invitation is sent unless unticked');

      await page.fill('[data-testid="new-owner-name"]', 'Li Wei');
      await page.fill('[data-testid="new-owner-phone"]', '139 1234 5678');
      await page.fill('[data-testid="new-owner-id-number"]', '32083019900101123x');
      const logged = platform.logs.length;
      await page.click('[data-testid="register-owner"]');
      await page.waitForSelector('[data-testid="registered-owner"]');
      assert.match((await page.getAttribute('[data-testid="registered-owner"]', 'data-owner-id'))!, /^u-[0-9a-f]{12}$/);
      assert.equal(await text(page, '[data-testid="registered-owner"] [data-testid="owner-name"]'), 'Li Wei');
      assert.equal(await text(page, '[data-testid="registered-owner"] [data-testid="owner-phone"]'), '13912345678', 'the registration point sees what it typed, in full');
      assert.equal(await text(page, '[data-testid="registered-owner"] [data-testid="owner-id-number"]'), '32083019900101123X');
      // The invitation goes out through the outbox, in Chinese, a moment after the answer.
      await smsLogged(platform, logged, /车主登记/);

      // The same phone again.
      await page.click('[data-testid="register-another"]');
      await page.fill('[data-testid="new-owner-name"]', 'Li Wei (again)');
      await page.fill('[data-testid="new-owner-phone"]', '13912345678');
      await page.click('[data-testid="register-owner"]');
      await page.waitForSelector('[data-testid="owner-error"]');
      assert.equal(await text(page, '[data-testid="owner-error"]'), zh('error.USER_EXISTS.phone', { phone: '13912345678' }));
      assert.equal(await page.$('[data-testid="registered-owner"]'), null);
      assert.deepEqual(errors.splice(0), [`HTTP 409 ${platform.baseUrl}/api/v1/owners`]);

      await expectForbidden(page, '#/people');
      await expectForbidden(page, '#/tokens');
      await expectForbidden(page, '#/devices/new');
      assert.deepEqual(
        apiRequests.filter((r) => /^\/api\/v1\/(users|tokens)/.test(r)),
        [],
      );
      assert.deepEqual(foreignRequests, []);
      assert.deepEqual(errors, []);
    });
    await page.close();
  });

  it('the administrator creates an operator, who signs in and lands on the map; once disabled, their session ends and signing in says the account is disabled', { timeout: 90_000 }, async () => {
    const admin = await openPage(browser, platform.baseUrl);
    const operator = { username: 'e2e-operator', password: 'operator-first-pass' };
    await withScreenshot(admin.page, 'admin-people', async () => {
      const { page, errors } = admin;
      await signIn(page, ADMIN);
      await page.click('[data-testid="nav-people"]');
      await page.waitForSelector('[data-testid="staff-table"] tbody tr');
      const myId = (await page.getAttribute('[data-testid="app-header"]', 'data-user-id'))!;
      assert.equal(await page.$(`tr[data-user-id="${myId}"] [data-testid="toggle-disabled"]`), null, 'no button to disable oneself');
      assert.equal(await page.getAttribute('tr[data-username="demo-police"]', 'data-disabled'), 'false');

      // Owners, read-only and masked.
      await page.waitForSelector('[data-testid="owner-table"]');
      const ownerPhones = await page.$$eval('[data-testid="owner-table"] [data-testid="owner-phone"]', (cells) => cells.map((c) => c.textContent?.trim()));
      assert.ok(ownerPhones.includes('138****0000'), `owner phones: ${ownerPhones.join(', ')}`);
      assert.ok(!ownerPhones.includes(DEMO_OWNER_PHONE));
      assert.equal(await page.$('[data-testid="owner-table"] button, [data-testid="owner-table"] input'), null);

      await page.fill('[data-testid="staff-username"]', operator.username);
      await page.fill('[data-testid="staff-display-name"]', 'E2E Operator');
      await page.selectOption('[data-testid="staff-role"]', 'operator');
      await page.fill('[data-testid="staff-password"]', operator.password);
      await page.click('[data-testid="create-staff"]');
      const row = `tr[data-username="${operator.username}"]`;
      await page.waitForSelector(`${row}[data-disabled="false"]`);
      assert.match((await page.getAttribute(row, 'data-user-id'))!, /^u-[0-9a-f]{12}$/);
      assert.equal(await page.inputValue('[data-testid="staff-username"]'), '', 'the form is cleared for the next');

      // The same user name again: the platform's conflict.
      await page.fill('[data-testid="staff-username"]', operator.username);
      await page.fill('[data-testid="staff-display-name"]', 'Someone else');
      await page.fill('[data-testid="staff-password"]', 'another-long-pass');
      await page.click('[data-testid="create-staff"]');
      await page.waitForSelector('[data-testid="staff-error"]');
      assert.equal(await text(page, '[data-testid="staff-error"]'), zh('error.USER_EXISTS.username', { username: operator.username }));
      assert.deepEqual(errors.splice(0), [`HTTP 409 ${platform.baseUrl}/api/v1/users`]);
      assert.equal(await page.$$eval(row, (rows) => rows.length), 1);

      // The operator signs in elsewhere (a new browser context).
      const op = await openPage(browser, platform.baseUrl);
      await withScreenshot(op.page, 'admin-people-operator', async () => {
        await signIn(op.page, operator);
        assert.equal(hashOf(op.page), '#/map');
        assert.equal(await op.page.getAttribute('[data-testid="app-header"]', 'data-role'), 'operator');

        await page.click(`${row} [data-testid="toggle-disabled"]`);
        await page.waitForSelector(`${row}[data-disabled="true"]`);
        assert.equal(await text(page, `${row} [data-testid="staff-status"]`), zh('people.staff.disabled'));

        // Their session is over, and they cannot sign in again.
        await op.page.reload();
        await op.page.waitForSelector('[data-testid="login"]');
        await submitStaffForm(op.page, operator);
        await op.page.waitForSelector('[data-testid="login-error"]');
        assert.equal(await text(op.page, '[data-testid="login-error"]'), zh('error.AUTH_FAILED.disabled'));
        assert.equal(await op.page.$('[data-testid="app-header"]'), null);
      });
      await op.page.close();

      // Enabling undoes it.
      await page.click(`${row} [data-testid="toggle-disabled"]`);
      await page.waitForSelector(`${row}[data-disabled="false"]`);
      assert.deepEqual(admin.foreignRequests, []);
      assert.deepEqual(errors, []);
    });
    await admin.page.close();
  });

  it('the administrator creates a token with the devices scope, sees it once; it reads devices until revoked in the page', { timeout: 60_000 }, async () => {
    const { page, errors, foreignRequests, apiRequests } = await openPage(browser, platform.baseUrl);
    await withScreenshot(page, 'admin-tokens', async () => {
      await signIn(page, ADMIN);
      await page.click('[data-testid="nav-tokens"]');
      await page.waitForSelector('[data-testid="token-table"]');

      // Without a scope the token could do nothing: said before anything is sent.
      await page.fill('[data-testid="token-name"]', 'E2E integration');
      const sentBefore = apiRequests.length;
      await page.click('[data-testid="create-token"]');
      assert.equal(await text(page, '[data-testid="token-error"]'), zh('form.token.scopeRequired'));
      assert.deepEqual(apiRequests.slice(sentBefore), []);

      await page.check('[data-testid="token-scope-devices"]');
      await page.fill('[data-testid="token-expiry"]', '30');
      await page.click('[data-testid="create-token"]');
      await page.waitForSelector('[data-testid="created-token"]');
      const tokenId = (await page.getAttribute('[data-testid="created-token"]', 'data-token-id'))!;
      const token = await page.inputValue('[data-testid="token-secret"]');
      assert.match(token, new RegExp(`^wpt_${tokenId}_`));
      assert.ok((await text(page, '[data-testid="created-token"]')).includes(zh('secret.shownOnce')));
      const row = `[data-testid="token-table"] tr[data-token-id="${tokenId}"]`;
      assert.equal(await page.getAttribute(row, 'data-status'), 'active');
      assert.match(await text(page, row), /E2E integration/);

      const bearer = { authorization: `Bearer ${token}` };
      const devices = await fetch(`${platform.baseUrl}/api/v1/devices`, { headers: bearer });
      assert.equal(devices.status, 200, await devices.text());
      const users = await fetch(`${platform.baseUrl}/api/v1/users`, { headers: bearer });
      assert.equal(users.status, 403, 'people is not among its scopes');

      await page.click(`${row} [data-testid="revoke-token"]`);
      await page.click(`${row} [data-testid="confirm-revoke"]`);
      await page.waitForSelector(`${row}[data-status="revoked"]`);
      assert.equal(await page.$('[data-testid="created-token"]'), null, 'a revoked token is not offered for copying');
      const afterRevoke = await fetch(`${platform.baseUrl}/api/v1/devices`, { headers: bearer });
      assert.equal(afterRevoke.status, 401, await afterRevoke.text());
      assert.equal(await text(page, `${row} td[data-kind="personal"]`), zh('token.actsAs.you'), 'a personal token acts as its creator');

      // A service account of its own, with a narrower role: listed as such, and it acts as that role.
      await page.fill('[data-testid="token-name"]', 'E2E provisioning');
      await page.check('[data-testid="token-kind-service"]');
      await page.selectOption('[data-testid="token-role"]', 'installer');
      await page.check('[data-testid="token-scope-devices"]');
      await page.click('[data-testid="create-token"]');
      await page.waitForSelector('[data-testid="created-token"]');
      const serviceId = (await page.getAttribute('[data-testid="created-token"]', 'data-token-id'))!;
      const service = { authorization: `Bearer ${await page.inputValue('[data-testid="token-secret"]')}` };
      const serviceRow = `[data-testid="token-table"] tr[data-token-id="${serviceId}"]`;
      assert.equal(
        await text(page, `${serviceRow} td[data-kind="service"]`),
        `${zh('token.actsAs.service', { role: zh('role.installer') })} svc-${serviceId}${zh('token.actsAs.by', { by: zh('token.actsAs.you') })}`,
      );
      assert.equal((await fetch(`${platform.baseUrl}/api/v1/devices`, { headers: service })).status, 200);
      assert.equal((await fetch(`${platform.baseUrl}/api/v1/users`, { headers: service })).status, 403, 'an installer reaches no staff accounts');

      // A role reaching further than the administrator's is refused, and says why.
      await page.fill('[data-testid="token-name"]', 'E2E police bridge');
      await page.check('[data-testid="token-kind-service"]');
      await page.selectOption('[data-testid="token-role"]', 'police');
      await page.check('[data-testid="token-scope-people"]');
      await page.click('[data-testid="create-token"]');
      await page.waitForSelector('[data-testid="token-error"]');
      assert.equal(await text(page, '[data-testid="token-error"]'), zh('error.TOKEN_REACH_EXCEEDED'));
      assert.deepEqual(errors.splice(0), [`HTTP 403 ${platform.baseUrl}/api/v1/tokens`]);
      assert.deepEqual(foreignRequests, []);
      assert.deepEqual(errors, []);
    });
    await page.close();
  });

  it('a staff member changes their password: this session goes on, the other ends, and only the new password signs in', { timeout: 90_000 }, async () => {
    const old = demo('operator');
    const changed = { username: old.username, password: 'operator-second-pass' };
    const here = await openPage(browser, platform.baseUrl);
    const elsewhere = await openPage(browser, platform.baseUrl);
    await withScreenshot(here.page, 'admin-password', async () => {
      const { page, errors } = here;
      await signIn(page, old);
      await signIn(elsewhere.page, old);
      await page.click('[data-testid="nav-account"]');
      await page.waitForSelector('[data-testid="password-form"]');

      // A wrong current password: the platform's message, and still signed in.
      await page.fill('[data-testid="current-password"]', 'not the password');
      await page.fill('[data-testid="new-password"]', changed.password);
      await page.fill('[data-testid="repeat-password"]', changed.password);
      await page.click('[data-testid="change-password"]');
      await page.waitForSelector('[data-testid="password-error"]');
      assert.equal(await text(page, '[data-testid="password-error"]'), zh('error.AUTH_FAILED.currentPassword'));
      assert.deepEqual(errors.splice(0), [`HTTP 401 ${platform.baseUrl}/api/v1/auth/password`]);
      assert.ok(await page.$('[data-testid="app-header"]'), 'a wrong current password does not sign out');

      await page.fill('[data-testid="current-password"]', old.password);
      await page.fill('[data-testid="new-password"]', changed.password);
      await page.fill('[data-testid="repeat-password"]', changed.password);
      await page.click('[data-testid="change-password"]');
      await page.waitForSelector('[data-testid="password-changed"]');
      assert.equal(await page.inputValue('[data-testid="new-password"]'), '', 'the passwords are not left in the form');

      await page.reload();
      await page.waitForSelector('[data-testid="account"]');
      await elsewhere.page.reload();
      await elsewhere.page.waitForSelector('[data-testid="login"]');

      const fresh = await openPage(browser, platform.baseUrl);
      await submitStaffForm(fresh.page, old);
      await fresh.page.waitForSelector('[data-testid="login-error"]');
      assert.equal(await text(fresh.page, '[data-testid="login-error"]'), zh('error.AUTH_FAILED.password'));
      await signIn(fresh.page, changed);
      assert.equal(hashOf(fresh.page), '#/map');
      await fresh.page.close();
      assert.deepEqual(errors, []);
    });
    await here.page.close();
    await elsewhere.page.close();
  });

  it('an owner is offered none of these views and is shown the forbidden view on each, without a request for their data', { timeout: 60_000 }, async () => {
    const { page, errors, foreignRequests, apiRequests } = await openPage(browser, platform.baseUrl);
    await withScreenshot(page, 'admin-owner', async () => {
      await signInOwner(page, platform, DEMO_OWNER_PHONE);
      assert.deepEqual(await navLinks(page), ['#/my-bikes', '#/account']);
      await goTo(page, '#/account');
      await page.waitForSelector('[data-testid="owner-record"]');
      assert.equal(await page.$('[data-testid="password-form"]'), null, 'owners have no password to change');
      for (const hash of Object.keys(ADMINISTRATION) as AdministrationView[]) await expectForbidden(page, hash);
      await page.reload();
      await page.waitForSelector('[data-testid="forbidden"]'); // straight from the address bar too
      await new Promise((r) => setTimeout(r, 300));
      assert.deepEqual(
        apiRequests.filter((r) => /^\/api\/v1\/(users|tokens|devices)/.test(r)),
        [],
        `requests made: ${apiRequests.join(', ')}`,
      );
      assert.deepEqual(foreignRequests, []);
      assert.deepEqual(errors, []);
    });
    await page.close();
  });
});
