/**
 * Checks the audit trail's hash chain, entry by entry, straight in the
 * database (not through the platform, which could itself be what was tampered
 * with), and reports every entry that does not hold.
 *   npm run audit:verify                            (DATABASE_URL, or the embedded database in DATA_DIR)
 *   npm run audit:verify -- --checkpoint head.json  also: does the chain still reach that signed head unchanged?
 * The audit key comes from AUDIT_KEY, AUDIT_KEY_FILE or DATA_DIR/audit.key, as the platform's.
 * Exit 0: intact; prints the count and the last hash (a checkpoint from
 * npm run audit:checkpoint, kept elsewhere, shows entries cut from the end later).
 * Exit 1: broken; prints every entry that does not hold and why.
 * Exit 2: could not check (no database, no audit trail, no key, an unreadable checkpoint).
 * With the embedded database, stop the platform first (one process at a time),
 * or call GET /api/v1/audit/verify as an administrator.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase } from '@watchpost/ingest';
import { AuditLog } from '../access/audit.js';
import { parseCheckpoint, type AuditCheckpoint } from '../access/audit-checkpoint.js';
import { loadAuditKey } from '../access/audit-key.js';
import { ConfigError, loadConfig } from '../config.js';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { checkpoint: { type: 'string' } } });
  const config = loadConfig();
  const key = loadAuditKey(config, null, { create: false });
  let checkpoint: AuditCheckpoint | undefined;
  if (values.checkpoint) checkpoint = parseCheckpoint(readFileSync(values.checkpoint, 'utf8'));
  const db = await openDatabase({ databaseUrl: config.databaseUrl || undefined, dataDir: config.dataDir, maxConnections: 2 });
  try {
    const exists = await db.query<{ t: string | null }>("SELECT to_regclass('audit_log')::text AS t");
    if (!exists.rows[0]?.t) {
      console.error(`no audit trail in ${config.databaseUrl ? 'the DATABASE_URL database' : config.dataDir}: has the platform ever started on it?`);
      return 2;
    }
    const result = await new AuditLog(db, key).verify(db, { checkpoint, maxProblems: Number.MAX_SAFE_INTEGER });
    const legacy = result.unkeyed ? `; the first ${result.unkeyed} entries are from before the chain was keyed` : '';
    const against = result.checkpoint ? `; it reaches the checkpoint of ${result.checkpoint.signedAt} (entry ${result.checkpoint.seq}) unchanged` : '';
    if (result.intact) {
      console.log(`audit trail intact: ${result.checked} entries; last hash ${result.lastHash ?? '(none)'} (entry ${result.lastSeq})${legacy}${against}`);
      return 0;
    }
    console.log(`audit trail BROKEN at entry ${result.brokenAt}: ${result.problemCount} problem${result.problemCount === 1 ? '' : 's'} in ${result.checked} entries`);
    for (const p of result.problems) console.log(`  entry ${p.seq} [${p.code}]: ${p.message}`);
    if (!key && result.problems.every((p) => p.code === 'KEY_UNKNOWN' || p.code === 'CHECKPOINT_SIGNATURE')) {
      console.error('no audit key here: set AUDIT_KEY or AUDIT_KEY_FILE (or DATA_DIR, where the platform keeps a generated one) to check keyed entries');
      return 2;
    }
    return 1;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: Error & { code?: string }) => {
    console.error(`audit:verify could not check the trail${err instanceof ConfigError || err.code ? ` (${err.code})` : ''}: ${err.message}`);
    process.exit(2);
  },
);
