/**
 * One interface over both engines, so every query in the platform is written
 * once: PGlite (embedded PostgreSQL in WASM, the default) and PostgreSQL
 * (with TimescaleDB where available) through `pg`. Both return int8 as
 * number, timestamptz as Date and bytea as Uint8Array.
 */
export interface QueryResult<R> {
  rows: R[];
}

export interface QueryOptions {
  /** Prepare the statement once per connection under this name (PostgreSQL); a hot statement skips planning. */
  prepareAs?: string;
}

export interface Queryable {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[], options?: QueryOptions): Promise<QueryResult<R>>;
}

/** A transaction: queries, and scripts of several statements (migrations). */
export interface Transaction extends Queryable {
  exec(sql: string): Promise<void>;
}

export type Engine = 'pglite' | 'postgres';

export interface Database extends Queryable {
  readonly engine: Engine;
  /** Runs fn in one transaction: committed when fn resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

/** True for errors that mean "the database cannot be reached", as opposed to a bad query. */
export function isConnectionError(err: unknown): boolean {
  const e = err as { code?: string; message?: string } | null;
  if (!e) return false;
  // Node socket errors, and PostgreSQL classes 08 (connection), 57P (shutdown, crash), 53 (resources)
  if (e.code && /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EHOSTUNREACH|08...|57P0[1-3]|53300)$/.test(e.code)) return true;
  return /Connection terminated|connection timeout|Client has encountered a connection error|not queryable|PGlite is closed/i.test(e.message ?? '');
}
