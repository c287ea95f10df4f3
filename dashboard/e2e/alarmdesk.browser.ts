// The alarm vertical's back office on a real platform (its own process, PGlite): a pillar in the
// demo county publishes a tamper event over MQTT; once the fault has held (MAINTENANCE_RAISE_AFTER_S=1)
// the installer's maintenance desk, open on a phone, shows it in Chinese through the live feed
// and the installer takes it on. A button press nobody acknowledges (ALARM_ACKNOWLEDGE_WITHIN_S=1)
// gives the governance centre cards: the assessment report shows them and the points lost,
// for the current month in Asia/Shanghai, in Chinese and in English. An administrator names a
// party and writes a linkage plan, and both are saved; an operator looks up the pillar by the
// code a caller reads out. No page has a serious accessibility fault.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { adminFetch, connectDevice, publishAcked, registerDevice, type PlatformProcess, type RegisteredDevice } from '@watchpost/broker/test-support';
import { encodeUplink, uplinkTopic, type UplinkBody } from '@watchpost/firmware-protocol';
import type { MqttClient } from 'mqtt';
import type { Browser } from 'playwright-core';
import { periodAt } from '../src/lib/alarmdesk/periods.js';
import { tIn } from '../src/lib/i18n/say-in.js';
import { PHONE, Resources, accessibilityFaults, demo, goTo, launchBrowser, openPage, screenshot, signIn, smallTargets, startPlatform, withScreenshot, zh } from './support.js';

const COUNTY = 'demo-county';
const GC = { id: 'e2e-gc', name: '城关综治中心' };
const STATION = { id: 'e2e-ps', name: '城关派出所' };

async function api<T>(platform: PlatformProcess, path: string, init: RequestInit = {}): Promise<T> {
  const res = await adminFetch(platform.baseUrl, path, init);
  assert.ok(res.ok, `${init.method ?? 'GET'} ${path}: ${res.status} ${await res.clone().text()}`);
  return (await res.json()) as T;
}

async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T | null | undefined | false>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const got = await probe();
    if (got) return got;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what}: not within ${timeoutMs} ms`);
}

describe('the alarm back office', () => {
  const res = new Resources({ after });
  let platform: PlatformProcess;
  let browser: Browser;
  let pillar: RegisteredDevice;
  let client: MqttClient;
  let seq = 0;
  const send = (body: UplinkBody) => publishAcked(client, uplinkTopic('pillar', pillar.id), encodeUplink({ deviceId: pillar.id, seq: ++seq, deviceTimeMs: Date.now(), body }));

  before(async () => {
    platform = await startPlatform(res, {
      DEMO_USERS: '1',
      MAINTENANCE_RAISE_AFTER_S: '1',
      MAINTENANCE_CLEAR_AFTER_S: '1',
      ALARM_ACKNOWLEDGE_WITHIN_S: '1',
      ALARM_REMIND_EVERY_S: '1',
    });
    for (const [unit, kind] of [
      [GC, 'governance_centre'],
      [STATION, 'police_station'],
    ] as const)
      await api(platform, `/api/v1/units/${unit.id}`, { method: 'PUT', body: JSON.stringify({ name: unit.name, kind, jurisdictionId: COUNTY }) });
    await api(platform, `/api/v1/jurisdictions/${COUNTY}/parties`, { method: 'PUT', body: JSON.stringify({ governance_centre: GC.id }) });
    pillar = await registerDevice(platform.baseUrl, { kind: 'pillar', name: '东门报警柱', lat: 32.99, lon: 118.53 });
    client = await connectDevice(platform.mqttPort, pillar);
    res.defer(() => client.endAsync(true));
    await send({ type: 'pillarHeartbeat', power: 'POWER_SOURCE_MAINS', batteryMv: 13_000, doorOpen: false, camera: 'CAMERA_STATUS_OK', intervalS: 60, firmwareVersion: 'e2e' });
    browser = await launchBrowser(res);
  });

  it('shows a pillar’s tamper alert live on the installer’s phone, in Chinese, and the installer takes it on', { timeout: 90_000 }, async () => {
    const { page, errors } = await openPage(browser, platform.baseUrl, '', { context: PHONE });
    await withScreenshot(page, 'alarmdesk-maintenance', async () => {
      await signIn(page, demo('installer'));
      await goTo(page, '#/maintenance');
      await page.waitForSelector('[data-testid="maintenance"][data-live="true"]');
      assert.equal(await page.locator('h1').textContent(), zh('alarmdesk.view.maintenance'));
      await page.waitForSelector('[data-testid="maintenance-empty"]');

      await send({ type: 'pillarEvent', event: 'PILLAR_EVENT_TYPE_TAMPER_OPENED' });
      // Raised after the hold and told through the live feed: the page is not reloaded.
      const row = page.locator(`[data-testid="maintenance-alerts"] tr[data-device-id="${pillar.id}"][data-condition="tamper"]`);
      await row.waitFor({ timeout: 10_000 });
      assert.equal((await row.locator('[data-testid="alert-condition"]').textContent())?.trim(), zh('alarmdesk.condition.tamper'));
      assert.equal(await row.getAttribute('data-cleared'), 'false');
      assert.match((await row.textContent()) ?? '', /东门报警柱/, 'the pillar by its name');
      await screenshot(page, 'alarmdesk-maintenance-phone');
      assert.deepEqual(await smallTargets(page, '[data-testid="maintenance"]'), [], 'fingertip-sized controls');
      assert.deepEqual(await accessibilityFaults(page), []);

      await row.locator('[data-testid="take-on"]').click();
      await page.waitForSelector(`tr[data-device-id="${pillar.id}"][data-acknowledged="true"] [data-testid="alert-taken"]`);
      const { alerts } = await api<{ alerts: { deviceId: string; condition: string; acknowledgedAt: string | null }[] }>(platform, `/api/v1/maintenance/alerts?device=${pillar.id}`);
      assert.ok(alerts.find((a) => a.condition === 'tamper')?.acknowledgedAt, 'the platform has it taken on');

      // The door shut: the alert clears once that has held, and the desk follows.
      await send({ type: 'pillarEvent', event: 'PILLAR_EVENT_TYPE_TAMPER_CLOSED' });
      await page.waitForSelector('[data-testid="maintenance-empty"]', { timeout: 10_000 });
      await page.click('[data-testid="show-cleared"]');
      await page.waitForSelector(`tr[data-device-id="${pillar.id}"][data-condition="tamper"][data-cleared="true"]`);
      assert.deepEqual(errors, []);
    });
  });

  it('reports this month’s cards and points lost, per unit, in Chinese and in English', { timeout: 90_000 }, async () => {
    await send({ type: 'pillarEvent', event: 'PILLAR_EVENT_TYPE_BUTTON_PRESSED' });
    const month = periodAt('month', 'Asia/Shanghai');
    type ReportJson = { units: { unit: { id: string }; alarmsHandled: number; cards: { yellow: number; red: number }; pointsDeducted: number }[] };
    // Nobody acknowledges within the second: a yellow card, then a red one.
    const report = await until('the governance centre’s red card', 15_000, async () => {
      const r = await api<ReportJson>(platform, `/api/v1/alarm-reports?period=month&at=${month}`);
      const gc = r.units.find((u) => u.unit.id === GC.id);
      return gc && gc.cards.red > 0 ? gc : null;
    });
    assert.equal(report.alarmsHandled, 1);

    const { page, errors } = await openPage(browser, platform.baseUrl);
    await withScreenshot(page, 'alarmdesk-report', async () => {
      await signIn(page, demo('admin'));
      await goTo(page, '#/alarm-report');
      await page.waitForSelector(`[data-testid="alarm-report"][data-period="${month}"]`);
      assert.equal(await page.locator('h1').textContent(), zh('alarmdesk.view.report'));
      const row = page.locator(`[data-testid="report-units"] tr[data-unit-id="${GC.id}"]`);
      assert.equal(await row.locator('[data-testid="points-deducted"]').textContent(), String(report.pointsDeducted));
      assert.ok(report.pointsDeducted >= 4, `yellow and red cost points: ${report.pointsDeducted}`);
      assert.match((await page.locator('[data-testid="report-span"]').textContent()) ?? '', / 至 /);
      await screenshot(page, 'alarmdesk-report-zh');
      assert.equal(await page.getAttribute('[data-testid="report-csv"]', 'href'), `/api/v1/alarm-reports.csv?period=month&at=${month}`);
      const csv = await page.evaluate(
        async (href) => {
          const r = await fetch(href);
          return { status: r.status, type: r.headers.get('content-type'), text: await r.text() };
        },
        (await page.getAttribute('[data-testid="report-csv"]', 'href'))!,
      );
      assert.equal(csv.status, 200);
      assert.match(csv.type ?? '', /^text\/csv/);
      assert.ok(csv.text.includes(GC.name), 'the CSV has the unit');
      assert.deepEqual(await accessibilityFaults(page), []);

      await page.selectOption('[data-testid="language"]', 'en');
      await page.waitForFunction((title) => document.querySelector('main h1')?.textContent === title, tIn('en', 'alarmdesk.view.report'));
      assert.equal(await page.locator('[data-testid="report-units"] thead th').nth(6).textContent(), tIn('en', 'alarmdesk.report.deducted'));
      assert.match((await page.locator('[data-testid="report-span"]').textContent()) ?? '', / to /);

      // The year, and back a year: the picker steps in the platform's zone.
      await page.selectOption('[data-testid="period-kind"]', 'year');
      await page.waitForSelector(`[data-testid="alarm-report"][data-period="${month.slice(0, 4)}"]`);
      await page.click('[data-testid="period-previous"]');
      await page.waitForSelector(`[data-testid="alarm-report"][data-period="${Number(month.slice(0, 4)) - 1}"]`);
      assert.equal(await row.locator('[data-testid="points-deducted"]').textContent(), '0');
      assert.deepEqual(errors, []);
    });
  });

  it('lets an administrator name a party and write a linkage plan, and saves both', { timeout: 90_000 }, async () => {
    const { page, errors } = await openPage(browser, platform.baseUrl);
    await withScreenshot(page, 'alarmdesk-linkage', async () => {
      await signIn(page, demo('admin'));
      await goTo(page, '#/linkage');
      await page.selectOption('[data-testid="linkage-jurisdiction"]', COUNTY);
      await page.waitForSelector('[data-testid="parties"][data-ready="true"]');
      assert.equal(await page.inputValue('[data-testid="party-governance_centre"]'), GC.id);
      await page.selectOption('[data-testid="party-police_station"]', STATION.id);
      await page.click('[data-testid="save-parties"]');
      await page.waitForSelector('[data-testid="party-unit-police_station"]');
      const { parties } = await api<{ parties: { role: string; unit: { id: string } | null; namedIn: string | null }[] }>(platform, `/api/v1/jurisdictions/${COUNTY}/parties`);
      assert.deepEqual(
        parties.find((p) => p.role === 'police_station'),
        { ...parties.find((p) => p.role === 'police_station'), unit: { id: STATION.id, name: STATION.name }, namedIn: COUNTY },
      );

      await page.selectOption('[data-testid="plan-severity"]', 'medium');
      await page.waitForSelector('[data-testid="plan"][data-source="default"]');
      const station = page.locator('[data-testid="plan"] tr[data-role="police_station"]');
      await station.locator('[data-testid="plan-included"]').check();
      await station.locator('[data-testid="plan-when"]').selectOption('press');
      await station.locator('[data-testid="plan-acknowledge-within"]').fill('45');
      await station.locator('[data-testid="plan-dispatch-within"]').fill('240');
      await page.click('[data-testid="save-plan"]');
      await page.waitForSelector('[data-testid="plan"][data-source="own"] [data-testid="plan-saved"]');
      await screenshot(page, 'alarmdesk-linkage');
      assert.deepEqual(await accessibilityFaults(page), []);

      const { plans } = await api<{
        plans: { jurisdictionId: string; severity: string; parties: { role: string; when: string; acknowledgeWithinS: number | null; dispatchWithinS: number | null }[] }[];
      }>(platform, '/api/v1/alarm-plans');
      const plan = plans.find((p) => p.jurisdictionId === COUNTY && p.severity === 'medium');
      assert.ok(plan, 'the plan is saved');
      const saved = plan.parties.find((p) => p.role === 'police_station');
      assert.deepEqual([saved?.when, saved?.acknowledgeWithinS, saved?.dispatchWithinS], ['press', 45, 240]);

      // Reopened, the form shows the saved plan.
      await page.reload();
      await page.waitForSelector('[data-testid="linkage-jurisdiction"]');
      await page.selectOption('[data-testid="linkage-jurisdiction"]', COUNTY);
      await page.selectOption('[data-testid="plan-severity"]', 'medium');
      await page.waitForSelector('[data-testid="plan"][data-source="own"]');
      assert.equal(await station.locator('[data-testid="plan-acknowledge-within"]').inputValue(), '45');

      // The police station's members get text messages: its channels saved.
      await page.waitForSelector('[data-testid="parties"][data-ready="true"]');
      const unit = page.locator('[data-testid="party-unit-police_station"]');
      await unit.locator('summary').click();
      await unit.locator('input[name="sms"]').check();
      await unit.locator('[data-testid="save-channels"]').click();
      await page.waitForSelector('[data-testid="parties"] [role="status"]');
      const after = await api<{ parties: { role: string; channels: { smsMembers: boolean } | null }[] }>(platform, `/api/v1/jurisdictions/${COUNTY}/parties`);
      assert.equal(after.parties.find((p) => p.role === 'police_station')?.channels?.smsMembers, true);

      // Removed, the jurisdiction follows the default plan again.
      await page.click('[data-testid="remove-plan"]');
      await page.waitForSelector('[data-testid="plan"][data-source="default"]');
      const { plans: left } = await api<{ plans: { jurisdictionId: string; severity: string }[] }>(platform, '/api/v1/alarm-plans');
      assert.ok(!left.some((p) => p.jurisdictionId === COUNTY && p.severity === 'medium'), 'the plan is removed');
      assert.deepEqual(errors, []);
    });
  });

  it('finds the pillar by the alarm coordinate a caller reads out', { timeout: 60_000 }, async () => {
    const labels = await (await adminFetch(platform.baseUrl, '/api/v1/alarm-coordinate-labels')).text();
    const code = /<p class="code" translate="no">([A-Z0-9-]+)<\/p>/.exec(labels)?.[1];
    assert.ok(code, 'the pillar has a printed code');
    const { page, errors } = await openPage(browser, platform.baseUrl);
    await withScreenshot(page, 'alarmdesk-coordinates', async () => {
      await signIn(page, demo('operator'));
      await goTo(page, '#/coordinates');
      // Typed as heard: lower case, without the dash.
      await page.fill('[data-testid="coordinate-code"]', code.replace('-', '').toLowerCase());
      await page.click('[data-testid="coordinate-lookup"]');
      const found = page.locator(`[data-testid="coordinate-found"][data-device-id="${pillar.id}"]`);
      await found.waitFor();
      const text = (await found.textContent()) ?? '';
      assert.ok(text.includes(GC.name) && text.includes(zh('alarmdesk.party.governance_centre')), text);
      assert.equal(await page.getAttribute('[data-testid="labels-link"]', 'href'), '/api/v1/alarm-coordinate-labels');
      await screenshot(page, 'alarmdesk-coordinates');
      assert.deepEqual(await accessibilityFaults(page), []);
      assert.deepEqual(errors, []);
    });
  });
});
