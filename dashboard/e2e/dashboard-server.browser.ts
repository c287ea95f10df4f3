// The compose topology: the browser talks only to the dashboard server, which
// serves the built app and forwards /api (the live feed included) to the platform.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { connectDevice, publishAcked, registerDevice } from '@watchpost/broker/test-support';
import { uplinkTopic } from '@watchpost/firmware-protocol';
import { ADMIN, Resources, launchBrowser, openDashboard, startDashboardServer, startPlatform, stationHeartbeat, waitShown, withScreenshot } from './support.js';

it(
  'works through dist-server/serve.js: sign-in through the proxy, the page loads, the live feed flows through the proxy, a station turns online then offline, and the page recovers when the server comes back',
  { timeout: 120_000 },
  async (t) => {
    const res = new Resources(t);
    // The station reports a 1 s heartbeat: offline after 3 s of silence.
    const platform = await startPlatform(res, { OFFLINE_AFTER_MISSED: '3' });
    const dashboard = await startDashboardServer(res, platform.baseUrl);
    const station = await registerDevice(platform.baseUrl, { kind: 'station', name: 'Proxy test', lat: 32.99, lon: 118.53 });

    const browser = await launchBrowser(res);
    const { page, errors, foreignRequests } = await openDashboard(browser, dashboard.url, ADMIN);
    await withScreenshot(page, 'dashboard-server', async () => {
      await waitShown(page, station.id, 'never_seen', 2_000);
      await page.waitForSelector('[data-live-status="connected"]');

      const client = await connectDevice(platform.mqttPort, station);
      res.defer(() => client.end(true));
      await publishAcked(client, uplinkTopic('station', station.id), stationHeartbeat(station.id, 1, 1));
      await waitShown(page, station.id, 'online', 2_000);
      await client.endAsync();
      // Silence: the platform's sweep (every 0.5 s) marks it offline 3 s after the frame; the page follows within 2 s.
      await waitShown(page, station.id, 'offline', 3_000 + 500 + 2_000);
      assert.equal(await page.textContent('[data-count="offline"] strong'), '1');

      assert.deepEqual(foreignRequests, [], 'everything comes from the dashboard server');
      assert.deepEqual(errors, []);

      // The server stops cleanly with an event stream open, and the page says it lost the feed.
      assert.equal(await dashboard.stop(), 0);
      await page.waitForSelector('[data-live-status="reconnecting"]', { timeout: 5_000 });

      // Back on the same port: the page reconnects by itself and starts again from a fresh snapshot.
      await startDashboardServer(res, platform.baseUrl, dashboard.port);
      // Beside the first: the map was fitted to it (street zoom) and does not jump when devices come.
      const late = await registerDevice(platform.baseUrl, { kind: 'station', name: 'While away', lat: 32.9906, lon: 118.5312 });
      await page.waitForSelector('[data-live-status="connected"]', { timeout: 20_000 });
      await waitShown(page, late.id, 'never_seen', 2_000);
      await waitShown(page, station.id, 'offline', 2_000);
    });
  },
);
