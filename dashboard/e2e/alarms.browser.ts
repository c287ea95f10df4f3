// The alarm path in the browser, on the real platform: a county with its five parties (set up
// through the API as an administrator would); a pillar on MQTT presses its button (a real
// PillarEvent frame, QoS 1) and answers its commands as firmware does. The alarm appears on the
// duty operator's console, in Chinese, within seconds; the operator receives it, answers the
// caller (the pillar gets SetCallState), verifies it and dispatches the police station, each step
// landing in the timeline; the station's officer acknowledges it on a phone with one button, and
// the console shows that the station acknowledged. No serious accessibility fault, no English.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { adminFetch, connectDevice, publishAcked, registerDevice, type PlatformProcess, type RegisteredDevice } from '@watchpost/broker/test-support';
import { decodeDownlink, downlinkTopic, encodeUplink, uplinkTopic, type DownlinkFrame, type UplinkBody } from '@watchpost/firmware-protocol';
import type { MqttClient } from 'mqtt';
import type { Browser, Page } from 'playwright-core';
import { englishIn, readableTexts } from './i18n-scan.js';
import {
  PHONE,
  Resources,
  accessibilityFaults,
  countTones,
  tonesStarted,
  launchBrowser,
  openPage,
  screenshot,
  signIn,
  smallTargets,
  startPlatform,
  withScreenshot,
  zh,
  type Credentials,
} from './support.js';

const box = (x0: number, y0: number, x1: number, y1: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ],
  ],
});

async function put(platform: PlatformProcess, path: string, body: unknown): Promise<void> {
  const res = await adminFetch(platform.baseUrl, `/api/v1${path}`, { method: 'PUT', body: JSON.stringify(body) });
  assert.equal(res.status, 200, `PUT ${path}: ${await res.text()}`);
}

/** The five parties of Saihan's linkage, each a unit named where it works. */
const PARTIES = [
  { role: 'governance_centre', unit: 'gc', name: '盱眙县综治中心', namedIn: 'county' },
  { role: 'police_station', unit: 'station-a', name: '城东派出所', namedIn: 'area-a' },
  { role: 'town_command', unit: 'town-cmd', name: '盱城街道指挥中心', namedIn: 'town' },
  { role: 'district_centre', unit: 'district-centre', name: '区智慧中心', namedIn: 'county' },
  { role: 'police_command', unit: 'sub-bureau', name: '公安分局指挥中心', namedIn: 'county' },
] as const;

const OPERATOR: Credentials = { username: 'gc-duty', password: 'gc-duty-password' };
const OFFICER: Credentials = { username: 'station-a-duty', password: 'station-a-password' };

async function setUpCounty(platform: PlatformProcess): Promise<void> {
  await put(platform, '/jurisdictions/county', { name: '盱眙县', kind: 'county', boundary: box(118.4, 32.9, 118.7, 33.1) });
  await put(platform, '/jurisdictions/town', { name: '盱城街道', kind: 'town', parentId: 'county', boundary: box(118.45, 32.95, 118.65, 33.05) });
  await put(platform, '/jurisdictions/area-a', { name: '城东派出所辖区', kind: 'police_area', parentId: 'town', boundary: box(118.5, 32.97, 118.55, 33.02) });
  for (const p of PARTIES) {
    await put(platform, `/units/${p.unit}`, { name: p.name, kind: p.role, jurisdictionId: p.namedIn });
    await put(platform, `/jurisdictions/${p.namedIn}/parties`, { [p.role]: p.unit });
  }
  for (const [who, body] of [
    [OPERATOR, { displayName: '张值班', role: 'operator', unitId: 'gc', jurisdictions: ['county'] }],
    [OFFICER, { displayName: '李民警', role: 'police', unitId: 'station-a', jurisdictions: ['area-a'] }],
  ] as const) {
    const res = await adminFetch(platform.baseUrl, '/api/v1/users', { method: 'POST', body: JSON.stringify({ username: who.username, password: who.password, ...body }) });
    assert.equal(res.status, 201, await res.text());
  }
  // The county's plan: the governance centre on the press; the rest once verified, the police station within 2 s (reminded every second), or it is carded yellow.
  await put(platform, '/alarm-plans/county/high', {
    parties: [
      { role: 'governance_centre', when: 'press', acknowledgeWithinS: 120, remindEveryS: 60 },
      { role: 'police_station', when: 'verified', acknowledgeWithinS: 2, remindEveryS: 1, redAfterS: 300 },
      { role: 'town_command', when: 'verified', acknowledgeWithinS: 120, remindEveryS: 60 },
      { role: 'district_centre', when: 'verified', acknowledgeWithinS: 120, remindEveryS: 60 },
      { role: 'police_command', when: 'verified', acknowledgeWithinS: 120, remindEveryS: 60 },
    ],
    supervisor: 'police_command',
  });
}

/** A pillar as firmware runs it: subscribed to its commands, acknowledging each. */
class Pillar {
  readonly downlinks: DownlinkFrame[] = [];
  private seq = 0;

  private constructor(
    readonly device: RegisteredDevice,
    private readonly client: MqttClient,
  ) {}

  static async connect(platform: PlatformProcess, device: RegisteredDevice): Promise<Pillar> {
    const client = await connectDevice(platform.mqttPort, device);
    const pillar = new Pillar(device, client);
    client.on('message', (_topic, payload) => {
      const { frame } = decodeDownlink(payload);
      pillar.downlinks.push(frame);
      void pillar.send({ type: 'commandAck', commandId: frame.commandId, status: 'ACK_STATUS_OK', detail: '' }).catch(() => undefined);
    });
    await new Promise<void>((resolve, reject) => client.subscribe(downlinkTopic('pillar', device.id), { qos: 1 }, (err) => (err ? reject(err) : resolve())));
    return pillar;
  }

  send(body: UplinkBody): Promise<void> {
    this.seq += 1;
    return publishAcked(this.client, uplinkTopic('pillar', this.device.id), encodeUplink({ deviceId: this.device.id, seq: this.seq, deviceTimeMs: Date.now(), body }));
  }

  press(): Promise<void> {
    return this.send({ type: 'pillarEvent', event: 'PILLAR_EVENT_TYPE_BUTTON_PRESSED' });
  }

  close(): void {
    this.client.end(true);
  }
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

describe('an alarm on the console and on a party member’s phone', () => {
  const res = new Resources({ after });
  let platform: PlatformProcess;
  let browser: Browser;
  let pillar: Pillar;

  before(async () => {
    platform = await startPlatform(res);
    await setUpCounty(platform);
    const device = await registerDevice(platform.baseUrl, { kind: 'pillar', name: '东门路口', lat: 33.0, lon: 118.52 });
    await put(platform, `/pillars/${device.id}/camera`, { kind: 'rtsp', url: 'rtsp://10.0.0.7/dome-1' });
    pillar = await Pillar.connect(platform, device);
    res.defer(() => pillar.close());
    browser = await launchBrowser(res);
  });

  it('appears live, is handled step by step, and shows the police station’s acknowledgement', { timeout: 180_000 }, async () => {
    const { page, errors, apiRequests } = await openPage(browser, platform.baseUrl, '#/alarms', { prepare: countTones });
    await withScreenshot(page, 'alarm-console', async () => {
      await signIn(page, OPERATOR);
      await page.waitForSelector('[data-testid="alarm-queue-empty"]');
      await page.waitForSelector('[data-live-status="connected"]');

      // The press: at its PUBACK the alarm exists; the console shows it within seconds, marked new.
      await pillar.press();
      const pressed = Date.now();
      const card = await page.waitForSelector('[data-testid="alarm-card"][data-fresh="true"]', { timeout: 5_000 });
      const shownAfter = Date.now() - pressed;
      assert.ok(shownAfter < 3_000, `the alarm showed ${shownAfter} ms after the press`);
      const id = (await card.getAttribute('data-alarm-id'))!;
      // …and sounds: the two-tone call, four notes.
      assert.equal(await tonesStarted(page), 4, 'the new alarm sounded');
      assert.equal(await page.getAttribute('[data-testid="sound-toggle"]', 'aria-pressed'), 'true');
      assert.match(await card.innerText(), new RegExp(zh('alarms.state.raised')));
      assert.match(await page.innerText('[data-testid="alarm-arrived"]'), /东门路口/);
      // Its elapsed time ticks.
      const elapsed = await page.innerText('[data-testid="alarm-elapsed"]');
      await page.waitForFunction((before) => document.querySelector('[data-testid="alarm-elapsed"]')?.textContent !== before, elapsed, { timeout: 3_000 });
      await noEnglish(page, 'the queue');

      // Opened: the pillar's acknowledgement of "help is on its way", its camera, its alarm coordinate.
      await card.click();
      await page.waitForSelector(`[data-testid="alarm-detail"][data-alarm-id="${id}"]`);
      assert.equal(await page.getAttribute(`[data-alarm-id="${id}"][data-testid="alarm-card"]`, 'data-fresh'), 'false', 'opened: no longer new');
      await page.waitForSelector('[data-testid="alarm-help"][data-status="acknowledged"]', { timeout: 5_000 });
      assert.match(await page.innerText('[data-testid="alarm-help"]'), new RegExp(zh('alarms.help.acknowledged')));
      assert.equal(await page.getAttribute('[data-testid="alarm-camera"] a', 'href'), 'rtsp://10.0.0.7/dome-1');
      assert.match(await page.innerText('[data-testid="alarm-coordinate"]'), /^[A-Z0-9]{3}-[A-Z0-9]{3}$/);
      // The pillar on the map, drawn where it stands.
      await page.waitForSelector('[data-testid="alarm-map"] [data-testid="map"][data-ready="true"]', { timeout: 20_000 });
      const drawn = await page.waitForFunction((pillarId) => window.watchpostMap?.queryRenderedFeatures({ layers: ['devices-pillar'] }).some((f) => f.properties.id === pillarId), pillar.device.id, {
        timeout: 10_000,
      });
      assert.equal(await drawn.jsonValue(), true);
      const first = await timelineSteps(page);
      for (const s of ['raised', 'party_notified', 'caller_notified', 'pillar_acknowledged']) assert.ok(first.includes(s), `the timeline starts with ${s}: ${first.join(', ')}`);
      // Only the governance centre is told on the press (the county's plan); it has not acknowledged.
      await page.waitForSelector('[data-testid="party-row"][data-role="governance_centre"][data-acknowledged="false"]');

      // The steps, in order, each landing in the timeline with who did it.
      await stepLands(page, 'step-receive', 'received');
      const commandsBefore = pillar.downlinks.length;
      await stepLands(page, 'step-answer', 'call_answered');
      await page.waitForSelector('[data-testid="alarm-call"][data-open="true"]');
      const deadline = Date.now() + 5_000;
      while (!pillar.downlinks.slice(commandsBefore).some((f) => f.command?.type === 'setCallState') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      assert.deepEqual(
        pillar.downlinks.slice(commandsBefore).find((f) => f.command?.type === 'setCallState')?.command,
        { type: 'setCallState', open: true },
        'the pillar was told to open its two-way voice',
      );
      await page.check('[data-testid="verify-genuine"]');
      await page.selectOption('[data-testid="verify-severity"]', 'high');
      await stepLands(page, 'step-verify', 'verified');
      // Verified genuine: the rest of the plan's parties are linked.
      await page.waitForSelector('[data-testid="party-row"][data-role="police_station"]', { timeout: 5_000 });
      await page.selectOption('[data-testid="dispatch-unit"]', 'station-a');
      await stepLands(page, 'step-dispatch', 'dispatched');
      const who = await page.innerText('[data-testid="timeline-entry"][data-step="dispatched"]');
      assert.match(who, /张值班/);
      assert.match(who, new RegExp(zh('role.operator')));
      const steps = await timelineSteps(page);
      for (const s of ['raised', 'caller_notified', 'pillar_acknowledged', 'received', 'call_answered', 'verified', 'dispatched'])
        assert.ok(steps.includes(s), `the timeline has ${s}: ${steps.join(', ')}`);
      assert.ok(
        steps.indexOf('received') < steps.indexOf('call_answered') && steps.indexOf('call_answered') < steps.indexOf('verified') && steps.indexOf('verified') < steps.indexOf('dispatched'),
        'in order',
      );
      assert.match(await page.innerText(`[data-testid="alarm-card"][data-alarm-id="${id}"]`), new RegExp(zh('alarms.state.dispatched')));
      // The police station does not acknowledge within its 2 s: a yellow card, on its row and on the alarm's card in the queue.
      await page.waitForSelector('[data-testid="party-row"][data-role="police_station"][data-acknowledged="false"][data-level="yellow"]', { timeout: 8_000 });
      await page.waitForSelector(`[data-testid="alarm-card"][data-alarm-id="${id}"][data-level="yellow"]`, { timeout: 5_000 });
      assert.match(await page.innerText(`[data-testid="alarm-card"][data-alarm-id="${id}"]`), new RegExp(zh('alarms.level.yellow')));
      await noEnglish(page, 'the alarm');
      assert.deepEqual(await accessibilityFaults(page), [], 'the console');
      await screenshot(page, 'alarm-console');

      // The station's officer, on a phone: the alarm linked to the station, one big button.
      const phone = await openPage(browser, platform.baseUrl, '#/alarms/mine', { context: PHONE });
      await withScreenshot(phone.page, 'alarm-party-phone', async () => {
        await signIn(phone.page, OFFICER);
        const mine = await phone.page.waitForSelector(`[data-testid="party-alarm"][data-alarm-id="${id}"][data-acknowledged="false"]`);
        assert.match(await mine.innerText(), new RegExp(zh('alarms.party.police_station')));
        assert.deepEqual(await smallTargets(phone.page, '[data-testid="party-queue"]'), [], 'fingertip-sized controls');
        const button = await phone.page.$('[data-testid="party-acknowledge"]');
        const size = await button!.boundingBox();
        assert.ok(size && size.height >= 60 && size.width >= 300, `one big button: ${JSON.stringify(size)}`);
        assert.deepEqual(await accessibilityFaults(phone.page), [], 'the party queue');
        await noEnglish(phone.page, 'the party queue');
        await screenshot(phone.page, 'alarm-party-phone');
        await button!.click();
        const done = await phone.page.waitForSelector(`[data-testid="party-alarm"][data-alarm-id="${id}"][data-acknowledged="true"] [data-testid="party-acked"]`);
        assert.match(await done.innerText(), new RegExp(zh('alarms.mine.remindersStopped')));
        assert.deepEqual(await accessibilityFaults(phone.page), [], 'the party queue, acknowledged');
        await screenshot(phone.page, 'alarm-party-phone-acked');
        assert.deepEqual(phone.errors, []);
      });

      // …and the console shows it, by the live feed: the station acknowledged, in the board and the timeline.
      const acked = Date.now();
      await page.waitForSelector('[data-testid="party-row"][data-role="police_station"][data-acknowledged="true"]', { timeout: 5_000 });
      assert.ok(Date.now() - acked < 5_000);
      assert.match(await page.innerText('[data-testid="party-row"][data-role="police_station"] [data-testid="party-ack"]'), new RegExp(zh('alarms.board.ackedAt', { time: '' }).trim()));
      // Its reminders stopped: none more on the board, seconds after (it was reminded every second).
      const reminders = () => page.innerText('[data-testid="party-row"][data-role="police_station"] [data-testid="party-reminders"]');
      const remindedAtAck = await reminders();
      assert.ok(Number.parseInt(remindedAtAck, 10) >= 1, `reminded before: ${remindedAtAck}`);
      await new Promise((r) => setTimeout(r, 2_500));
      assert.equal(await reminders(), remindedAtAck, 'no reminder after the acknowledgement');
      await page.waitForSelector('[data-testid="timeline-entry"][data-step="party_acknowledged"]');
      assert.match(await page.innerText('[data-testid="timeline-entry"][data-step="party_acknowledged"]'), /李民警/);
      await noEnglish(page, 'the alarm, acknowledged');
      // Settled, the console reads the alarm only when the feed says it changed (not in a loop).
      const reads = () => apiRequests.filter((r) => r.startsWith(`/api/v1/alarms/${id}`)).length;
      const readsBefore = reads();
      await new Promise((r) => setTimeout(r, 1_500));
      assert.ok(reads() - readsBefore <= 2, `${reads() - readsBefore} reads of the alarm in 1.5 s`);
      assert.deepEqual(await accessibilityFaults(page), [], 'the console, acknowledged');
      assert.deepEqual(errors, []);
    });
  });

  it('reads in English for an English browser, where the alarm is brought to the scene and closed', { timeout: 60_000 }, async () => {
    const { page, errors } = await openPage(browser, platform.baseUrl, '#/alarms', { locale: 'en' });
    await signIn(page, OPERATOR);
    const card = await page.waitForSelector('[data-testid="alarm-card"]');
    assert.match(await card.innerText(), /Dispatched/);
    await card.click();
    await page.waitForSelector('[data-testid="party-row"][data-role="police_station"][data-acknowledged="true"]');
    assert.match(await page.innerText('[data-testid="party-board"]'), /Police station/);
    // On scene, then closed with its disposition: the queue is empty, the alarm says closed.
    await stepLands(page, 'step-on-scene', 'on_scene');
    await page.selectOption('[data-testid="close-disposition"]', 'resolved');
    await stepLands(page, 'step-close', 'closed');
    assert.match(await page.innerText('[data-testid="timeline-entry"][data-step="closed"]'), /Resolved/);
    await page.waitForSelector('[data-testid="alarm-queue-empty"]');
    assert.equal(await page.getAttribute('[data-testid="alarm-detail"]', 'data-state'), 'closed');
    assert.equal(await page.isDisabled('[data-testid="step-receive"]'), true);
    assert.deepEqual(await accessibilityFaults(page), [], 'the console, in English');
    assert.deepEqual(errors, []);
  });
});
