/**
 * Signs a checkpoint of the audit chain's head (seq, hash, time; HMAC with the
 * audit key) and prints it as one JSON line, for a log shipped elsewhere
 * (e.g. `npm run audit:checkpoint --silent | logger -t watchpost-audit`);
 * with --out, writes it to that file too. Keep checkpoints apart from the
 * database: `npm run audit:verify -- --checkpoint <file>` later shows whether the
 * chain still reaches that head unchanged (entries cut from the end do not).
 *   npm run audit:checkpoint -- --out /secure/place/audit-2026-05-01.json
 * Reads the database directly, as audit:verify does (with the embedded database,
 * stop the platform first, or call GET /api/v1/audit/checkpoint as an administrator).
 * Exit 0: signed; 2: could not (no database, no audit trail, no key).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase } from '@watchpost/ingest';
import { AuditLog } from '../access/audit.js';
import { signCheckpoint } from '../access/audit-checkpoint.js';
import { loadAuditKey } from '../access/audit-key.js';
import { loadConfig } from '../config.js';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const config = loadConfig();
  const key = loadAuditKey(config, null, { create: false });
  if (!key) {
    console.error('no audit key: set AUDIT_KEY or AUDIT_KEY_FILE (or DATA_DIR, where the platform keeps a generated one)');
    return 2;
  }
  const db = await openDatabase({ databaseUrl: config.databaseUrl || undefined, dataDir: config.dataDir, maxConnections: 2 });
  try {
    const exists = await db.query<{ t: string | null }>("SELECT to_regclass('audit_log')::text AS t");
    if (!exists.rows[0]?.t) {
      console.error(`no audit trail in ${config.databaseUrl ? 'the DATABASE_URL database' : config.dataDir}: has the platform ever started on it?`);
      return 2;
    }
    const checkpoint = signCheckpoint(key, await new AuditLog(db, key).head());
    const line = JSON.stringify(checkpoint);
    if (values.out) writeFileSync(values.out, `${line}\n`);
    console.log(line);
    return 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: Error & { code?: string }) => {
    console.error(`audit:checkpoint could not sign the head${err.code ? ` (${err.code})` : ''}: ${err.message}`);
    process.exit(2);
  },
);
