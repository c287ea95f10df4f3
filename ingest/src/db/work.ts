/**
 * A unit of work: one transaction, and what must happen once it has
 * committed. Every change writes its audit entry and its notifications
 * (the outbox) through the same Work, so they commit with the change or not
 * at all; reactions that leave the transaction (waking the outbox's
 * dispatcher, the live feed, in-memory mirrors) are registered with
 * afterCommit and run only once the rows they read are committed.
 */
import type { Database, QueryOptions, QueryResult, Transaction } from './database.js';

export interface Work extends Transaction {
  /** Runs fn after the transaction commits; never if it rolls back. */
  afterCommit(fn: () => void): void;
}

/** The callbacks a unit of work collected, for whoever commits it. */
export class AfterCommit {
  private readonly callbacks: (() => void)[] = [];

  add(fn: () => void): void {
    this.callbacks.push(fn);
  }

  /** Runs every callback; one that throws does not stop the others (the change is committed: it stands). */
  run(onError: (err: unknown) => void = () => {}): void {
    for (const fn of this.callbacks.splice(0)) {
      try {
        fn();
      } catch (err) {
        onError(err);
      }
    }
  }
}

/** A Work over an open transaction; the caller commits it and then runs `after`. */
export function workOf(tx: Transaction, after: AfterCommit): Work {
  return {
    query: <R>(sql: string, params?: unknown[], options?: QueryOptions): Promise<QueryResult<R>> => tx.query<R>(sql, params, options),
    exec: (sql: string) => tx.exec(sql),
    afterCommit: (fn) => after.add(fn),
  };
}

/**
 * Runs fn in one transaction and, once it committed, what it registered with
 * afterCommit. A throw rolls everything back and runs none of them.
 */
export async function inTransaction<T>(db: Database, fn: (work: Work) => Promise<T>, onAfterCommitError?: (err: unknown) => void): Promise<T> {
  const after = new AfterCommit();
  const result = await db.transaction((tx) => fn(workOf(tx, after)));
  after.run(onAfterCommitError);
  return result;
}
