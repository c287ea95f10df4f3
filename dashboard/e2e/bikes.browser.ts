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
import { accessibilityFaults, countTones, demo, goTo, launchBrowser, openPage, PHONE, Resources, signIn, smallTargets, startPlatform, tonesStarted, withScreenshot, zh } from './support.js';

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
  const clients: Awaited<ReturnType<typeof connectDevice>>[] = [];
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
  const { page, errors } = await openPage(browser, platform.baseUrl, '', { prepare: countTones });
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
    const tones = await tonesStarted(page);
    assert.ok(tones >= 3 && tones % 3 === 0, `each live hit sounded its three rising notes: ${tones} tones`);
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

    // Back on the list, the case reads 'sighted', and the reviewed hit counts.
    await page.click('a[href="#/cases"]');
    await page.waitForSelector(`[data-testid="cases"] tr[data-case-id="${caseId}"][data-status="sighted"]`);
    await page.waitForSelector('[data-testid="hit-stats"]');
    const stats = (await page.textContent('[data-testid="hit-stats"]'))!.replace(/\s+/g, ' ').trim();
    assert.equal(stats, `${zh('bikes.cases.stats', { unconfirmed: 1, confirmed: 1, wrong: 0 })} ${zh('bikes.cases.falseShare', { percent: 0 })}`);
    await page.click(`[data-testid="cases"] tr[data-case-id="${caseId}"] [data-testid="case-open"]`);
    await page.waitForSelector('[data-testid="case"][data-status="sighted"] [data-testid="hit"]');

    // The same page in English: no Chinese left but the data.
    await page.selectOption('[data-testid="language"]', 'en');
    await page.waitForSelector(`[data-testid="case-status"]:text-is("${tIn('en', 'bikes.status.sighted')}")`);
    assert.deepEqual(await languageFaults(page, 'en'), [], 'the case page in English');

    // A note on the timeline, then the bike is recovered: off the watchlist, no more reviews.
    await page.fill('[data-testid="case-note"]', '车主确认车辆在人民广场被寻回');
    await page.click('[data-testid="case-note-add"]');
    await page.waitForSelector('[data-testid="timeline"] li[data-kind="note"]');
    await page.click('[data-testid="case-recovered"]');
    await page.waitForSelector('[data-testid="case"][data-status="recovered"] [data-testid="timeline"] li[data-kind="recovered"]');
    assert.equal(await page.$('[data-testid="hit-confirm"]'), null, 'a recovered case takes no reviews');
    const stored = (await (await adminFetch(platform.baseUrl, `/api/v1/cases/${caseId}`)).json()) as { case: { status: string; watch: { active: boolean } | null } };
    assert.equal(stored.case.status, 'recovered');

    assert.equal(await page.evaluate(() => (window as { __samePage?: boolean }).__samePage), true, 'the page reloaded');
    assert.deepEqual(errors, []);
  });
});

/** A 1 × 1 PNG: the photo a registration point takes. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

it('a registration point registers a bike for its owner with a photo, sees a taken plate refused at its field, and imports a register row by row', { timeout: 120_000 }, async (t) => {
  const res = new Resources(t);
  const platform = await startPlatform(res, { DEMO_USERS: '1' });
  const { owner } = await post<{ owner: { id: string } }>(platform.baseUrl, '/owners', { displayName: '王小明', phone: '13912345678' });
  const browser = await launchBrowser(res);
  // The counter's tablet or phone: 390 × 844.
  const { page, errors } = await openPage(browser, platform.baseUrl, '', { context: PHONE });
  await withScreenshot(page, 'bikes-register', async () => {
    await signIn(page, demo('police'));
    await goTo(page, '#/bikes/new');
    await page.waitForSelector('[data-testid="register-bike-page"]');
    await page.fill('[data-testid="owner-lookup-phone"]', '13912345678');
    await page.fill('[data-testid="owner-lookup-reason"]', '登记点备案登记，车主到场');
    await page.click('[data-testid="owner-lookup-submit"]');
    await page.waitForSelector('[data-testid="owner-found"]');
    assert.ok((await page.textContent('[data-testid="owner-found"]'))!.includes('王小明'));

    const fill = async (values: Record<string, string>) => {
      for (const [field, value] of Object.entries(values)) await page.fill(`[data-testid="bike-${field}"]`, value);
    };
    // Checked here first: the required fields, named at each.
    await page.click('[data-testid="bike-register"]');
    for (const f of ['plate', 'frameNumber', 'tagId']) assert.equal(await page.textContent(`[data-testid="problem-${f}"]`), zh('bikes.problem.REQUIRED'), f);

    await fill({ plate: '苏H12345', brand: '雅迪', model: 'DE2', colour: '白', frameNumber: 'LYD2026A0001', motorNumber: 'M20260001', tagId: '70001', fobTagId: '0x0001ADB0' });
    await page.setInputFiles('[data-testid="bike-photo"]', { name: 'bike.png', mimeType: 'image/png', buffer: PNG });
    await page.click('[data-testid="bike-register"]');
    await page.waitForSelector('[data-testid="registered-bike"]');
    const bikeId = (await page.getAttribute('[data-testid="registered-bike"]', 'data-bike-id'))!;
    const stored = (await (await adminFetch(platform.baseUrl, `/api/v1/bikes/${bikeId}`)).json()) as {
      bike: { ownerId?: string; owner: { id: string }; tagId: number; fobTagId: number; hasPhoto: boolean; motorNumber: string };
    };
    assert.deepEqual([stored.bike.owner.id, stored.bike.tagId, stored.bike.fobTagId, stored.bike.hasPhoto, stored.bike.motorNumber], [owner.id, 70001, 0x1adb0, true, 'M20260001']);
    assert.deepEqual(await smallTargets(page, '[data-testid="register-bike-page"]'), []);

    // The same plate and tag again: the platform refuses, and the form says it at those fields.
    await page.click('[data-testid="register-another-bike"]');
    await fill({ plate: '苏H12345', frameNumber: 'LYD2026A0002', tagId: '70001' });
    await page.click('[data-testid="bike-register"]');
    await page.waitForSelector('[data-testid="problem-plate"]');
    assert.equal(await page.textContent('[data-testid="problem-plate"]'), zh('bikes.problem.TAKEN'));
    assert.equal(await page.textContent('[data-testid="problem-tagId"]'), zh('bikes.problem.TAKEN'));
    assert.equal(await page.$('[data-testid="problem-frameNumber"]'), null, 'the frame number was fine');
    assert.equal(await page.textContent('[data-testid="bike-error"]'), zh('bikes.register.refused'));
    assert.deepEqual(await languageFaults(page, 'zh-CN'), []);
    assert.deepEqual(await accessibilityFaults(page), []);

    // A register with one row refused: the report names it, and nothing is imported.
    const csv = ['车主姓名,手机号码,号牌,车架号,标签号', '李四,13912340001,苏H20001,LYD2026B0001,70101', '赵五,13912340002,苏H12345,LYD2026B0002,70102'].join('\n');
    await page.setInputFiles('[data-testid="import-file"]', { name: 'register.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.click('[data-testid="import-run"]');
    await page.waitForSelector('[data-testid="import-report"] tr[data-row="3"]');
    const row = (await page.textContent('[data-testid="import-report"] tr[data-row="3"]'))!;
    assert.ok(row.includes(`${zh('bikes.field.plate')}: ${zh('bikes.problem.TAKEN')}`), row);
    assert.equal(await page.$('[data-testid="import-report"] tr[data-row="2"]'), null, 'row 2 was fine');
    assert.equal(await page.textContent('[data-testid="import-error"]'), zh('bikes.error.IMPORT_REFUSED'));
    assert.equal(await page.textContent('[data-testid="import-summary"]'), zh('bikes.import.refusedAll', { rows: 2, imported: 0, refused: 1, owners: 0 }));
    const lookup = await adminFetch(platform.baseUrl, '/api/v1/bikes/lookup', { method: 'POST', body: JSON.stringify({ plate: '苏H20001', reason: 'checking the import test' }) });
    assert.deepEqual(((await lookup.json()) as { bikes: unknown[] }).bikes, [], 'all or nothing: row 2 was not imported either');

    // Row 3 corrected: both rows imported, their owners registered.
    await page.setInputFiles('[data-testid="import-file"]', { name: 'register.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.replace('苏H12345,LYD2026B0002', '苏H20002,LYD2026B0002')) });
    await page.click('[data-testid="import-run"]');
    const done = zh('bikes.import.done', { rows: 2, imported: 2, refused: 0, owners: 2 });
    await page.waitForFunction((said) => document.querySelector('[data-testid="import-summary"]')?.textContent === said, done);
    assert.equal(await page.$('[data-testid="import-report"]'), null, 'no row refused');
    assert.deepEqual(await languageFaults(page, 'zh-CN'), []);
    // The refused registration and import answered 409 and 422, as they should; nothing else failed.
    assert.deepEqual(
      errors.filter((e) => !/HTTP (409|422) .*\/api\/v1\/bikes(\/import)?$/.test(e)),
      [],
    );
  });
});
