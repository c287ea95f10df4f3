// The map of a county on the offline basemap: 559 base stations and 100 alarm pillars around
// Xuyi, the county's roads, water, places and jurisdictions uploaded as overlay layers. The first
// view fits every device, crowded devices are clustered (every device counted once), a cluster
// opens on a click, names are written at street zoom, "fit" brings the county back, and the same
// holds in English, the camera kept across the switch. Nothing is fetched from outside.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { connectDevice, publishAcked, type PlatformProcess, type RegisteredDevice } from '@watchpost/broker/test-support';
import { uplinkTopic } from '@watchpost/firmware-protocol';
import type { Browser } from 'playwright-core';
import { buildCounty } from './county-fixture.js';
import { cameraOf, mapIdle, putLayers, registerAll, renderedDevices } from './map-support.js';
import { ADMIN, Resources, accessibilityFaults, launchBrowser, openDashboard, screenshot, startPlatform, stationHeartbeat, withScreenshot } from './support.js';

describe('a county on the offline map', () => {
  const res = new Resources({ after });
  const county = buildCounty();
  let platform: PlatformProcess;
  let browser: Browser;
  let devices: RegisteredDevice[];

  before(async () => {
    platform = await startCounty();
    browser = await launchBrowser(res);
  });

  async function startCounty(): Promise<PlatformProcess> {
    const p = await startPlatform(res);
    await putLayers(p.baseUrl, county.layers);
    devices = await registerAll(
      p.baseUrl,
      county.sites.map((site) => ({ ...site })),
    );
    // Some of the county online, some gone quiet (a 1 s heartbeat: offline 3 s after its last frame).
    const stations = devices.filter((d) => d.kind === 'station');
    await Promise.all(
      stations.slice(0, 120).map(async (d, i) => {
        const client = await connectDevice(p.mqttPort, d);
        await publishAcked(client, uplinkTopic('station', d.id), stationHeartbeat(d.id, 1, i % 6 === 0 ? 1 : 60));
        await client.endAsync();
      }),
    );
    return p;
  }

  it('zh-CN: fitted to every device, clustered where they crowd, a cluster opens, names at street zoom, "fit" returns; 15,000 tags stay fast', { timeout: 180_000 }, async (t) => {
    const { page, errors, foreignRequests } = await openDashboard(browser, platform.baseUrl, ADMIN);
    await withScreenshot(page, 'county-map-zh-CN', async () => {
      // The quiet ones have gone offline.
      await page.waitForFunction(() => document.querySelector('[data-count="offline"] strong')?.textContent === '20', undefined, { timeout: 20_000 });
      await mapIdle(page);
      const fitted = await cameraOf(page);

      // Every device is in view, counted once: alone or inside one cluster.
      const inView = await page.evaluate((sites) => {
        const b = window.watchpostMap!.getBounds();
        return sites.filter((s) => !b.contains([s.lon, s.lat])).length;
      }, county.sites);
      assert.equal(inView, 0, 'devices outside the fitted view');
      const drawn = await renderedDevices(page, ['station', 'pillar']);
      assert.ok(drawn.clusters.length > 0, 'crowded devices are clustered');
      assert.equal(drawn.singles.length + drawn.clusters.reduce((n, c) => n + c.count, 0), county.sites.length, 'each device once');
      await screenshot(page, 'county-map-zh-CN-fitted');

      // A click on the biggest cluster zooms in on it.
      const biggest = drawn.clusters.sort((a, b) => b.count - a.count)[0]!;
      const point = await page.evaluate((ll) => window.watchpostMap!.project(ll), biggest.lngLat);
      const box = (await page.locator('[data-testid="map"]').boundingBox())!;
      await page.mouse.click(box.x + point.x + biggest.translate[0], box.y + point.y + biggest.translate[1]);
      await page.waitForFunction((z) => window.watchpostMap!.getZoom() > z + 0.5 && !window.watchpostMap!.isMoving(), fitted.zoom);
      await mapIdle(page);

      // At street zoom in the county seat: device names, street names and places are written.
      await page.evaluate((c) => window.watchpostMap!.jumpTo({ center: c, zoom: 16.3 }), [118.5295, 32.9915] as [number, number]);
      await mapIdle(page);
      // (No named functions inside evaluate: tsx would wrap them in a helper the page lacks.)
      const labels = await page.evaluate(() =>
        [['devices-station-labels', 'devices-pillar-labels'], ['base-road-label'], ['base-place-3', 'base-place-5']].map((layers) => window.watchpostMap!.queryRenderedFeatures({ layers }).length),
      );
      const [deviceLabels, streetLabels, placeLabels] = labels as [number, number, number];
      assert.ok(deviceLabels >= 3 && streetLabels >= 2 && placeLabels >= 1, `labels of devices, streets, places: ${labels.join(', ')}`);
      await screenshot(page, 'county-map-zh-CN-street');
      assert.deepEqual(await accessibilityFaults(page), []);

      // "Fit" brings the whole county back.
      await page.click('[data-testid="map-fit"]');
      await page.waitForFunction((z) => Math.abs(window.watchpostMap!.getZoom() - z) < 0.05 && !window.watchpostMap!.isMoving(), fitted.zoom, { timeout: 10_000 });
      const back = await cameraOf(page);
      assert.ok(Math.abs(back.lng - fitted.lng) < 1e-3 && Math.abs(back.lat - fitted.lat) < 1e-3, `${JSON.stringify(back)} vs ${JSON.stringify(fitted)}`);

      // A county's 15,000 e-bike tags in the tag layer (as the live feed would set them): clustered and drawn within seconds.
      const tookMs = await page.evaluate(
        ({ n, seat }) =>
          new Promise<number>((resolve) => {
            const map = window.watchpostMap!;
            const features = Array.from({ length: n }, (_, i) => ({
              type: 'Feature' as const,
              properties: { id: `tg-${i}`, name: '', label: `tg-${i}`, kind: 'tag', presence: i % 7 === 0 ? 'offline' : 'online' },
              geometry: { type: 'Point' as const, coordinates: [seat[0] + ((i * 7919) % 1000) / 1000 - 0.5, seat[1] + ((i * 104729) % 1000) / 1500 - 0.33] },
            }));
            const start = performance.now();
            map.once('idle', () => resolve(performance.now() - start));
            (map.getSource('devices-tag') as unknown as { setData(d: unknown): void }).setData({ type: 'FeatureCollection', features });
          }),
        { n: 15_000, seat: county.seat },
      );
      const tags = await renderedDevices(page, ['tag']);
      t.diagnostic(`15,000 tags clustered and drawn in ${Math.round(tookMs)} ms: ${tags.clusters.length} clusters, ${tags.singles.length} single`);
      assert.ok(tookMs < 5_000, `15,000 tags took ${tookMs} ms`);
      assert.ok(tags.clusters.length > 0 && tags.clusters.length < 400, `${tags.clusters.length} tag clusters`);
      assert.equal(tags.singles.length + tags.clusters.reduce((n, c) => n + c.count, 0), 15_000);
      await screenshot(page, 'county-map-zh-CN-tags');

      // English: a new map (MapLibre's own words), on the same spot; names in English.
      await page.evaluate((c) => window.watchpostMap!.jumpTo({ center: c, zoom: 15.2 }), [118.531, 32.9905] as [number, number]);
      await mapIdle(page);
      const before = await cameraOf(page);
      await page.selectOption('[data-testid="language"]', 'en');
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 20_000 });
      await mapIdle(page);
      const after = await cameraOf(page);
      assert.ok(Math.abs(after.zoom - before.zoom) < 0.01 && Math.abs(after.lng - before.lng) < 1e-6, 'the camera stays across maps');
      const field = await page.evaluate(() => JSON.stringify(window.watchpostMap!.getLayoutProperty('base-place-3', 'text-field')));
      assert.match(field, /^\["coalesce",\["get","name_en"\]/);
      await screenshot(page, 'county-map-en-street');
      // (The English header is taller, the map shorter: the same devices, another zoom.)
      await page.click('[data-testid="map-fit"]');
      await page.waitForFunction((z) => window.watchpostMap!.getZoom() < z - 2 && !window.watchpostMap!.isMoving(), after.zoom, { timeout: 10_000 });
      await mapIdle(page);
      const outside = await page.evaluate((sites) => sites.filter((s) => !window.watchpostMap!.getBounds().contains([s.lon, s.lat])).length, county.sites);
      assert.equal(outside, 0, 'every device in view again');
      await screenshot(page, 'county-map-en-fitted');
      assert.deepEqual(foreignRequests, [], 'the offline map fetches nothing from outside');
      assert.deepEqual(errors, []);
    });
    await page.close();
  });
});
