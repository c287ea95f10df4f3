// The dashboard served by the platform: devices on the map and in the list, live.
// Real platform process, real MQTT over TCP, real Chromium rendering with WebGL.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { adminFetch, connectDevice, publishAcked, registerDevice, type RegisteredDevice } from '@watchpost/broker/test-support';
import { uplinkTopic } from '@watchpost/firmware-protocol';
import { ADMIN, Resources, launchBrowser, openDashboard, screenshot, shownState, startPlatform, stationHeartbeat, waitShown, withScreenshot, zh } from './support.js';

/** Around the platform's default map centre (Xuyi, 118.53 E 32.99 N), all in view at zoom 12. */
const STATIONS = [
  { name: 'North gate', lat: 33.005, lon: 118.515 },
  { name: 'Huaihe bridge', lat: 32.99, lon: 118.53 },
  { name: 'Market street', lat: 32.978, lon: 118.548 },
];
const LIVE_LIMIT_MS = 2_000;

async function putOverlay(baseUrl: string, name: string, geometry: object): Promise<void> {
  const res = await adminFetch(baseUrl, `/api/v1/map/layers/${name}`, {
    method: 'PUT',
    body: JSON.stringify({ title: name, geojson: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry }] } }),
  });
  assert.equal(res.status, 204, await res.text());
}

it('shows registered stations, turns each online within 2 s of its PUBACK and shows a new registration, without reload', { timeout: 120_000 }, async (t) => {
  const res = new Resources(t);
  const platform = await startPlatform(res);
  const stations: RegisteredDevice[] = [];
  for (const s of STATIONS) stations.push(await registerDevice(platform.baseUrl, { kind: 'station', ...s }));
  await putOverlay(platform.baseUrl, 'roads', {
    type: 'LineString',
    coordinates: [
      [118.5, 32.99],
      [118.56, 32.99],
    ],
  });
  await putOverlay(platform.baseUrl, 'jurisdiction', {
    type: 'Polygon',
    coordinates: [
      [
        [118.5, 32.97],
        [118.56, 32.97],
        [118.56, 33.01],
        [118.5, 33.01],
        [118.5, 32.97],
      ],
    ],
  });

  const browser = await launchBrowser(res);
  const { page, errors, foreignRequests } = await openDashboard(browser, platform.baseUrl, ADMIN);
  await withScreenshot(page, 'live-map', async () => {
    assert.equal(await page.$('[data-testid="demo-banner"]'), null, 'the real administrator is not a demo account');
    // A page reload would lose this.
    await page.evaluate(() => Object.assign(window, { __samePage: true }));

    for (const s of stations) assert.deepEqual(await shownState(page, s.id, 'devices-station'), { listed: 'never_seen', drawn: 'never_seen' }, s.id);
    assert.equal(await page.textContent('[data-count="never_seen"] strong'), '3');
    await page.waitForSelector('[data-live-status="connected"]');

    // The overlays are the offline basemap, beneath every device layer (points, clusters, labels, counts per kind).
    const layers = await page.evaluate(() => window.watchpostMap!.getLayersOrder());
    const kinds = ['tag', 'station', 'pillar'].flatMap((k) => [`devices-${k}`, `devices-${k}-clusters`, `devices-${k}-labels`, `devices-${k}-counts`]);
    assert.deepEqual(
      layers.filter((id) => id.startsWith('devices-')),
      kinds,
    );
    assert.ok(layers.indexOf('base-road-street') < layers.indexOf('devices-tag') && layers.indexOf('base-boundary-police') < layers.indexOf('devices-tag'), layers.join(' '));
    const overlayFeatures = await page.evaluate(() => window.watchpostMap!.queryRenderedFeatures({ layers: ['base-road-street', 'base-boundary-police'] }).length);
    assert.ok(overlayFeatures >= 2, `overlay features rendered: ${overlayFeatures}`);

    for (const [i, s] of stations.entries()) {
      const client = await connectDevice(platform.mqttPort, s);
      res.defer(() => client.end(true));
      await publishAcked(client, uplinkTopic('station', s.id), stationHeartbeat(s.id, 1));
      const tookMs = await waitShown(page, s.id, 'online', LIVE_LIMIT_MS);
      t.diagnostic(`${s.id} online on the page ${Math.round(tookMs)} ms after PUBACK`);
      assert.equal(await page.textContent('[data-count="online"] strong'), String(i + 1));
    }

    const late = await registerDevice(platform.baseUrl, { kind: 'station', name: 'Late arrival', lat: 32.995, lon: 118.54 });
    await waitShown(page, late.id, 'never_seen', LIVE_LIMIT_MS);
    await screenshot(page, 'live-map');

    // A click in the list flies to the device and opens its popup, which follows live state.
    await page.click(`[data-testid="device-list"] [data-device-id="${stations[0]!.id}"] button`);
    await page.waitForSelector('.maplibregl-popup .details[data-presence="online"]');
    const popup = (await page.textContent('.maplibregl-popup'))!;
    for (const said of ['North gate', zh('kind.station'), zh('presence.online')]) assert.ok(popup.includes(said), `the popup says ${said}: ${popup}`);

    assert.equal(await page.evaluate(() => (window as { __samePage?: boolean }).__samePage), true, 'the page reloaded');
    assert.deepEqual(foreignRequests, [], 'the map must not need the internet');
    assert.deepEqual(errors, []);
  });
});
