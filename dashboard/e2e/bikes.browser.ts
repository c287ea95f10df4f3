// The police side of e-bike anti-theft, end to end: a bike registered at a
// registration point is reported stolen through the dashboard; a base
// station hears its tag (a real MQTT sighting over TCP); the hit appears live
// on the case page, in Chinese, with the next stations predicted; the officer
// confirms it and the case reads 'sighted'. Real platform process, real
// database, real Chromium.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { adminFetch, connectDevice, publishAcked, registerDevice, type RegisteredDevice } from '@watchpost/broker/test-support';
import { encodeUplink, uplinkTopic } from '@watchpost/firmware-protocol';
import type { Page } from 'playwright-core';
import { tIn } from '../src/lib/i18n/say-in.js';
import { chineseIn, englishIn, readableTexts } from './i18n-scan.js';
import { accessibilityFaults, demo, goTo, launchBrowser, openPage, Resources, signIn, startPlatform, withScreenshot, zh } from './support.js';

/** A road west to east through the demo county, about 1 km between stations; Chinese names, as a county enters them. */
const ROAD = ['城北路口', '淮河大桥', '人民广场', '城南车站'].map((name, i) => ({ name, lat: 32.99, lon: 118.5 + i * 0.0107 }));
const LIVE_LIMIT_MS = 5_000;

async function post<T>(baseUrl: string, path: string, body: unknown): Promise<T> {
  const res = await adminFetch(baseUrl, `/api/v1${path}`, { method: 'POST', body: JSON.stringify(body) });
  const text = await res.text();
  assert.ok(res.status === 201 || res.status === 200, `${path}: ${res.status} ${text}`);
  return JSON.parse(text) as T;
}

let phones = 0;
async function registeredBike(baseUrl: string, tagId: number): Promise<{ id: string; plate: string }> {
  const phone = `1390000${String(1000 + phones++).padStart(4, '0')}`;
  const { owner } = await post<{ owner: { id: string } }>(baseUrl, '/owners', { displayName: `车主${phones}`, phone });
  const plate = `苏H${tagId}`;
  const { bike } = await post<{ bike: { id: string } }>(baseUrl, '/bikes', { ownerId: owner.id, plate, frameNumber: `FR${tagId}`, brand: '雅迪', colour: '红', tagId });
  return { id: bike.id, plate };
}

/** A station's 5 s sighting window starting at `windowStartMs` (which may lie in the past); its clock is right. */
function sightings(stationId: string, seq: number, windowStartMs: number, tags: readonly number[]): Uint8Array {
  return encodeUplink({
    deviceId: stationId,
    seq,
    deviceTimeMs: Date.now(),
    body: { type: 'sightingBatch', windowStartMs, sightings: tags.map((tagId) => ({ tagId, rssiDbm: -60, firstOffsetMs: 0, lastOffsetMs: 4_000, count: 3 })) },
  });
}

/** What is wrong with the language of the page now: missing keys, and words of the other language. */
async function languageFaults(page: Page, locale: 'zh-CN' | 'en'): Promise<string[]> {
  const said = await readableTexts(page);
  const missing = await page.evaluate(() => window.watchpostMissingKeys ?? []);
  const marked = said.filter(({ text }) => text.includes('⟦')).map(({ text, where }) => `${where}: ${text}`);
  return [...missing.map((k) => `missing key ${k}`), ...marked, ...(locale === 'zh-CN' ? englishIn(said) : chineseIn(said))];
}

it('a bike reported stolen in the dashboard: a station hears its tag, the hit shows live with its next stations, the officer confirms it', { timeout: 180_000 }, async (t) => {
  const res = new Resources(t);
  const platform = await startPlatform(res, { DEMO_USERS: '1' });
  const stations: RegisteredDevice[] = [];
  for (const s of ROAD) stations.push(await registerDevice(platform.baseUrl, { kind: 'station', ...s }));
  const clients = [];
  for (const s of stations) {
    const client = await connectDevice(platform.mqttPort, s);
    res.defer(() => client.end(true));
    clients.push(client);
  }
  const seq = stations.map(() => 0);
  const hear = (i: number, windowStartMs: number, tags: readonly number[]) =>
    publishAcked(clients[i]!, uplinkTopic('station', stations[i]!.id), sightings(stations[i]!.id, ++seq[i]!, windowStartMs, tags));

  // The station graph learns the road: six bikes rode it west to east two hours ago, a minute between stations.
  const riders: number[] = [];
  for (let r = 0; r < 6; r++) {
    await registeredBike(platform.baseUrl, 81_000 + r);
    riders.push(81_000 + r);
  }
  const taughtAt = Date.now() - 2 * 3_600_000;
  for (let i = 0; i < stations.length; i++) await hear(i, taughtAt + i * 60_000, riders);

  const stolen = await registeredBike(platform.baseUrl, 90_001);

  const browser = await launchBrowser(res);
  const { page, errors } = await openPage(browser, platform.baseUrl);
  await withScreenshot(page, 'bikes', async () => {
    await signIn(page, demo('police'));
    await goTo(page, '#/cases');
    await page.waitForSelector('[data-testid="cases-page"]');
    await page.waitForSelector('[data-testid="no-cases"]');

    // Reported stolen from a lookup (plate and reason), last seen ten minutes ago.
    await page.fill('[data-testid="lookup-plate"]', stolen.plate);
    await page.fill('[data-testid="lookup-reason"]', '车主报案，接警单号 20261201-07');
    await page.click('[data-testid="lookup-submit"]');
    await page.waitForSelector('[data-testid="report-form"]');
    const tenMinutesAgo = new Date(Date.now() - 10 * 60_000).toISOString().slice(0, 16); // the browser runs in UTC
    await page.fill('[data-testid="report-last-seen-at"]', tenMinutesAgo);
    await page.fill('[data-testid="report-last-seen-place"]', '人民广场东侧停车棚');
    await page.click('[data-testid="report-submit"]');
    await page.waitForSelector('[data-testid="case"][data-status="reported"]');
    assert.equal((await page.textContent('[data-testid="case-status"]'))?.trim(), zh('bikes.status.reported'));
    await page.waitForSelector('[data-testid="no-hits"]');
    await page.waitForSelector('.live[data-live="true"]');
    await page.evaluate(() => Object.assign(window, { __samePage: true }));

    // Heard at the first two stations, heading east: the live hit names the third as the next.
    await hear(0, Date.now() - 70_000, [90_001]);
    await hear(1, Date.now() - 5_000, [90_001]);
    const acked = Date.now();
    const hit = `[data-testid="hit"]:has([data-testid="hit-station"]:text-is("${ROAD[1]!.name}"))`;
    await page.waitForSelector(hit, { timeout: LIVE_LIMIT_MS });
    t.diagnostic(`the hit was on the page ${Date.now() - acked} ms after the PUBACK`);
    await page.waitForSelector('[data-testid="case"][data-status="sighted"]');
    const card = (await page.textContent(hit))!;
    assert.ok(card.includes(zh('bikes.hit.status.unconfirmed')), card);
    assert.ok(card.includes(zh('bikes.hit.next')), `the hit names its next stations: ${card}`);
    const next = await page.$$eval(`${hit} [data-testid="hit-next"] li`, (lis) => lis.map((li) => li.getAttribute('data-station-id')));
    assert.equal(next[0], stations[2]!.id, `heading east, the next station is ${ROAD[2]!.name}: ${card}`);
    assert.ok(card.includes(ROAD[2]!.name), `the next station by its name: ${card}`);
    assert.ok(card.includes(zh('bikes.hit.direction', { from: ROAD[0]!.name })), `where it came from: ${card}`);
    assert.match(card, /可能性 \d+%/);

    assert.deepEqual(await languageFaults(page, 'zh-CN'), [], 'the case page says everything in Chinese, every key found');
    assert.deepEqual(await accessibilityFaults(page), []);

    // The officer confirms the hit; the case reads 'sighted' and its timeline says so.
    await page.click(`${hit} [data-testid="hit-confirm"]`);
    await page.waitForSelector(`[data-testid="hit"][data-status="confirmed"]:has([data-testid="hit-station"]:text-is("${ROAD[1]!.name}"))`);
    assert.equal((await page.textContent('[data-testid="case-status"]'))?.trim(), zh('bikes.status.sighted'));
    await page.waitForSelector('[data-testid="timeline"] li[data-kind="hit.confirmed"]');
    assert.ok((await page.textContent('[data-testid="timeline"]'))!.includes(zh('bikes.event.hit.confirmed')));

    // The platform stored the review.
    const caseId = (await page.getAttribute('[data-testid="case"]', 'data-case-id'))!;
    const hits = (await (await adminFetch(platform.baseUrl, `/api/v1/cases/${caseId}/hits`)).json()) as { hits: { station: { id: string }; status: string }[] };
    assert.equal(hits.hits.find((h) => h.station.id === stations[1]!.id)?.status, 'confirmed');

    // The track replays along the stations passed, the predicted next station on the map.
    await page.click('[data-testid="track-load"]');
    await page.waitForSelector('[data-testid="track-slider"]');
    await page.waitForSelector('[data-testid="track-map"][data-ready="true"]');
    await page.fill('[data-testid="track-slider"]', '0');
    assert.ok((await page.textContent('[data-testid="track-current"]'))!.includes(ROAD[0]!.name));

    // The same page in English: no Chinese left but the data.
    await page.selectOption('[data-testid="language"]', 'en');
    await page.waitForSelector(`[data-testid="case-status"]:text-is("${tIn('en', 'bikes.status.sighted')}")`);
    assert.deepEqual(await languageFaults(page, 'en'), [], 'the case page in English');

    assert.equal(await page.evaluate(() => (window as { __samePage?: boolean }).__samePage), true, 'the page reloaded');
    assert.deepEqual(errors, []);
  });
});
