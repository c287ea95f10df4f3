/**
 * The device-edge fuzz for longer: `npm run soak:edges -- --cases 5000000 [--seed N]`.
 * Starts a platform of its own (PGlite in a temporary directory, or DATABASE_URL),
 * runs rounds of 100,000 cases from fresh source addresses, checks the invariants
 * after every round and the budgets at the end; exits 1 on the first violation.
 */
import { parseArgs } from 'node:util';
import { eventually } from '@watchpost/ingest/test-support';
import { startTestPlatform } from '../test-support.js';
import { rawCoapClient, uriPath } from '../coap/coap-test-client.js';
import { checkBudgets, checkInvariants, fuzzRound, prepareTargets, type FuzzTally } from './edge-fuzz.js';

const { values } = parseArgs({ options: { cases: { type: 'string', default: '1000000' }, seed: { type: 'string', default: String(Date.now() % 1e9) } } });
const total = Number(values.cases);
const seed = Number(values.seed);
if (!Number.isInteger(total) || total < 1) throw new Error(`--cases must be a positive integer, got '${values.cases}'`);

const ROUND = 100_000;
// Offline after one missed heartbeat: the victim is offline before the first round.
const platform = await startTestPlatform({ offlineAfterMissed: 1 });
let failed = false;
try {
  const device = await rawCoapClient(platform.coap.port, '127.0.250.1');
  const targets = await prepareTargets(
    platform,
    async (path, payload) => (await device.request({ code: 'POST', options: uriPath(path), payload }))?.code ?? null,
    (check, what) => eventually(check, 10_000, what).then(() => undefined),
  );
  await device.close();
  console.log(`soak: ${total.toLocaleString('en')} cases, seed ${seed}`);
  const started = Date.now();
  for (let done = 0, round = 0; done < total; round++) {
    const cases = Math.min(ROUND, total - done);
    // Each round from addresses of its own (127.0.1.x … 127.0.249.x, then again), so the source limit starts fresh.
    const tally: FuzzTally = await fuzzRound(platform, targets, { cases, seed: seed + round, addressBase: 1 + ((round * 8) % 240) });
    done += cases;
    const problems = await checkInvariants(platform, targets, [tally]);
    const rate = Math.round(done / ((Date.now() - started) / 1000));
    console.log(`soak: ${done.toLocaleString('en')} cases (${rate}/s), round ${round}: ${JSON.stringify(tally.outcomes)}`);
    if (problems.length > 0) {
      console.error(`soak: round ${round} (seed ${seed + round}) broke an invariant:\n  ${problems.join('\n  ')}`);
      failed = true;
      break;
    }
  }
  if (!failed) {
    const problems = await checkBudgets(platform, targets, platform.config.rateLimitBurst);
    if (problems.length > 0) {
      console.error(`soak: ${problems.join('\n  ')}`);
      failed = true;
    } else {
      console.log('soak: passed; the victim and the bystander kept their presence, their rows and their budgets');
    }
  }
} finally {
  await platform.dispose();
}
process.exit(failed ? 1 : 0);
