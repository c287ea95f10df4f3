// Rules inside the commit, on a real database: what a rule writes commits with
// the frames, or not at all; a rule that fails refuses its frame alone.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { UplinkBody } from '@watchpost/firmware-protocol';
import type { IngestError } from '../errors.js';
import type { UplinkRecord } from '../store/uplinks.js';
import { openTestDatabase, testLogger, type TestDatabase } from '../test-support/index.js';
import { GroupCommit } from '../writer/group-commit.js';
import { commitBatch, type CommitRule } from './commit.js';

const event = (deviceId: string, seq: number): UplinkRecord => ({
  deviceId,
  kind: 'pillar',
  seq,
  transport: 'mqtt',
  receivedAtMs: Date.now(),
  deviceTimeMs: null,
  clockCorrectionMs: 0,
  clockFlag: null,
  body: { type: 'pillarEvent', event: 'PILLAR_EVENT_TYPE_BUTTON_PRESSED' } as UplinkBody,
  intervalS: null,
});

describe('commitBatch', () => {
  let t: TestDatabase;
  const count = async (sql: string) => (await t.db.query<{ n: number }>(sql)).rows[0]!.n;

  before(async () => {
    t = await openTestDatabase();
    await t.db.exec('CREATE TABLE rule_rows (device_id text, seq bigint)');
  });
  after(() => t.drop());

  /** Writes a row per frame it wants; throws for the device named 'broken'. */
  const rule = (calls: string[][] = []): CommitRule => ({
    name: 'test: a row per event',
    wants: (r) => r.deviceId.startsWith('pl-'),
    async apply(work, records) {
      calls.push(records.map((r) => `${r.deviceId}:${r.seq}`));
      if (records.some((r) => r.deviceId === 'pl-broken')) throw new Error('the rule cannot handle this frame');
      for (const r of records) await work.query('INSERT INTO rule_rows VALUES ($1, $2)', [r.deviceId, r.seq]);
    },
  });

  it('runs the rule on the new frames, in the commit, and not on a frame stored before', async () => {
    const calls: string[][] = [];
    assert.deepEqual(await commitBatch(t.db, [event('pl-a', 1), event('pl-b', 1)], [rule(calls)]), [true, true]);
    assert.deepEqual(await commitBatch(t.db, [event('pl-a', 1), event('pl-a', 2)], [rule(calls)]), [false, true]);
    assert.deepEqual(calls, [['pl-a:1', 'pl-b:1'], ['pl-a:2']]);
    assert.equal(await count('SELECT count(*)::int AS n FROM rule_rows'), 3);
  });

  it('does not open a transaction for a batch no rule wants', async () => {
    const calls: string[][] = [];
    assert.deepEqual(await commitBatch(t.db, [event('st-x', 1)], [rule(calls)]), [true]);
    assert.deepEqual(calls, []);
  });

  it('a failing rule refuses its frame alone: the others of the batch and their rows commit', async () => {
    const writer = new GroupCommit<UplinkRecord, boolean>({
      name: 'test',
      flush: (items) => commitBatch(t.db, items, [rule()]),
      maxBatch: 100,
      maxPending: 100,
      ackTimeoutMs: 5_000,
      logger: testLogger,
    });
    const results = await Promise.allSettled([event('pl-c', 1), event('pl-broken', 1), event('pl-d', 1)].map((r) => writer.submit(r)));
    await writer.close();
    assert.deepEqual(
      results.map((r) => r.status),
      ['fulfilled', 'rejected', 'fulfilled'],
    );
    const refusal = (results[1] as PromiseRejectedResult).reason as IngestError;
    assert.equal(refusal.code, 'INGEST_RULE_FAILED');
    assert.equal(refusal.context.rule, 'test: a row per event');
    assert.equal(await count(`SELECT count(*)::int AS n FROM rule_rows WHERE device_id IN ('pl-c', 'pl-d')`), 2);
    // The refused frame left nothing: neither its receipt nor its row, so its retransmission is new.
    assert.equal(await count(`SELECT count(*)::int AS n FROM uplinks WHERE device_id = 'pl-broken'`), 0);
    assert.equal(await count(`SELECT count(*)::int AS n FROM pillar_events WHERE device_id = 'pl-broken'`), 0);
  });

  it('runs what a rule registered after the commit, and nothing of a batch that rolled back', async () => {
    const ran: string[] = [];
    const reacting: CommitRule = {
      name: 'test: reacts after commit',
      wants: () => true,
      async apply(work, records) {
        work.afterCommit(() => ran.push(...records.map((r) => r.deviceId)));
        if (records.some((r) => r.deviceId === 'pl-broken')) throw new Error('no');
      },
    };
    await commitBatch(t.db, [event('pl-e', 1)], [reacting]);
    await assert.rejects(commitBatch(t.db, [event('pl-broken', 2)], [reacting]), { code: 'INGEST_RULE_FAILED' });
    assert.deepEqual(ran, ['pl-e']);
  });
});
