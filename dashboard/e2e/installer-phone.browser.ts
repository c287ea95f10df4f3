// An installer on a phone (390 × 844, touch), at the pole: reads the station's serial from its
// QR code with the camera (the camera and the browser's BarcodeDetector are stood in for: neither
// exists here), takes the position from the phone's location, registers the station, finds it
// on the map and sees it come online once it publishes over MQTT. Then places a station that was
// registered without a position, from its panel, by the phone's location; and is told plainly
// when the location is refused. Every control is fingertip-sized, and no page has a serious
// accessibility fault.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { adminFetch, connectDevice, publishAcked, registerDevice, type PlatformProcess } from '@watchpost/broker/test-support';
import { uplinkTopic } from '@watchpost/firmware-protocol';
import type { Browser, Page } from 'playwright-core';
import { mapIdle } from './map-support.js';
import {
  PHONE,
  Resources,
  accessibilityFaults,
  demo,
  goTo,
  launchBrowser,
  openPage,
  screenshot,
  signIn,
  smallTargets,
  startPlatform,
  stationHeartbeat,
  waitShown,
  withScreenshot,
  zh,
} from './support.js';

const AT_THE_POLE = { latitude: 32.9931, longitude: 118.5257, accuracy: 8 };

/**
 * A camera and a QR reader for the page: getUserMedia answers a canvas's stream, and
 * BarcodeDetector reads `text` from the third frame it is shown. Marks when the camera is let go.
 */
async function fakeCamera(page: Page, text: string): Promise<void> {
  // Plain JavaScript in a string: tsx would wrap the functions of a TypeScript callback in a helper the page does not have.
  await page.addInitScript(`(() => {
    const text = ${JSON.stringify(text)};
    window.BarcodeDetector = class {
      constructor() { this.frames = 0; }
      async detect() { this.frames += 1; return this.frames >= 3 ? [{ rawValue: text, format: 'qr_code' }] : []; }
      static async getSupportedFormats() { return ['qr_code']; }
    };
    Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia: async () => {
      const canvas = document.createElement('canvas');
      canvas.width = 320;
      canvas.height = 240;
      canvas.getContext('2d').fillRect(0, 0, 320, 240);
      const stream = canvas.captureStream(10);
      const track = stream.getTracks()[0];
      const stop = track.stop.bind(track);
      track.stop = () => { window.cameraStopped = true; stop(); };
      return stream;
    } } });
  })()`);
}

describe('an installer on a phone', () => {
  const res = new Resources({ after });
  let platform: PlatformProcess;
  let browser: Browser;

  before(async () => {
    platform = await startPlatform(res, { DEMO_USERS: '1' });
    await registerDevice(platform.baseUrl, { kind: 'station', name: '北门基站', lat: 32.996, lon: 118.522 });
    browser = await launchBrowser(res);
  });

  it('registers a station by its QR code and the phone’s location, finds it on the map and sees it come online', { timeout: 120_000 }, async () => {
    const { page, errors, foreignRequests } = await openPage(browser, platform.baseUrl, '', {
      context: { ...PHONE, geolocation: AT_THE_POLE, permissions: ['geolocation'] },
      prepare: (p) => fakeCamera(p, 'SN:ST-E2E-PHONE-01'),
    });
    await withScreenshot(page, 'installer-phone', async () => {
      assert.deepEqual(await smallTargets(page, '[data-testid="login"]'), [], 'sign-in controls');
      await screenshot(page, 'phone-login');
      await signIn(page, demo('installer'));
      await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 20_000 });
      assert.deepEqual(await smallTargets(page, '[data-testid="app-header"]'), [], 'header controls');
      assert.deepEqual(await smallTargets(page, '[data-testid="side-panel"]'), [], 'list controls');

      await page.tap('[data-testid="nav-devices-new"]');
      await page.waitForSelector('[data-testid="device-form"]');
      assert.deepEqual(await smallTargets(page, '[data-testid="register-device-page"]'), [], 'form controls');
      assert.deepEqual(await accessibilityFaults(page), []);

      // The serial from the QR code; the camera is let go once it is read.
      await page.tap('[data-testid="scan-qr"]');
      await page.waitForSelector('[data-testid="qr-scanner"] video');
      await page.waitForFunction(() => (document.querySelector('[data-testid="device-id"]') as HTMLInputElement).value === 'st-e2e-phone-01');
      assert.equal(await page.textContent('[data-testid="qr-note"]'), zh('device.qr.found'));
      assert.equal(await page.$('[data-testid="qr-scanner"]'), null);
      assert.equal(await page.evaluate(() => (window as unknown as { cameraStopped?: boolean }).cameraStopped), true, 'the camera is stopped');

      await page.fill('[data-testid="device-name"]', '淮河大桥南端基站');
      await page.tap('[data-testid="use-location"]');
      await page.waitForFunction(() => (document.querySelector('[data-testid="device-lat"]') as HTMLInputElement).value !== '');
      assert.equal(await page.inputValue('[data-testid="device-lat"]'), '32.993100');
      assert.equal(await page.inputValue('[data-testid="device-lon"]'), '118.525700');
      await screenshot(page, 'phone-register-form');
      await page.tap('[data-testid="register-device"]');
      await page.waitForSelector('[data-testid="registered-device"][data-device-id="st-e2e-phone-01"]');
      const secret = await page.inputValue('[data-testid="device-secret"]');
      assert.deepEqual(await smallTargets(page, '[data-testid="register-device-page"]'), [], 'result controls');
      await screenshot(page, 'phone-registered');

      // On the map: the page opens on it, its popup says it has not been heard from yet.
      await page.tap('[data-testid="see-on-map"]');
      await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 20_000 });
      await page.waitForSelector('.maplibregl-popup .details[data-presence="never_seen"]');
      assert.ok((await page.textContent('.maplibregl-popup'))!.includes('淮河大桥南端基站'));
      await waitShown(page, 'st-e2e-phone-01', 'never_seen', 5_000);

      // The station publishes with its secret: online on the phone's map.
      const client = await connectDevice(platform.mqttPort, { id: 'st-e2e-phone-01', secret });
      res.defer(() => client.end(true));
      await publishAcked(client, uplinkTopic('station', 'st-e2e-phone-01'), stationHeartbeat('st-e2e-phone-01', 1));
      await waitShown(page, 'st-e2e-phone-01', 'online', 2_000);
      await page.waitForSelector('.maplibregl-popup .details[data-presence="online"]');
      await mapIdle(page);
      await screenshot(page, 'phone-map-online');
      // Closed, it stays closed while the fleet changes (the address still names the device).
      await page.tap('.maplibregl-popup-close-button');
      await page.waitForSelector('.maplibregl-popup', { state: 'detached' });
      const another = await registerDevice(platform.baseUrl, { kind: 'station', name: '另一台', lat: 32.9935, lon: 118.5262 });
      await page.waitForSelector(`[data-testid="device-list"] [data-device-id="${another.id}"]`, { state: 'attached' });
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(await page.$('.maplibregl-popup'), null, 'the popup does not reopen');
      assert.deepEqual(await accessibilityFaults(page), []);
      assert.deepEqual(foreignRequests, []);
      assert.deepEqual(errors, []);
    });
    await page.close();
  });

  it('places a station registered without a position from its panel, by the phone’s location', { timeout: 120_000 }, async () => {
    const unplaced = await registerDevice(platform.baseUrl, { kind: 'station', name: '城南基站（待定位）' });
    const { page, errors } = await openPage(browser, platform.baseUrl, '', {
      context: { ...PHONE, geolocation: { latitude: 32.9842, longitude: 118.5391, accuracy: 12 }, permissions: ['geolocation'] },
    });
    await withScreenshot(page, 'installer-place', async () => {
      await signIn(page, demo('installer'));
      await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 20_000 });
      await page.tap(`[data-testid="device-list"] [data-device-id="${unplaced.id}"] button`);
      await page.waitForSelector(`[data-testid="device-card"][data-device-id="${unplaced.id}"]`);
      assert.equal(await page.textContent('[data-testid="no-position"]'), zh('place.noPosition'));
      assert.deepEqual(await smallTargets(page, '[data-testid="device-card"]'), [], 'panel controls');
      assert.deepEqual(await accessibilityFaults(page), []);
      await screenshot(page, 'phone-device-no-position');

      await page.tap('[data-testid="place-locate"]');
      await page.waitForSelector('[data-testid="place-pending"]');
      assert.equal(await page.textContent('[data-testid="place-pending"]'), '32.984200, 118.539100');
      assert.equal(await page.textContent('[data-testid="place-note"]'), zh('place.located', { metres: '12' }));
      await page.tap('[data-testid="place-save"]');
      await page.waitForFunction((t) => document.querySelector('[data-testid="place-note"]')?.textContent === t, zh('place.saved'));
      await waitShown(page, unplaced.id, 'never_seen', 5_000);
      await mapIdle(page);
      await screenshot(page, 'phone-device-placed');
      const { device } = (await (await adminFetch(platform.baseUrl, `/api/v1/devices/${unplaced.id}`)).json()) as { device: { lat: number; lon: number } };
      assert.deepEqual([device.lat, device.lon], [32.9842, 118.5391]);
      const audit = (await (await adminFetch(platform.baseUrl, `/api/v1/audit?action=device.move&subjectId=${unplaced.id}`)).json()) as { entries: { actorRole: string | null }[] };
      assert.equal(audit.entries[0]?.actorRole, 'installer', 'the move is in the audit trail');
      assert.deepEqual(errors, []);
    });
    await page.close();
  });

  it('says plainly when the phone’s location is refused, and the account page fits a phone', { timeout: 60_000 }, async () => {
    const { page, errors } = await openPage(browser, platform.baseUrl, '', { context: { ...PHONE } });
    await withScreenshot(page, 'installer-refused', async () => {
      await signIn(page, demo('installer'));
      await goTo(page, '#/devices/new');
      await page.waitForSelector('[data-testid="device-form"]');
      assert.equal(await page.$('[data-testid="scan-qr"]'), null, 'no QR button where the browser cannot read one');
      await page.tap('[data-testid="use-location"]');
      await page.waitForSelector('[data-testid="location-note"]');
      assert.equal(await page.textContent('[data-testid="location-note"]'), zh('device.location.denied'));
      await goTo(page, '#/account');
      await page.waitForSelector('[data-testid="password-form"]');
      assert.deepEqual(await smallTargets(page, '[data-testid="account"]'), [], 'account controls');
      assert.deepEqual(await accessibilityFaults(page), []);
      await screenshot(page, 'phone-account');
      assert.deepEqual(errors, []);
    });
    await page.close();
  });
});
