// The basemaps a county configures (MAP_BASEMAPS), with the internet mocked: Tianditu's and
// AMap's tile servers are answered by the test (page routes), so nothing leaves this machine; a
// county's PMTiles archive is a file the platform serves beside the dashboard (byte ranges). Tianditu comes first with its key in every tile URL and devices
// where they are (CGCS2000 ≈ WGS-84); on AMap (GCJ-02) devices are drawn shifted, and a click
// placing a device is converted back, so the platform stores WGS-84; a basemap out of reach gives
// way to the offline one, saying so; the PMTiles archive is drawn from range requests; the choice
// is remembered.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { adminFetch, registerDevice, type PlatformProcess, type RegisteredDevice } from '@watchpost/broker/test-support';
import type { GeoJSONSource } from 'maplibre-gl';
import type { Browser, BrowserContext } from 'playwright-core';
import { wgs84ToGcj02, type LonLat } from '../src/lib/geo/gcj02.js';
import { buildCounty } from './county-fixture.js';
import { mapIdle, putLayers } from './map-support.js';
import { ADMIN, DIST, Resources, accessibilityFaults, launchBrowser, openPage, screenshot, signIn, startPlatform, withScreenshot, zh } from './support.js';
import { seatPmtiles, solidPng } from './tile-fixtures.js';

const BASEMAPS = [
  { id: 'tianditu', tianditu: { key: 'test-tk' } },
  { id: 'gaode', amap: {} },
  { id: 'county-pmtiles', title: '盱眙县（PMTiles）', pmtilesUrl: '/basemap/xuyi.pmtiles' },
  { id: 'broken', title: '已停用的底图', styleUrl: 'https://tiles.example.cn/retired/style.json' },
  { id: 'dead-tiles', title: '内网瓦片', tiles: ['https://tiles.example.cn/intranet/{z}/{x}/{y}.png'] },
  { id: 'offline', offline: true },
];
const MOCKED = /^https:\/\/([a-z0-9]+\.tianditu\.gov\.cn|webrd0[1-4]\.is\.autonavi\.com|tiles\.example\.cn)\//;

function metres(a: LonLat, b: LonLat): number {
  const k = (Math.PI / 180) * 6_371_000;
  return Math.hypot((a[0] - b[0]) * k * Math.cos((a[1] * Math.PI) / 180), (a[1] - b[1]) * k);
}

/** Answers the tile servers as they would answer (with CORS); any other outside URL fails as with no internet. */
async function mockTileServers(context: BrowserContext, requested: string[]): Promise<void> {
  const png = solidPng([222, 232, 214]);
  const cors = { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'content-range, content-length, etag' };
  await context.route(/^https:\/\//, async (route) => {
    const url = route.request().url();
    requested.push(url);
    if (/tianditu\.gov\.cn|autonavi\.com/.test(url)) return route.fulfill({ status: 200, contentType: 'image/png', body: png, headers: cors });
    return route.abort('internetdisconnected');
  });
}

describe('basemaps', () => {
  const res = new Resources({ after });
  let platform: PlatformProcess;
  let browser: Browser;
  const stations: RegisteredDevice[] = [];
  let unplaced: RegisteredDevice;

  before(async () => {
    // The built dashboard with the county's archive beside it, as an operator would place it.
    const dir = mkdtempSync(join(tmpdir(), 'wp-basemap-'));
    res.defer(() => rmSync(dir, { recursive: true, force: true }));
    cpSync(DIST, dir, { recursive: true });
    mkdirSync(join(dir, 'basemap'));
    writeFileSync(join(dir, 'basemap', 'xuyi.pmtiles'), seatPmtiles());
    platform = await startPlatform(res, { MAP_BASEMAPS: JSON.stringify(BASEMAPS), DASHBOARD_DIR: dir });
    for (const [name, lat, lon] of [
      ['淮河路口', 32.99, 118.53],
      ['人民路口', 32.995, 118.521],
      ['都梁大道口', 32.984, 118.538],
    ] as const)
      stations.push(await registerDevice(platform.baseUrl, { kind: 'station', name, lat, lon }));
    unplaced = await registerDevice(platform.baseUrl, { kind: 'station', name: '待定位基站' });
    await putLayers(
      platform.baseUrl,
      buildCounty(0, 0).layers.filter((l) => l.name === 'county-jurisdictions'),
    );
    browser = await launchBrowser(res);
  });

  it('Tianditu with its key, AMap in GCJ-02 both ways, a basemap out of reach, a PMTiles archive, the choice remembered', { timeout: 180_000 }, async () => {
    const requested: string[] = [];
    const { page, errors, foreignRequests } = await openPage(browser, platform.baseUrl, '', { prepare: (p) => mockTileServers(p.context(), requested) });
    const ranges: { range: string | undefined; status: number }[] = [];
    page.on('response', (r) => r.url().endsWith('/basemap/xuyi.pmtiles') && ranges.push({ range: r.request().headers().range, status: r.status() }));
    await withScreenshot(page, 'basemaps', async () => {
      // The first configured: Tianditu.
      await signIn(page, ADMIN);
      await page.waitForSelector('[data-testid="map"][data-ready="true"][data-basemap="tianditu"][data-datum="wgs84"]', { timeout: 20_000 });
      await mapIdle(page);
      const tianditu = requested.filter((u) => u.includes('tianditu.gov.cn'));
      assert.ok(tianditu.some((u) => u.includes('/vec_w/')) && tianditu.some((u) => u.includes('/cva_w/')), 'the map and its Chinese labels');
      assert.ok(
        tianditu.every((u) => new URL(u).searchParams.get('tk') === 'test-tk'),
        'every Tianditu tile carries the key',
      );
      const options = await page.$$eval('[data-testid="basemap"] option', (os) => os.map((o) => o.textContent));
      assert.deepEqual(options, [zh('map.basemap.tianditu'), zh('map.basemap.amap'), '盱眙县（PMTiles）', '已停用的底图', '内网瓦片', zh('map.basemap.offline')]);
      const drawnAt = (id: string) =>
        page.evaluate(
          (id) =>
            (window.watchpostMap!.queryRenderedFeatures({ layers: ['devices-station'] }).find((f) => f.properties.id === id)?.geometry as { coordinates?: LonLat } | undefined)?.coordinates ?? null,
          id,
        );
      const first: LonLat = [118.53, 32.99];
      assert.ok(metres((await drawnAt(stations[0]!.id))!, first) < 2, 'on Tianditu a device is drawn where it is');
      assert.deepEqual(await accessibilityFaults(page), []);

      // AMap: the same device drawn at its GCJ-02 position, some 500 m off its WGS-84 one.
      await page.selectOption('[data-testid="basemap"]', 'gaode');
      await page.waitForSelector('[data-testid="map"][data-ready="true"][data-basemap="gaode"][data-datum="gcj02"]', { timeout: 20_000 });
      await mapIdle(page);
      assert.ok(
        requested.some((u) => /webrd0[1-4]\.is\.autonavi\.com\/appmaptile\?lang=zh_cn/.test(u)),
        'AMap road tiles in Chinese',
      );
      const onAmap = (await drawnAt(stations[0]!.id))!;
      assert.ok(metres(onAmap, wgs84ToGcj02(first)) < 2 && metres(onAmap, first) > 300, `drawn at ${onAmap}`);
      // The jurisdictions over it, shifted the same way.
      const county = buildCounty(0, 0).layers.find((l) => l.name === 'county-jurisdictions')!.geojson.features[0]!.geometry as unknown as { coordinates: LonLat[][] };
      const drawnOutline = await page.evaluate(
        async () =>
          ((await window.watchpostMap!.getSource<GeoJSONSource>('overlay-boundaries')!.getData()) as unknown as { features: { geometry: { coordinates: LonLat[][] } }[] }).features[0]!.geometry
            .coordinates[0]![0]!,
      );
      assert.ok(metres(drawnOutline, wgs84ToGcj02(county.coordinates[0]![0]!)) < 0.01, 'the county outline in GCJ-02');

      // Placing a device by a click on AMap: where the click falls in GCJ-02 is stored in WGS-84.
      const target: LonLat = [118.5262, 32.9921];
      await page.click(`[data-testid="device-list"] [data-device-id="${unplaced.id}"] button`);
      await page.click('[data-testid="device-card"] [data-testid="place-start"]');
      // At street zoom a pixel is a fraction of the 2 m asked for (at the fitted zoom it is 2.5 m).
      await page.evaluate((ll) => window.watchpostMap!.jumpTo({ center: ll, zoom: 17 }), wgs84ToGcj02(target));
      await mapIdle(page);
      const point = await page.evaluate((ll) => window.watchpostMap!.project(ll), wgs84ToGcj02(target));
      const box = (await page.locator('[data-testid="map"]').boundingBox())!;
      await page.mouse.click(box.x + point.x, box.y + point.y);
      await page.waitForSelector('[data-testid="place-pending"]');
      const [lat, lon] = (await page.textContent('[data-testid="place-pending"]'))!.split(',').map(Number) as [number, number];
      assert.ok(metres([lon, lat], target) < 2, `picked ${lat}, ${lon}`);
      assert.ok((await page.textContent('[data-testid="device-card"]'))!.includes(zh('place.converted')));
      await page.click('[data-testid="place-save"]');
      await page.waitForSelector('[data-testid="place-note"]');
      assert.equal(await page.textContent('[data-testid="place-note"]'), zh('place.saved'));
      const stored = ((await (await adminFetch(platform.baseUrl, `/api/v1/devices/${unplaced.id}`)).json()) as { device: { lat: number; lon: number } }).device;
      assert.ok(metres([stored.lon, stored.lat], target) < 2, `stored ${stored.lat}, ${stored.lon} (WGS-84)`);
      await page.waitForFunction((id) => window.watchpostMap!.queryRenderedFeatures({ layers: ['devices-station'] }).some((f) => f.properties.id === id), unplaced.id);
      assert.ok(metres((await drawnAt(unplaced.id))!, wgs84ToGcj02(target)) < 2, 'and drawn on AMap where it was clicked');
      await screenshot(page, 'basemap-amap');

      // A basemap out of reach: the offline one instead, and the page says why.
      await page.selectOption('[data-testid="basemap"]', 'broken');
      await page.waitForSelector('[data-testid="basemap-notice"]');
      assert.equal(await page.textContent('[data-testid="basemap-notice"]'), zh('map.basemap.fellBack', { title: '已停用的底图' }));
      await page.waitForSelector('[data-testid="map"][data-ready="true"][data-basemap="offline"]', { timeout: 20_000 });
      // A style that loads but whose tiles all fail, at once, before the map has even loaded: the same.
      await page.selectOption('[data-testid="basemap"]', 'dead-tiles');
      await page.waitForFunction((t) => document.querySelector('[data-testid="basemap-notice"]')?.textContent === t, zh('map.basemap.fellBack', { title: '内网瓦片' }), { timeout: 20_000 });
      await page.waitForSelector('[data-testid="map"][data-ready="true"][data-basemap="offline"]', { timeout: 20_000 });
      assert.ok(requested.some((u) => u.startsWith('https://tiles.example.cn/intranet/')));

      // The county's PMTiles archive, read from the platform by range requests.
      await page.selectOption('[data-testid="basemap"]', 'county-pmtiles');
      await page.waitForSelector('[data-testid="map"][data-ready="true"][data-basemap="county-pmtiles"]', { timeout: 20_000 });
      await page.evaluate(() => window.watchpostMap!.jumpTo({ center: [118.53, 32.99], zoom: 14 }));
      await mapIdle(page);
      const fromArchive = await page.evaluate(() => [
        ...new Set(
          window
            .watchpostMap!.queryRenderedFeatures()
            .filter((f) => f.source === 'county-pmtiles')
            .map((f) => f.sourceLayer),
        ),
      ]);
      for (const layer of ['earth', 'water', 'roads']) assert.ok(fromArchive.includes(layer), `${layer} drawn from the archive: ${fromArchive.join(', ')}`);
      await screenshot(page, 'basemap-pmtiles');
      assert.ok(
        ranges.some((r) => r.status === 206),
        `range requests answered: ${JSON.stringify(ranges)}`,
      );

      // Remembered in this browser.
      await page.reload();
      await page.waitForSelector('[data-testid="map"][data-ready="true"][data-basemap="county-pmtiles"]', { timeout: 20_000 });
      assert.deepEqual(
        foreignRequests.filter((u) => !MOCKED.test(u)),
        [],
        'nothing but the mocked servers',
      );
      assert.deepEqual(errors, []);
    });
    await page.close();
  });
});
