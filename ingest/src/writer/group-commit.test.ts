// The commit scheduler on its own: `flush` here is the transaction's stand-in,
// a function that records what it was given and fails when told to.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GroupCommit } from './group-commit.js';
import { IngestError } from '../errors.js';
import { testLogger } from '../test-support/index.js';

function connectionRefused(): Error {
  return Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
}

const deferred = () => {
  let release!: () => void;
  const promise = new Promise<void>((r) => (release = r));
  return { promise, release };
};

function writer(flush: (items: number[]) => Promise<number[]>, overrides: Partial<ConstructorParameters<typeof GroupCommit<number, number>>[0]> = {}) {
  return new GroupCommit<number, number>({
    name: 'test',
    flush,
    maxBatch: 100,
    maxPending: 1_000,
    ackTimeoutMs: 5_000,
    retryInitialMs: 5,
    retryMaxMs: 20,
    logger: testLogger,
    ...overrides,
  });
}

const code = (c: string) => (e: unknown) => e instanceof IngestError && e.code === c;

describe('group commit', () => {
  it('commits items that arrive during a flush together in the next one', async () => {
    const batches: number[][] = [];
    const gate = deferred();
    const w = writer(async (items) => {
      batches.push(items);
      if (batches.length === 1) await gate.promise;
      return items.map((i) => i * 10);
    });
    const first = w.submit(1);
    await new Promise((r) => setImmediate(r));
    const rest = [2, 3, 4, 5].map((i) => w.submit(i));
    gate.release();
    assert.deepEqual(await Promise.all([first, ...rest]), [10, 20, 30, 40, 50]);
    assert.deepEqual(batches, [[1], [2, 3, 4, 5]]);
  });

  it('splits a failing batch so only the item that breaks it is refused', async () => {
    const w = writer(async (items) => {
      if (items.includes(13)) throw new Error('value out of range for type smallint');
      return items;
    });
    const results = await Promise.allSettled([10, 11, 12, 13, 14, 15].map((i) => w.submit(i)));
    assert.deepEqual(
      results.map((r) => r.status),
      ['fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled'],
    );
    assert.ok(code('INGEST_STORE_FAILED')((results[3] as PromiseRejectedResult).reason));
  });

  it('holds items while the database is unreachable and commits them when it returns', async () => {
    let down = true;
    const availability: boolean[] = [];
    const w = writer(
      async (items) => {
        if (down) throw connectionRefused();
        return items;
      },
      { onAvailabilityChange: (a) => availability.push(a) },
    );
    const pending = [1, 2, 3].map((i) => w.submit(i));
    await new Promise((r) => setTimeout(r, 60));
    assert.equal(w.available, false);
    assert.equal(w.pending, 3);
    down = false;
    assert.deepEqual(await Promise.all(pending), [1, 2, 3]);
    assert.equal(w.available, true);
    assert.deepEqual(availability, [false, true]);
  });

  it('refuses items that waited past their deadline, and new ones past maxPending', async () => {
    const w = writer(
      async () => {
        throw connectionRefused();
      },
      { ackTimeoutMs: 30, maxPending: 2 },
    );
    const a = w.submit(1);
    const b = w.submit(2);
    await assert.rejects(w.submit(3), code('INGEST_BACKPRESSURE'));
    await assert.rejects(a, code('INGEST_DB_UNAVAILABLE'));
    await assert.rejects(b, code('INGEST_DB_UNAVAILABLE'));
    await w.close();
  });

  it('close() waits for queued items, then refuses new ones', async () => {
    const stored: number[] = [];
    const w = writer(async (items) => {
      await new Promise((r) => setTimeout(r, 10));
      stored.push(...items);
      return items;
    });
    const all = [1, 2, 3].map((i) => w.submit(i));
    await w.close();
    assert.deepEqual(stored, [1, 2, 3]);
    await Promise.all(all);
    await assert.rejects(w.submit(4), code('INGEST_SHUTTING_DOWN'));
  });

  it('settled() waits for the flush under way only, not for batches that start after it', async () => {
    const gates = [deferred(), deferred()];
    let flushes = 0;
    const w = writer(async (items) => {
      await gates[flushes++]!.promise;
      return items;
    });
    assert.equal(await Promise.race([w.settled().then(() => 'settled'), new Promise((r) => setImmediate(() => r('waiting')))]), 'settled', 'nothing under way: at once');
    const first = w.submit(1);
    await new Promise((r) => setImmediate(r));
    let settled = false;
    const barrier = w.settled().then(() => (settled = true));
    const second = w.submit(2);
    await new Promise((r) => setTimeout(r, 10));
    assert.equal(settled, false, 'the first flush is still under way');
    gates[0]!.release();
    await barrier;
    assert.equal(flushes, 2, 'the second batch started after the first settled');
    gates[1]!.release();
    assert.deepEqual(await Promise.all([first, second]), [1, 2]);
  });
});
