import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Database, Transaction } from './database.js';

/** The part of PGlite's interface we use; the TimescaleDB fork used in tests has the same shape. */
export interface PGliteLike {
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  exec(sql: string): Promise<unknown>;
  transaction<T>(fn: (tx: { query<R>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>; exec(sql: string): Promise<unknown> }) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  readonly closed: boolean;
}

export class DataDirLockedError extends Error {
  readonly code = 'DB_DATA_DIR_LOCKED';
}

/** Lock files this process holds: removed on the way out even when it exits before closing the database. */
const heldLocks = new Set<string>();

function releaseHeldLocks(): void {
  for (const lockPath of heldLocks) releaseLock(lockPath);
}

function releaseLock(lockPath: string): void {
  heldLocks.delete(lockPath);
  try {
    // Only our own: a lock that is no longer ours belongs to whoever took it over.
    if (Number(readFileSync(lockPath, 'utf8')) === process.pid) rmSync(lockPath, { force: true });
  } catch {
    // already gone
  }
}

/**
 * PGlite admits one process per data directory: a second one corrupts it.
 * A lock file holding our pid refuses a second process while the first lives;
 * a lock left by a killed process is taken over. A process that exits without
 * closing the database (a forced shutdown) still removes it, synchronously in 'exit'.
 */
function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = join(dataDir, 'watchpost.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      if (heldLocks.size === 0) process.once('exit', releaseHeldLocks);
      heldLocks.add(lockPath);
      return () => {
        releaseLock(lockPath);
        if (heldLocks.size === 0) process.off('exit', releaseHeldLocks);
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(lockPath, 'utf8'));
      if (pid && pid !== process.pid && isAlive(pid)) {
        throw new DataDirLockedError(`data directory ${dataDir} is in use by process ${pid}; PGlite admits one process per directory`);
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new DataDirLockedError(`could not lock data directory ${dataDir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Wraps an open PGlite instance (official or the TimescaleDB fork) as a Database. */
export function wrapPglite(pglite: PGliteLike, onClose: () => void = () => {}): Database {
  return {
    engine: 'pglite',
    query: (sql, params) => pglite.query(sql, params),
    transaction: <T>(fn: (tx: Transaction) => Promise<T>) =>
      pglite.transaction((tx) =>
        fn({
          query: (sql, params) => tx.query(sql, params),
          exec: async (sql) => {
            await tx.exec(sql);
          },
        }),
      ),
    async exec(sql) {
      await pglite.exec(sql);
    },
    async close() {
      if (!pglite.closed) await pglite.close();
      onClose();
    },
  };
}

/** Opens the embedded database persisting under dataDir, or in memory when dataDir is null. */
export async function openPglite(dataDir: string | null): Promise<Database> {
  const unlock = dataDir ? lockDataDir(dataDir) : () => {};
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const pglite = await PGlite.create(dataDir ? join(dataDir, 'pgdata') : undefined);
    return wrapPglite(pglite as unknown as PGliteLike, unlock);
  } catch (err) {
    unlock();
    throw err;
  }
}
