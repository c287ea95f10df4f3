// E-bike anti-theft end to end, with the simulator: the simulated county runs against the real
// platform, its riders' bikes in the register, its base stations on MQTT hearing the tags. A
// rider's bike parked at work is taken and ridden off to another town without its key fob; the
// police desk reports it. An officer of the county, on the watchlist page, sees the case arrive
// and opens it: the hits come in live as the thief rides past stations, each with the next
// stations predicted (a probability and an arrival window each), the trace on the case's map
// grows with them, and the officer confirms one. The owner, on a phone, sees the bike reported
// stolen and the case's progress: reported, then sighted. Chinese throughout, screenshots saved.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { adminFetch, type PlatformProcess } from '@watchpost/broker/test-support';
import { ApiClient, ownerPhone, plateOf, runCounty, type CountyRun } from '@watchpost/device-sim';
import { testLogger } from '@watchpost/ingest/test-support';
import type { Browser, Page } from 'playwright-core';
import { englishIn, readableTexts } from './i18n-scan.js';
import {
  ADMIN,
  PHONE,
  Resources,
  accessibilityFaults,
  goTo,
  hashOf,
  launchBrowser,
  openPage,
  screenshot,
  signIn,
  signInOwner,
  smallTargets,
  startPlatform,
  withScreenshot,
  zh,
  type Credentials,
} from './support.js';

/**
 * The county's clock runs TIME_FACTOR× the wall's: the morning's commute teaches the station graph
 * from SIM_START_S on (its positions settle after BIKE_SETTLE_S of wall time, not a minute), the
 * bike is taken at THEFT_AT_S and reported REPORT_AFTER_S later, and the thief's ride to the next
 * town passes its stations over some 20–40 s of wall time.
 */
const SEED = 1;
const SCALE = 0.03;
const TIME_FACTOR = 60;
const SIM_START_S = 7 * 3600;
const THEFT_AT_S = 7.75 * 3600;
const REPORT_AFTER_S = 60;
/** Whose bike (a commuter whose workplace is a landmark, so the report names the place in Chinese). */
const RIDER = 22;
const OFFICER: Credentials = { username: 'sim-theft-duty', password: 'sim-theft-duty-password' };

interface HitJson {
  id: number;
  historical: boolean;
  station: { id: string; name: string };
  next: { stationId: string; probability: number; arrivalWindowS: number[] }[];
}

async function api<T>(platform: PlatformProcess, path: string, body?: unknown): Promise<T> {
  const res = await adminFetch(platform.baseUrl, `/api/v1${path}`, body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) });
  const text = await res.text();
  assert.ok(res.status === 200 || res.status === 201, `${path}: ${res.status} ${text}`);
  return JSON.parse(text) as T;
}

/** Every text on the page is Chinese but names, codes and protocol names. */
async function noEnglish(page: Page, what: string): Promise<void> {
  assert.deepEqual(englishIn(await readableTexts(page)), [], `English on ${what}`);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The arrival window's sentence, its two durations any. */
const WINDOW = new RegExp(zh('bikes.hit.window', { from: '\u0000', to: '\u0000' }).split('\u0000').map(escape).join('\\d+\\s*\\S+?'));

/** The number of points of the line on the case's map, as last drawn. */
const tracePoints = (page: Page) => page.getAttribute('[data-testid="track-map"]', 'data-points').then(Number);

describe('a bike stolen in the simulated county: hits on the police’s case page, its progress on the owner’s phone', () => {
  const res = new Resources({ after });
  let platform: PlatformProcess;
  let run: CountyRun;
  let browser: Browser;

  before(async () => {
    platform = await startPlatform(res, { BIKE_SETTLE_S: '2' });
    browser = await launchBrowser(res);
    run = await runCounty({
      api: new ApiClient(platform.baseUrl, ADMIN),
      credentials: ADMIN,
      seed: SEED,
      scale: SCALE,
      timeFactor: TIME_FACTOR,
      simStartS: SIM_START_S,
      windowS: 1,
      heartbeatS: 10,
      mqttHost: '127.0.0.1',
      mqttPort: platform.mqttPort,
      fleetPath: null,
      reportEveryS: 60,
      logger: testLogger,
      theft: { atS: THEFT_AT_S, rider: RIDER, reportAfterS: REPORT_AFTER_S },
    });
    res.defer(() => run.stop());
    const root = run.county.jurisdictions.find((j) => j.parentId === null)!;
    await api(platform, '/users', { username: OFFICER.username, password: OFFICER.password, displayName: '赵民警', role: 'police', jurisdictions: [root.id] });
  });

  it('the officer follows the thief live and confirms a hit; the owner sees the bike stolen and sighted', { timeout: 150_000 }, async (t) => {
    const theft = run.theft!;
    const bikeId = run.bikeIds.get(theft.rider.index)!;
    const plate = plateOf(theft.rider);
    const reportedInMs = ((THEFT_AT_S + REPORT_AFTER_S) * 1000 - SIM_START_S * 1000) / TIME_FACTOR;

    const { page, errors } = await openPage(browser, platform.baseUrl, '');
    await withScreenshot(page, 'bike-theft-simulated-police', async () => {
      await signIn(page, OFFICER);
      await goTo(page, '#/cases');
      await page.waitForSelector('[data-testid="cases-page"] [data-testid="no-cases"]');
      await page.evaluate(() => Object.assign(window, { __samePage: true }));

      // The police desk reports it: the case shows on the list, live.
      const reported = await theft.reported;
      const row = `[data-testid="cases"] tr[data-case-id="${reported.id}"]`;
      await page.waitForSelector(row, { timeout: reportedInMs + 15_000 });
      assert.ok((await page.textContent(row))!.includes(plate), 'the row names the bike by its plate');
      await page.click(`${row} [data-testid="case-open"]`);
      await page.waitForSelector(`[data-testid="case"][data-case-id="${reported.id}"]`);
      await page.waitForSelector('.live[data-live="true"]');
      // The trace on the map: the track since the theft, then every hit the feed brings.
      await page.click('[data-testid="track-load"]');

      // The thief rides past a station: a live hit, with the next stations, each with its probability and arrival window.
      const predicted = '[data-testid="hit"][data-historical="false"]:has([data-testid="hit-next"] li)';
      const first = await page.waitForSelector(predicted, { timeout: 45_000 });
      const hitId = Number(await first.getAttribute('data-hit-id'));
      const card = `[data-testid="hit"][data-hit-id="${hitId}"]`;
      const { hits } = await api<{ hits: HitJson[] }>(platform, `/cases/${reported.id}/hits?limit=500`);
      const stored = hits.find((h) => h.id === hitId)!;
      assert.equal(stored.historical, false);
      assert.equal(await page.textContent(`${card} [data-testid="hit-station"]`), stored.station.name);
      const { devices } = await api<{ devices: { id: string; name: string }[] }>(platform, '/devices?kind=station');
      const next = await page.$$eval(`${card} [data-testid="hit-next"] li`, (lis) => lis.map((li) => ({ id: li.getAttribute('data-station-id'), text: li.textContent ?? '' })));
      assert.deepEqual(
        next.map((n) => n.id),
        stored.next.map((n) => n.stationId),
        'the next stations, most likely first',
      );
      next.forEach((n, i) => {
        const p = stored.next[i]!;
        assert.ok(p.probability > 0 && p.probability <= 1 && p.arrivalWindowS[0]! <= p.arrivalWindowS[1]!, JSON.stringify(p));
        assert.ok(n.text.includes(devices.find((d) => d.id === n.id)!.name), `the station by its name: ${n.text}`);
        assert.ok(n.text.includes(zh('bikes.hit.probability', { percent: Math.round(p.probability * 100) })), `its probability: ${n.text}`);
        assert.match(n.text, WINDOW, `its arrival window: ${n.text}`);
        assert.match(n.text, /\(\S+ \d{1,2}:\d{2}:\d{2} – \S+ \d{1,2}:\d{2}:\d{2}\)/, `when it is expected there: ${n.text}`);
      });
      t.diagnostic(`first predicted live hit at ${stored.station.name}: next ${next.map((n) => n.text.replace(/\s+/g, ' ')).join(' | ')}`);
      assert.equal(await page.getAttribute('[data-testid="case"]', 'data-status'), 'sighted');
      await noEnglish(page, 'the case page with a live hit');
      assert.deepEqual(await accessibilityFaults(page), [], 'the case page');
      await page.locator(card).scrollIntoViewIfNeeded();
      await screenshot(page, 'bike-theft-simulated-hit');

      // The trace grows on the map as the thief passes more stations.
      await page.waitForSelector('[data-testid="track-map"][data-ready="true"]', { timeout: 20_000 });
      const drawn = await tracePoints(page);
      await page.waitForFunction((n) => Number(document.querySelector('[data-testid="track-map"]')?.getAttribute('data-points')) > n, drawn, { timeout: 45_000 });
      const grown = await tracePoints(page);
      t.diagnostic(`the trace grew from ${drawn} to ${grown} points`);
      const stations = new Set((await api<{ hits: HitJson[] }>(platform, `/cases/${reported.id}/hits?limit=500`)).hits.map((h) => h.station.id));
      assert.ok(grown >= 2 && grown <= stations.size + 1, `${grown} points for hits at ${stations.size} stations`);
      await page.locator('[data-testid="track"]').scrollIntoViewIfNeeded();
      await screenshot(page, 'bike-theft-simulated-trace');

      // The officer confirms the predicted hit: confirmed on its card, on the timeline, in the platform.
      await page.click(`${card} [data-testid="hit-confirm"]`);
      await page.waitForSelector(`${card}[data-status="confirmed"]`);
      await page.waitForSelector('[data-testid="timeline"] li[data-kind="hit.confirmed"]');
      assert.ok((await page.textContent('[data-testid="timeline"] li[data-kind="hit.confirmed"]'))!.includes(zh('bikes.event.hit.confirmed')));
      assert.equal((await page.textContent('[data-testid="case-status"]'))?.trim(), zh('bikes.status.sighted'));
      const reviewed = (await api<{ hits: (HitJson & { status: string })[] }>(platform, `/cases/${reported.id}/hits?limit=500`)).hits.find((h) => h.id === hitId);
      assert.equal(reviewed?.status, 'confirmed');
      await noEnglish(page, 'the case page, a hit confirmed');
      assert.deepEqual(await accessibilityFaults(page), [], 'the case page, a hit confirmed');
      await page.locator(card).scrollIntoViewIfNeeded();
      await screenshot(page, 'bike-theft-simulated-confirmed');
      assert.equal(await page.evaluate(() => (window as { __samePage?: boolean }).__samePage), true, 'the page reloaded');
      assert.deepEqual(errors, []);
    });

    // The owner, on a phone: the bike reported stolen, the case sighted.
    const phone = await openPage(browser, platform.baseUrl, '', { context: PHONE });
    await withScreenshot(phone.page, 'bike-theft-simulated-owner', async () => {
      await signInOwner(phone.page, platform, ownerPhone(theft.rider));
      assert.equal(hashOf(phone.page), '#/my-bikes', 'owners land on their bikes');
      const mine = `[data-testid="my-bike-list"] li[data-bike-id="${bikeId}"]`;
      await phone.page.waitForSelector(`${mine} [data-testid="bike-reported"]`);
      assert.equal(await phone.page.textContent(`${mine} [data-testid="bike-plate"]`), plate);
      assert.equal(await phone.page.textContent(`${mine} [data-testid="bike-reported"]`), zh('owner.bike.reported'));
      await noEnglish(phone.page, 'the owner’s bikes');
      assert.deepEqual(await accessibilityFaults(phone.page), [], 'the owner’s bikes');
      await screenshot(phone.page, 'bike-theft-simulated-owner-bikes');

      await phone.page.tap(`${mine} [data-testid="open-bike"]`);
      await phone.page.waitForSelector(`[data-testid="bike-page"][data-bike-id="${bikeId}"]`);
      await phone.page.tap('[data-testid="open-case"]');
      const casePage = await phone.page.waitForSelector('[data-testid="case-page"][data-status="sighted"]');
      assert.equal(await casePage.getAttribute('data-case-id'), (await theft.reported).id);
      assert.equal(await phone.page.textContent('[data-testid="case-status"]'), zh('owner.case.status.sighted'));
      const steps = await phone.page.$$eval('[data-testid^="case-step-"]', (els) => els.map((e) => [e.getAttribute('data-testid'), e.getAttribute('data-state')]));
      assert.deepEqual(steps, [
        ['case-step-reported', 'done'],
        ['case-step-sighted', 'current'],
        ['case-step-recovered', 'ahead'],
        ['case-step-closed', 'ahead'],
      ]);
      const timeline = await phone.page.$$eval('[data-testid="case-timeline"] li', (lis) => lis.map((li) => li.getAttribute('data-kind')));
      assert.deepEqual(timeline, ['reported', 'sighted'], 'the case’s steps, and nothing of the police’s work');
      assert.ok((await phone.page.textContent('[data-testid="case-timeline"] li[data-kind="sighted"]'))!.includes(zh('owner.case.status.sighted')));
      await noEnglish(phone.page, 'the owner’s case');
      assert.deepEqual(await accessibilityFaults(phone.page), [], 'the owner’s case');
      assert.deepEqual(await smallTargets(phone.page, '[data-testid="my-bikes-page"]'), [], 'the owner’s case: fingertip-sized controls');
      await screenshot(phone.page, 'bike-theft-simulated-owner-case');
      assert.deepEqual(phone.errors, []);
    });
  });
});
