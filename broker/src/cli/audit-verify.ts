/**
 * Checks the audit trail's hash chain, entry by entry, straight in the
 * database (not through the platform, which could itself be what was tampered
 * with).
 *   npm run audit:verify                (DATABASE_URL, or the embedded database in DATA_DIR)
 * Exit 0: intact; prints the count and the last hash (keep it elsewhere: a later
 * run that ends earlier, or on another hash, shows entries removed at the end).
 * Exit 1: broken; prints the first entry that does not hold and why.
 * Exit 2: could not check (no database, no audit trail).
 * With the embedded database, stop the platform first (one process at a time),
 * or call GET /api/v1/audit/verify as an administrator.
 */
import { openDatabase } from '@watchpost/ingest';
import { AuditLog } from '../access/audit.js';
import { ConfigError, loadConfig } from '../config.js';

async function main(): Promise<number> {
  const config = loadConfig();
  const db = await openDatabase({ databaseUrl: config.databaseUrl || undefined, dataDir: config.dataDir, maxConnections: 2 });
  try {
    const exists = await db.query<{ t: string | null }>("SELECT to_regclass('audit_log')::text AS t");
    if (!exists.rows[0]?.t) {
      console.error(`no audit trail in ${config.databaseUrl ? 'the DATABASE_URL database' : config.dataDir}: has the platform ever started on it?`);
      return 2;
    }
    const result = await new AuditLog(db).verify();
    if (result.intact) {
      console.log(`audit trail intact: ${result.checked} entries; last hash ${result.lastHash}`);
      return 0;
    }
    console.log(`audit trail BROKEN at entry ${result.brokenAt}: ${result.problem} (${result.checked} entries before it hold)`);
    return 1;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: Error & { code?: string }) => {
    console.error(`audit:verify could not check the trail${err instanceof ConfigError ? ` (configuration ${err.code})` : ''}: ${err.message}`);
    process.exit(2);
  },
);
