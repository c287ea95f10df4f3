/**
 * Schema migrations: numbered SQL files in ingest/migrations, applied in
 * order, once, each in its own transaction. A file NNN_name.timescale.sql
 * beside NNN_name.sql runs after it where TimescaleDB is available
 * (hypertables, compression); on plain PostgreSQL and PGlite the same tables
 * stay ordinary tables.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { Database, Transaction } from './database.js';

const MIGRATIONS_DIR = new URL('../../migrations/', import.meta.url);
/** Any constant: serialises migrations of processes starting together on one PostgreSQL. */
const MIGRATION_LOCK = 7_470_001;

export interface Migration {
  version: number;
  name: string;
  sql: string;
  timescaleSql: string | null;
}

export function loadMigrations(): Migration[] {
  const files = readdirSync(MIGRATIONS_DIR).sort();
  return files
    .filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f) && !f.endsWith('.timescale.sql'))
    .map((file) => {
      const timescaleFile = file.replace(/\.sql$/, '.timescale.sql');
      return {
        version: Number(file.slice(0, 3)),
        name: file.slice(4, -4),
        sql: readFileSync(new URL(file, MIGRATIONS_DIR), 'utf8'),
        timescaleSql: files.includes(timescaleFile) ? readFileSync(new URL(timescaleFile, MIGRATIONS_DIR), 'utf8') : null,
      };
    });
}

export type TimescaleMode = 'auto' | 'on' | 'off';

/** Enables TimescaleDB when asked and available; says whether it is in use. */
async function enableTimescale(db: Transaction, mode: TimescaleMode): Promise<boolean> {
  if (mode === 'off') return false;
  const { rows } = await db.query(`SELECT 1 FROM pg_available_extensions WHERE name = 'timescaledb'`);
  if (rows.length === 0) {
    if (mode === 'on') throw new Error('TIMESCALEDB=on but the timescaledb extension is not available on this server');
    return false;
  }
  await db.exec('CREATE EXTENSION IF NOT EXISTS timescaledb');
  return true;
}

export interface MigrationReport {
  applied: string[];
  timescale: boolean;
}

export async function migrate(db: Database, mode: TimescaleMode = 'auto'): Promise<MigrationReport> {
  // A transaction-scoped advisory lock in every step: a pooled connection may
  // differ from one step to the next, so a session lock would not hold.
  const locked = <T>(fn: (tx: Transaction) => Promise<T>) =>
    db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      return fn(tx);
    });
  const timescale = await locked((tx) => enableTimescale(tx, mode));
  await locked((tx) =>
    tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      timescale boolean NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`),
  );
  const applied: string[] = [];
  for (const m of loadMigrations()) {
    const ran = await locked(async (tx) => {
      const done = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [m.version]);
      if (done.rows.length > 0) return false;
      await tx.exec(m.sql);
      if (timescale && m.timescaleSql) await tx.exec(m.timescaleSql);
      await tx.query('INSERT INTO schema_migrations (version, name, timescale) VALUES ($1, $2, $3)', [m.version, m.name, timescale]);
      return true;
    });
    if (ran) applied.push(`${String(m.version).padStart(3, '0')}_${m.name}`);
  }
  return { applied, timescale };
}
