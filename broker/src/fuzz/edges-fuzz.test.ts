// 100,000 fuzz cases against the device edges over real sockets (CoAP from many addresses, MQTT), see edge-fuzz.ts.
// `npm run soak:edges -- --cases 5000000` runs the same for longer.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { eventually } from '@watchpost/ingest/test-support';
import { startTestPlatform, type TestPlatform } from '../test-support.js';
import { rawCoapClient, uriPath } from '../edges/coap/coap-test-client.js';
import { checkBudgets, checkInvariants, fuzzRound, prepareTargets } from './edge-fuzz.js';

const CASES = Number(process.env.EDGE_FUZZ_CASES ?? 100_000);

let platform: TestPlatform;
before(async () => {
  // Production limits; a device is offline after one missed heartbeat, so the victim is offline before the fuzz starts.
  platform = await startTestPlatform({ offlineAfterMissed: 1 });
});
after(() => platform.dispose());

it(
  `survives ${CASES.toLocaleString('en')} random, mutated, replayed and flooding cases over CoAP and MQTT, storing nothing unauthenticated and changing no one's presence or budget`,
  { timeout: 180_000 },
  async () => {
    const device = await rawCoapClient(platform.coap.port, '127.0.250.1');
    const targets = await prepareTargets(
      platform,
      async (path, payload) => (await device.request({ code: 'POST', options: uriPath(path), payload }))?.code ?? null,
      (check, what) => eventually(check, 10_000, what).then(() => undefined),
    );
    await device.close();

    const started = Date.now();
    const tally = await fuzzRound(platform, targets, { cases: CASES, seed: 20261201 });
    const seconds = (Date.now() - started) / 1000;
    const summary = `${tally.cases} cases in ${seconds.toFixed(1)} s: ${tally.coapDatagrams} CoAP datagrams, ${tally.mqttConnections} MQTT connections; ${JSON.stringify(tally.outcomes)}`;
    console.log(summary);

    assert.deepEqual(await checkInvariants(platform, targets, [tally]), [], summary);
    assert.deepEqual(await checkBudgets(platform, targets, platform.config.rateLimitBurst), [], summary);
    // The cases reached the edges' depths, not only their front doors.
    assert.ok(tally.outcomes['coap 4.01']! > CASES / 100 && tally.outcomes['coap 4.00']! > CASES / 10, summary);
    assert.ok(tally.outcomes['coap 2.04']! > 100, `replays are answered: ${summary}`);
    assert.ok((tally.outcomes['coap 2.31'] ?? 0) + (tally.outcomes['coap 4.08'] ?? 0) > 0, `block-wise cases: ${summary}`);
    const metrics = await (await fetch(`${platform.baseUrl}/metrics`, { headers: { authorization: `Bearer ${platform.adminToken}` } })).text();
    assert.match(metrics, /^watchpost_coap_datagrams_dropped_total\{reason="source_limited"\} [1-9]/m, 'the floods were limited by address');
    assert.match(metrics, /^watchpost_coap_datagrams_dropped_total\{reason="malformed"\} [1-9]/m);
  },
);
