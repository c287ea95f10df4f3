import type { Database } from './database.js';
import { openPglite } from './pglite.js';
import { openPostgres } from './postgres.js';

export interface OpenDatabaseOptions {
  /** postgres://… to use a PostgreSQL server; empty for the embedded PGlite. */
  databaseUrl?: string;
  /** Where PGlite keeps its files; null keeps it in memory (tests). */
  dataDir: string | null;
  maxConnections?: number;
}

export function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  return options.databaseUrl ? openPostgres({ url: options.databaseUrl, maxConnections: options.maxConnections }) : openPglite(options.dataDir);
}
