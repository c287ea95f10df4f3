// The alarm pillars end to end, with the simulator: the simulated county runs against the real
// platform (its pillars on MQTT), its pillar scenario names the five parties of every jurisdiction,
// each with a webhook receiver. A pillar's button is pressed; the duty operator of the governance
// centre sees the alarm and its five-party board on the console, receives it, answers the caller,
// verifies it and dispatches the police station; the station's officer acknowledges on a phone and
// its reminders stop (on the board and at its receiver); the district centre never acknowledges and
// turns yellow, then red, each card told to the supervisor. Chinese throughout, screenshots saved.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { adminFetch, type PlatformProcess } from '@watchpost/broker/test-support';
import { ApiClient, CountyPlatformApi, PillarAlarms, runCounty, type CountyRun, type PartyRole } from '@watchpost/device-sim';
import type { DownlinkFrame } from '@watchpost/firmware-protocol';
import { eventually, testLogger } from '@watchpost/ingest/test-support';
import type { Browser, Page } from 'playwright-core';
import { englishIn, readableTexts } from './i18n-scan.js';
import { ADMIN, PHONE, Resources, accessibilityFaults, launchBrowser, openPage, screenshot, signIn, startPlatform, withScreenshot, zh, type Credentials } from './support.js';

/** Every party is told on the press (the scenario's plan): acknowledge within this, reminded this often; red as long after yellow. */
const ACK_WITHIN_S = 15;
const REMIND_EVERY_S = 2;
const OPERATOR: Credentials = { username: 'sim-gc-duty', password: 'sim-gc-duty-password' };
const OFFICER: Credentials = { username: 'sim-ps-duty', password: 'sim-ps-duty-password' };

async function createUser(platform: PlatformProcess, who: Credentials, body: Record<string, unknown>): Promise<void> {
  const res = await adminFetch(platform.baseUrl, '/api/v1/users', { method: 'POST', body: JSON.stringify({ username: who.username, password: who.password, ...body }) });
  assert.equal(res.status, 201, await res.text());
}

async function getJson<T>(platform: PlatformProcess, path: string): Promise<T> {
  const res = await adminFetch(platform.baseUrl, `/api/v1${path}`);
  const text = await res.text();
  assert.equal(res.status, 200, `GET ${path}: ${text}`);
  return JSON.parse(text) as T;
}

/** Every text on the page is Chinese but names, codes and protocol names. */
async function noEnglish(page: Page, what: string): Promise<void> {
  assert.deepEqual(englishIn(await readableTexts(page)), [], `English on ${what}`);
}

const timelineSteps = (page: Page) => page.$$eval('[data-testid="timeline-entry"]', (els) => els.map((e) => e.getAttribute('data-step')));

async function stepLands(page: Page, button: string, step: string): Promise<void> {
  await page.click(`[data-testid="${button}"]`);
  await page.waitForSelector(`[data-testid="timeline-entry"][data-step="${step}"]`, { timeout: 5_000 });
}

const row = (role: PartyRole) => `[data-testid="party-row"][data-role="${role}"]`;

/**
 * Records in the page every level a party's row shows, in order (window.partyLevels), so a
 * yellow card that turns red while the test is busy elsewhere is still seen. A string: tsx would
 * wrap a TypeScript callback's functions in a helper the page does not have.
 */
const recordLevels = (role: PartyRole) => `(() => {
  const seen = [];
  window.partyLevels = seen;
  const look = () => {
    const level = document.querySelector('${row(role)}')?.getAttribute('data-level');
    if (level && seen.at(-1) !== level) seen.push(level);
  };
  new MutationObserver(look).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-level'] });
  look();
})()`;

describe('a simulated pillar’s alarm, from the press to the red card', () => {
  const res = new Resources({ after });
  let platform: PlatformProcess;
  let run: CountyRun;
  let scenario: PillarAlarms;
  let browser: Browser;

  before(async () => {
    platform = await startPlatform(res, { ALARM_ACKNOWLEDGE_WITHIN_S: String(ACK_WITHIN_S), ALARM_REMIND_EVERY_S: String(REMIND_EVERY_S) });
    const api = new ApiClient(platform.baseUrl, ADMIN);
    run = await runCounty({
      api,
      credentials: ADMIN,
      seed: 2,
      scale: 0.01,
      timeFactor: 60,
      simStartS: 10 * 3600,
      windowS: 1,
      heartbeatS: 10,
      mqttHost: '127.0.0.1',
      mqttPort: platform.mqttPort,
      fleetPath: null,
      reportEveryS: 60,
      logger: testLogger,
      bikes: false,
    });
    res.defer(() => run.stop());
    scenario = await PillarAlarms.start({ admin: new CountyPlatformApi(api, ADMIN), county: run.county, silent: 'district_centre', byHand: ['police_station'], logger: testLogger });
    res.defer(() => scenario.stop());
    const root = run.county.jurisdictions.find((j) => j.parentId === null)!;
    await createUser(platform, OPERATOR, { displayName: '张值班', role: 'operator', unitId: `sim-gc-${root.id}`, jurisdictions: [root.id] });
    await scenario.prepare([0]);
    await eventually(() => run.pillars[0]!.online, 15_000, 'pillar 0 connected');
    browser = await launchBrowser(res);
  });

  it('is handled on the console, acknowledged on a phone, and cards the silent party yellow then red', { timeout: 120_000 }, async () => {
    const pillar = run.pillars[0]!;
    const commands: DownlinkFrame[] = [];
    pillar.commandListeners.add((frame) => commands.push(frame));
    const { page, errors } = await openPage(browser, platform.baseUrl, '#/alarms');
    await withScreenshot(page, 'alarm-simulated-console', async () => {
      await signIn(page, OPERATOR);
      await page.waitForSelector('[data-testid="alarm-queue-empty"]');
      await page.waitForSelector('[data-live-status="connected"]');

      // The simulator presses the button: the alarm shows on the console, marked new.
      await pillar.press();
      const pressed = Date.now();
      const card = await page.waitForSelector('[data-testid="alarm-card"][data-fresh="true"]', { timeout: 5_000 });
      const id = (await card.getAttribute('data-alarm-id'))!;
      assert.match(await card.innerText(), new RegExp(zh('alarms.state.raised')));
      await page.evaluate(recordLevels('district_centre'));

      // The police station the alarm links, and its officer (who has no account until now).
      const { alarm } = await getJson<{ alarm: { parties: { role: string; unitId: string }[] } }>(platform, `/alarms/${id}`);
      const station = alarm.parties.find((p) => p.role === 'police_station')!.unitId;
      const { units } = await getJson<{ units: { id: string; jurisdictionId: string }[] }>(platform, '/units');
      const area = units.find((u) => u.id === station)!.jurisdictionId;
      await createUser(platform, OFFICER, { displayName: '李民警', role: 'police', unitId: station, jurisdictions: [area] });

      // Opened: the five-party board, every party told on the press.
      await card.click();
      await page.waitForSelector(`[data-testid="alarm-detail"][data-alarm-id="${id}"]`);
      await eventually(async () => (await page.$$('[data-testid="party-row"]')).length === 5, 5_000, 'five rows on the board');
      for (const role of ['governance_centre', 'police_station', 'town_command', 'district_centre', 'police_command'] as const) await page.waitForSelector(row(role));
      await noEnglish(page, 'the alarm');
      await page.locator('[data-testid="party-board"]').scrollIntoViewIfNeeded();
      await screenshot(page, 'alarm-simulated-board');

      // The operator's steps, each landing in the timeline.
      await stepLands(page, 'step-receive', 'received');
      await stepLands(page, 'step-answer', 'call_answered');
      await eventually(() => commands.some((f) => f.command.type === 'setCallState' && f.command.open), 5_000, 'the pillar told to open its two-way voice');
      await page.check('[data-testid="verify-genuine"]');
      await page.selectOption('[data-testid="verify-severity"]', 'high');
      await stepLands(page, 'step-verify', 'verified');
      await page.selectOption('[data-testid="dispatch-unit"]', station);
      await stepLands(page, 'step-dispatch', 'dispatched');
      assert.match(await page.innerText('[data-testid="timeline-entry"][data-step="dispatched"]'), /张值班/);
      const steps = await timelineSteps(page);
      for (const s of ['raised', 'party_notified', 'received', 'call_answered', 'verified', 'dispatched']) assert.ok(steps.includes(s), `the timeline has ${s}: ${steps.join(', ')}`);
      assert.ok(
        steps.indexOf('received') < steps.indexOf('call_answered') && steps.indexOf('call_answered') < steps.indexOf('verified') && steps.indexOf('verified') < steps.indexOf('dispatched'),
        'in order',
      );
      assert.match(await page.innerText(`[data-testid="alarm-card"][data-alarm-id="${id}"]`), new RegExp(zh('alarms.state.dispatched')));
      await noEnglish(page, 'the alarm, dispatched');
      assert.deepEqual(await accessibilityFaults(page), [], 'the console');
      await screenshot(page, 'alarm-simulated-dispatched');

      // The station's officer, on a phone, acknowledges the station's part.
      const phone = await openPage(browser, platform.baseUrl, '#/alarms/mine', { context: PHONE });
      await withScreenshot(phone.page, 'alarm-simulated-phone', async () => {
        await signIn(phone.page, OFFICER);
        const mine = await phone.page.waitForSelector(`[data-testid="party-alarm"][data-alarm-id="${id}"][data-acknowledged="false"]`);
        assert.match(await mine.innerText(), new RegExp(zh('alarms.party.police_station')));
        await noEnglish(phone.page, 'the party queue');
        assert.deepEqual(await accessibilityFaults(phone.page), [], 'the party queue');
        await screenshot(phone.page, 'alarm-simulated-phone');
        // The page fits the phone: only the menu's row scrolls sideways.
        const width = await phone.page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: document.documentElement.clientWidth }));
        assert.ok(width.page <= width.window, `the page is ${width.page} px wide on a ${width.window} px phone`);
        const button = await phone.page.locator(`[data-testid="party-alarm"][data-alarm-id="${id}"] [data-testid="party-acknowledge"]`).boundingBox();
        assert.ok(button && button.x >= 0 && button.x + button.width <= width.window && button.height >= 60, `one big button, all on the screen: ${JSON.stringify(button)}`);
        await phone.page.click(`[data-testid="party-alarm"][data-alarm-id="${id}"] [data-testid="party-acknowledge"]`);
        const done = await phone.page.waitForSelector(`[data-testid="party-alarm"][data-alarm-id="${id}"][data-acknowledged="true"] [data-testid="party-acked"]`);
        assert.match(await done.innerText(), new RegExp(zh('alarms.mine.remindersStopped')));
        await noEnglish(phone.page, 'the party queue, acknowledged');
        await screenshot(phone.page, 'alarm-simulated-phone-acked');
        assert.deepEqual(phone.errors, []);
      });
      const acked = Date.now();
      assert.ok(acked - pressed < ACK_WITHIN_S * 1000, `the officer acknowledged ${acked - pressed} ms after the press, past the station's limit: the test is too slow for its settings`);

      // The console shows it; the reminders stopped, on the board and at the station's receiver.
      await page.waitForSelector(`${row('police_station')}[data-acknowledged="true"]`, { timeout: 5_000 });
      const reminders = () => page.innerText(`${row('police_station')} [data-testid="party-reminders"]`).then((t) => Number.parseInt(t, 10));
      const remindedAtAck = await reminders();
      assert.ok(remindedAtAck >= 1, `reminded before acknowledging: ${remindedAtAck}`);
      const reminded = () => scenario.deliveries('police_station', id, 'alarm.party.reminded');
      await eventually(() => reminded().length === remindedAtAck, 5_000, `the station's receiver got its ${remindedAtAck} reminders`);
      await new Promise((r) => setTimeout(r, 2.5 * REMIND_EVERY_S * 1000));
      assert.equal(await reminders(), remindedAtAck, 'no reminder on the board after the acknowledgement');
      assert.equal(reminded().length, remindedAtAck, 'no reminder at the receiver after the acknowledgement');
      assert.equal(scenario.deliveries('police_station', id, 'alarm.party.notified').length, 1, 'the station was told once');

      // The district centre never acknowledges: yellow, then red, on the board; the supervisor hears of both.
      await page.waitForSelector(`${row('district_centre')}[data-acknowledged="false"][data-level="red"]`, { timeout: (2 * ACK_WITHIN_S + 10) * 1000 });
      assert.deepEqual(await page.evaluate('window.partyLevels'), ['normal', 'yellow', 'red'], 'the district centre’s row, over time');
      await page.waitForSelector(`[data-testid="alarm-card"][data-alarm-id="${id}"][data-level="red"]`, { timeout: 5_000 });
      // The only cards of the alarm: every other party acknowledged in time (the station's level is checked below).
      const cards = () => scenario.deliveries('police_command', id, 'alarm.party.escalated').map((d) => d.level);
      await eventually(() => cards().includes('red'), 5_000, 'the red card told to the supervisor');
      assert.deepEqual(cards(), ['yellow', 'red'], 'the supervisor told of the district centre’s cards');
      for (const role of ['governance_centre', 'town_command', 'police_command'] as const)
        assert.equal(await page.getAttribute(row(role), 'data-acknowledged'), 'true', `${role} acknowledged by the scenario`);
      assert.equal(await page.getAttribute(row('police_station'), 'data-level'), 'normal', 'the station acknowledged in time');
      await noEnglish(page, 'the alarm, carded red');
      assert.deepEqual(await accessibilityFaults(page), [], 'the console, carded red');
      await page.locator('[data-testid="party-board"]').scrollIntoViewIfNeeded();
      await screenshot(page, 'alarm-simulated-red');
      assert.deepEqual(scenario.failures, []);
      assert.deepEqual(errors, []);
    });
  });
});
