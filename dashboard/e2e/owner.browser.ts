// An e-bike owner on a phone (390 × 844, touch): signs in by SMS code and lands on their bikes,
// where the bike registered for them at a registration point (here: through the API, with an
// administrator's token) shows with where a base station last heard it. They arm the guard;
// another base station hears the bike with its key fob, and nothing alerts; then a real MQTT
// frame from that station reports the bike's tag without its key fob; the
// alert shows in Chinese, and one tap turns it into a theft report whose case page they then
// follow. And an installer watches a base station go registered → online → commissioned as it
// first publishes and then hears tags. Every control is fingertip-sized, and no page has a
// serious accessibility fault.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { adminFetch, connectDevice, publishAcked, registerDevice, type PlatformProcess } from '@watchpost/broker/test-support';
import { encodeUplink, uplinkTopic } from '@watchpost/firmware-protocol';
import type { Browser, Page } from 'playwright-core';
import { tIn } from '../src/lib/i18n/say-in.js';
import type { MessageKey } from '../src/lib/i18n/translator.js';
import { wallClockIn } from '../src/lib/owner-case.js';
import {
  PHONE,
  Resources,
  accessibilityFaults,
  demo,
  hashOf,
  launchBrowser,
  openPage,
  screenshot,
  signIn,
  signInOwner,
  smallTargets,
  startPlatform,
  stationHeartbeat,
  withScreenshot,
  zh,
} from './support.js';

const OWNER_PHONE = '13912340001';
const PLATE = '苏H·E2E01';
const TAG = 70_001;
const FOB = 70_002;
/** A photo of the bike, as small as a PNG gets (1 × 1). */
const PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const PLATE_2 = '苏H·E2E02';
const TAG_2 = 70_003;

/** A station's batch of tags heard in the 5 s window from `atMs`, as its firmware sends it. */
function sightings(stationId: string, seq: number, atMs: number, tagIds: number[]): Uint8Array {
  return encodeUplink({
    deviceId: stationId,
    seq,
    deviceTimeMs: atMs,
    body: { type: 'sightingBatch', windowStartMs: atMs, sightings: tagIds.map((tagId) => ({ tagId, rssiDbm: -60, firstOffsetMs: 0, lastOffsetMs: 4_000, count: 3 })) },
  });
}

async function api<T>(platform: PlatformProcess, path: string, body?: unknown): Promise<T> {
  const res = await adminFetch(platform.baseUrl, `/api/v1${path}`, body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) });
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** A sentence of the catalog with one value unknown to the test (a formatted time): the parts around it. */
const around = (key: MessageKey, params: Record<string, string>, unknown: string): string[] => zh(key, { ...params, [unknown]: '\u0000' }).split('\u0000');

/** Reloads until `selector` says `text` (the page reads positions once), within `timeoutMs`. */
async function reloadUntil(page: Page, selector: string, text: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await page.waitForSelector(selector);
    if ((await page.textContent(selector))?.includes(text)) return;
    if (Date.now() > deadline) throw new Error(`${selector} does not say ${text} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 300));
    await page.reload();
  }
}

describe('an e-bike owner on a phone', () => {
  const res = new Resources({ after });
  let platform: PlatformProcess;
  let browser: Browser;
  const north = { name: '北门基站', id: '' };
  const south = { name: '南街基站', id: '' };
  let bikeId: string;
  let secondId: string;
  let southPublish: (seq: number, atMs: number, tagIds: number[]) => Promise<void>;

  before(async () => {
    // The guard waits a second, not 30, for the key fob to be heard with the bike.
    platform = await startPlatform(res, { DEMO_USERS: '1', BIKE_FOB_WAIT_S: '1' });
    const northStation = await registerDevice(platform.baseUrl, { kind: 'station', name: north.name, lat: 32.996, lon: 118.522 });
    const southStation = await registerDevice(platform.baseUrl, { kind: 'station', name: south.name, lat: 32.9895, lon: 118.529 });
    [north.id, south.id] = [northStation.id, southStation.id];
    const { owner } = await api<{ owner: { id: string } }>(platform, '/owners', { displayName: '王芳', phone: OWNER_PHONE });
    const registered = await api<{ bike: { id: string } }>(platform, '/bikes', {
      ownerId: owner.id,
      plate: PLATE,
      brand: '雅迪',
      model: 'DE3',
      colour: '白色',
      frameNumber: 'E2EFRAME0001',
      tagId: TAG,
      fobTagId: FOB,
    });
    bikeId = registered.bike.id;
    const photo = await adminFetch(platform.baseUrl, `/api/v1/bikes/${bikeId}/photo`, { method: 'PUT', body: Buffer.from(PIXEL_PNG, 'base64'), headers: { 'content-type': 'image/png' } });
    assert.equal(photo.status, 200, await photo.text());
    const second = await api<{ bike: { id: string } }>(platform, '/bikes', { ownerId: owner.id, plate: PLATE_2, brand: '爱玛', frameNumber: 'E2EFRAME0002', tagId: TAG_2 });
    secondId = second.bike.id;
    // Two minutes ago the owner rode it, fob in pocket, to where the north station hears it.
    const northClient = await connectDevice(platform.mqttPort, { id: north.id, secret: northStation.secret });
    res.defer(() => northClient.end(true));
    await publishAcked(northClient, uplinkTopic('station', north.id), sightings(north.id, 1, Date.now() - 120_000, [TAG, FOB]));
    const southClient = await connectDevice(platform.mqttPort, { id: south.id, secret: southStation.secret });
    res.defer(() => southClient.end(true));
    southPublish = (seq, at, tags) => publishAcked(southClient, uplinkTopic('station', south.id), sightings(south.id, seq, at, tags));
    browser = await launchBrowser(res);
  });

  it('sees their bike, arms the guard, is alerted when a station hears it without the fob, and reports it in one tap', { timeout: 120_000 }, async () => {
    const { page, errors, foreignRequests } = await openPage(browser, platform.baseUrl, '', {
      context: { ...PHONE, geolocation: { latitude: 32.9912, longitude: 118.5241, accuracy: 15 }, permissions: ['geolocation'] },
    });
    await withScreenshot(page, 'owner-phone', async () => {
      await signInOwner(page, platform, OWNER_PHONE);
      assert.equal(hashOf(page), '#/my-bikes', 'owners land on their bikes');
      await page.waitForSelector('[data-testid="my-bike-list"]');
      assert.equal(await page.textContent('[data-testid="bike-plate"]'), PLATE);
      await reloadUntil(page, '[data-testid="bike-where"]', north.name, 10_000);
      await page.waitForFunction((id) => (document.querySelector(`li[data-bike-id="${id}"] img`) as HTMLImageElement | null)?.complete, bikeId);
      const shown = await page.$eval(`li[data-bike-id="${bikeId}"] img`, (img) => [(img as HTMLImageElement).naturalWidth, img.getAttribute('alt')]);
      assert.deepEqual(shown, [1, zh('owner.bike.photoOf', { plate: PLATE })], 'the photo is shown');
      assert.deepEqual(await smallTargets(page), [], 'list controls');
      assert.deepEqual(await accessibilityFaults(page), []);
      await screenshot(page, 'owner-bikes');

      // The bike: armed where it stands.
      await page.tap('[data-testid="open-bike"]');
      await page.waitForSelector(`[data-testid="bike-page"][data-bike-id="${bikeId}"]`);
      await page.waitForSelector('[data-testid="guard"][data-armed="false"]');
      assert.equal(await page.textContent('[data-testid="guard-toggle"]'), zh('owner.guard.arm'));
      await page.tap('[data-testid="guard-toggle"]');
      await page.waitForSelector('[data-testid="guard"][data-armed="true"]');
      assert.ok((await page.textContent('[data-testid="guard-state"]'))!.includes(zh('owner.guard.armedAt', { station: north.name })));
      assert.equal(await page.textContent('[data-testid="guard-toggle"]'), zh('owner.guard.disarm'));
      assert.equal(await page.getAttribute('[data-testid="guard-toggle"]', 'aria-pressed'), 'true');
      assert.deepEqual(await smallTargets(page, '[data-testid="bike-page"]'), [], 'bike page controls');
      assert.deepEqual(await accessibilityFaults(page), []);
      await screenshot(page, 'owner-armed');

      // First the owner rides it there, key fob in pocket: the south station hears both, and nothing alerts (the guard waits 1 s here).
      await southPublish(1, Date.now() - 60_000, [TAG, FOB]);
      await new Promise((r) => setTimeout(r, 3_000));
      assert.equal(await page.$$eval('[data-testid="guard-alerts"] li', (lis) => lis.length), 0, 'heard with its fob: no alert');
      // Then the south station hears the bike, not the fob: after the guard's wait, the alert, in Chinese.
      await southPublish(2, Date.now(), [TAG]);
      await page.waitForSelector('[data-testid="guard-alerts"] li[data-reason="moved"]', { timeout: 10_000 });
      assert.equal(await page.$$eval('[data-testid="guard-alerts"] li', (lis) => lis.length), 1, 'one alert: the sighting without the fob');
      const text = (await page.textContent('[data-testid="alert-text"]'))!.trim();
      const [before, after] = around('owner.alert.moved', { station: south.name }, 'time');
      assert.ok(text.startsWith(before!.trim()) && text.endsWith(after!), `alert says: ${text}`);
      assert.match(text, /在南街基站附近检测到您设防的车辆被移动$/);
      assert.equal(await page.textContent('[data-testid="alert-report"]'), zh('owner.alert.report'));
      assert.deepEqual(await smallTargets(page, '[data-testid="bike-page"]'), [], 'alert controls');
      assert.deepEqual(await accessibilityFaults(page), []);
      await screenshot(page, 'owner-alert');

      // One tap: the case opens, and its page shows it reported.
      await page.tap('[data-testid="alert-report"]');
      await page.waitForSelector('[data-testid="case-page"]');
      assert.match(hashOf(page), /^#\/my-bikes\?case=c-[0-9a-f]{12}$/);
      const caseId = (await page.getAttribute('[data-testid="case-page"]', 'data-case-id'))!;
      const { case: stored } = await api<{ case: { status: string; fromAlertId: number | null } }>(platform, `/cases/${caseId}`);
      assert.ok(stored.fromAlertId !== null, 'the case comes from the alert');
      assert.equal(await page.getAttribute('[data-testid="case-page"]', 'data-status'), stored.status);
      // The alert's own sighting after arming is the case's first (historical) hit: reported, then sighted at once.
      assert.ok(['reported', 'sighted'].includes(stored.status), stored.status);
      assert.equal(await page.textContent('[data-testid="case-status"]'), zh(`owner.case.status.${stored.status}` as MessageKey));
      assert.equal(await page.getAttribute('[data-testid="case-step-reported"]', 'data-state'), stored.status === 'reported' ? 'current' : 'done');
      assert.equal(await page.getAttribute('[data-testid="case-step-recovered"]', 'data-state'), 'ahead');
      const reported = await page.textContent('[data-testid="case-timeline"] li[data-kind="reported"]');
      assert.ok(reported?.includes(zh('owner.case.status.reported')), `timeline: ${reported}`);
      assert.deepEqual(await smallTargets(page, '[data-testid="my-bikes-page"]'), [], 'case controls');
      assert.deepEqual(await accessibilityFaults(page), []);
      await screenshot(page, 'owner-case');

      // In English too.
      await page.selectOption('[data-testid="language"]', 'en');
      await page.waitForFunction((want) => document.querySelector('[data-testid="case-status"]')?.textContent === want, tIn('en', `owner.case.status.${stored.status}` as MessageKey));
      await page.selectOption('[data-testid="language"]', 'zh-CN');

      // Back on the bike: the alert now leads to its case, and the bike says it is reported.
      await page.tap('[data-testid="back-to-bike"]');
      await page.waitForSelector('[data-testid="alert-case"]');
      await page.waitForSelector('[data-testid="open-case"]');
      assert.equal(await page.$('[data-testid="report-start"]'), null, 'no second report of a bike with an open case');

      // The other bike: the owner describes it anew (not its plate), then reports it stolen by the form.
      await page.tap('[data-testid="back-to-bikes"]');
      await page.tap(`[data-testid="my-bike-list"] li[data-bike-id="${secondId}"] a`);
      await page.waitForSelector(`[data-testid="bike-page"][data-bike-id="${secondId}"]`);
      assert.equal(await page.$('[data-testid="describe-form"] input[value="${PLATE_2}"]'), null, 'the plate is not a field');
      await page.fill('[data-testid="bike-colour"]', '蓝色');
      await page.tap('[data-testid="describe-save"]');
      await page.waitForSelector('[data-testid="describe-saved"]');
      const { bike: described } = await api<{ bike: { colour: string; plate: string } }>(platform, `/bikes/${secondId}`);
      assert.deepEqual([described.colour, described.plate], ['蓝色', PLATE_2]);
      await page.tap('[data-testid="report-start"]');
      await page.waitForSelector('[data-testid="report-form"]');
      // Tomorrow is refused here, before any request.
      await page.fill('[data-testid="report-seen-at"]', '2099-01-01T08:00');
      await page.tap('[data-testid="report-send"]');
      assert.equal(await page.textContent('[data-testid="report-error"]'), zh('owner.report.seenAtFuture'));
      const seenAt = new Date(Date.now() - 3_600_000);
      await page.fill('[data-testid="report-seen-at"]', wallClockIn('Asia/Shanghai', seenAt));
      await page.fill('[data-testid="report-seen-place"]', '人民路菜市场门口');
      // No station ever heard this one: the platform cannot tell whose case it is without a place.
      await page.tap('[data-testid="report-send"]');
      await page.waitForFunction((want) => document.querySelector('[data-testid="report-error"]')?.textContent === want, zh('owner.report.placeRequired'));
      assert.deepEqual(errors.splice(0), [`HTTP 400 ${platform.baseUrl}/api/v1/cases`]);
      await page.tap('[data-testid="report-use-location"]');
      await page.waitForSelector('[data-testid="report-location-note"]');
      assert.equal(await page.textContent('[data-testid="report-location-note"]'), zh('owner.report.located', { metres: '15' }));
      assert.deepEqual(await smallTargets(page, '[data-testid="bike-page"]'), [], 'report form controls');
      assert.deepEqual(await accessibilityFaults(page), []);
      await page.tap('[data-testid="report-send"]');
      await page.waitForSelector('[data-testid="case-page"][data-status="reported"]');
      assert.equal(await page.textContent('[data-testid="case-status"]'), zh('owner.case.status.reported'));
      assert.equal(await page.getAttribute('[data-testid="case-step-reported"]', 'data-state'), 'current');
      assert.ok((await page.textContent('[data-testid="case-page"]'))!.includes('人民路菜市场门口'));
      await screenshot(page, 'owner-reported');
      assert.deepEqual(foreignRequests, []);
      assert.deepEqual(errors, []);
    });
    await page.close();
  });

  it('lets an installer watch a base station go registered → online → commissioned', { timeout: 120_000 }, async () => {
    const station = await registerDevice(platform.baseUrl, { kind: 'station', name: '河西路基站', lat: 32.9931, lon: 118.5257 });
    const { page, errors } = await openPage(browser, platform.baseUrl, '', { context: PHONE });
    await withScreenshot(page, 'installer-commissioning', async () => {
      await signIn(page, demo('installer'));
      await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 20_000 });
      await page.tap(`[data-testid="device-list"] [data-device-id="${station.id}"] button`);
      const stage = '.maplibregl-popup [data-testid="commissioning"]';
      await page.waitForSelector(`${stage}[data-stage="registered"]`);
      assert.equal(await page.textContent(`${stage} [aria-current="step"]`), zh('commissioning.registered'));

      const client = await connectDevice(platform.mqttPort, { id: station.id, secret: station.secret });
      res.defer(() => client.end(true));
      await publishAcked(client, uplinkTopic('station', station.id), stationHeartbeat(station.id, 1));
      await page.waitForSelector(`${stage}[data-stage="online"]`, { timeout: 5_000 });
      assert.equal(await page.textContent(`${stage} [aria-current="step"]`), zh('commissioning.online'));
      await screenshot(page, 'installer-online');

      await publishAcked(client, uplinkTopic('station', station.id), sightings(station.id, 2, Date.now(), [80_001, 80_002]));
      await page.waitForSelector(`${stage}[data-stage="commissioned"]`, { timeout: 10_000 });
      assert.equal(await page.textContent(`${stage} [aria-current="step"]`), zh('commissioning.commissioned'));
      assert.deepEqual(await accessibilityFaults(page), []);
      await screenshot(page, 'installer-commissioned');
      assert.deepEqual(errors, []);
    });
    await page.close();
  });
});
