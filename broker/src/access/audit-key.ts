/**
 * Where the audit key comes from. The key makes the audit chain an HMAC chain:
 * someone who can write to the database but has not the key cannot recompute
 * it. So the key must not be in the database, and should not be beside it:
 *   AUDIT_KEY       the key itself (at least 32 characters)
 *   AUDIT_KEY_FILE  a file holding it (mode 0600, kept apart from the database's files and backups)
 *   neither         DATA_DIR/audit.key, generated (mode 0600) at the first start,
 *                   with a warning at every start that it lies beside the embedded
 *                   database. On PostgreSQL the same applies, with a warning that
 *                   every platform process on that database and audit:verify need the
 *                   same key (a key generated per process or per container would split
 *                   the chain, or be lost with the container); without a DATA_DIR either,
 *                   the platform refuses to start.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Logger } from 'pino';
import { auditKeyOf, type AuditKey } from './audit-hash.js';

export interface AuditKeySettings {
  auditKey: string;
  auditKeyFile: string;
  databaseUrl: string;
  dataDir: string;
}

export class AuditKeyError extends Error {
  constructor(
    readonly code: 'AUDIT_KEY_REQUIRED' | 'AUDIT_KEY_INVALID' | 'AUDIT_KEY_UNREADABLE',
    message: string,
  ) {
    super(message);
  }
}

const MIN_LENGTH = 32;
export const GENERATED_KEY_FILE = 'audit.key';

function keyFrom(text: string, where: string): AuditKey {
  const value = text.trim();
  if (value.length < MIN_LENGTH) throw new AuditKeyError('AUDIT_KEY_INVALID', `${where}: the audit key must be at least ${MIN_LENGTH} characters (e.g. openssl rand -hex 32)`);
  return auditKeyOf(Buffer.from(value, 'utf8'));
}

function readKeyFile(path: string, where: string, logger: Logger | null): AuditKey {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new AuditKeyError('AUDIT_KEY_UNREADABLE', `${where}: cannot read the audit key from ${path}: ${(err as Error).message}`);
  }
  if (process.platform !== 'win32' && (statSync(path).mode & 0o077) !== 0) logger?.warn({ path }, 'the audit key file is readable by other users: chmod 600 it');
  return keyFrom(text, where);
}

/**
 * The audit key to write and check the chain with. `create`: the platform may
 * generate the key file in DATA_DIR (the verify commands never do: a new key
 * would not check anything). Null only without create, when there is none.
 */
export function loadAuditKey(settings: AuditKeySettings, logger: Logger | null, options: { create: boolean }): AuditKey | null {
  if (settings.auditKey && settings.auditKeyFile) throw new AuditKeyError('AUDIT_KEY_INVALID', 'set AUDIT_KEY or AUDIT_KEY_FILE, not both');
  if (settings.auditKey) return keyFrom(settings.auditKey, 'AUDIT_KEY');
  if (settings.auditKeyFile) return readKeyFile(settings.auditKeyFile, 'AUDIT_KEY_FILE', logger);
  if (!settings.dataDir) {
    if (!options.create) return null;
    throw new AuditKeyError('AUDIT_KEY_REQUIRED', 'set AUDIT_KEY or AUDIT_KEY_FILE (or a DATA_DIR to keep a generated key in): the audit trail is keyed');
  }
  const path = resolve(join(settings.dataDir, GENERATED_KEY_FILE));
  let generated = false;
  if (options.create) {
    mkdirSync(settings.dataDir, { recursive: true });
    try {
      // 'wx': of two processes starting together, one writes and both read the same key.
      writeFileSync(path, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
      generated = true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw new AuditKeyError('AUDIT_KEY_UNREADABLE', `cannot write the audit key to ${path}: ${(err as Error).message}`);
    }
  } else if (!statSync(path, { throwIfNoEntry: false })) {
    return null;
  }
  const key = readKeyFile(path, 'DATA_DIR', logger);
  if (options.create) {
    const shared = settings.databaseUrl ? ' Every platform process on this PostgreSQL database, and audit:verify, must use this same key: set AUDIT_KEY or AUDIT_KEY_FILE.' : '';
    logger?.warn(
      { path, keyId: key.id, generated, code: 'AUDIT_KEY_IN_DATA_DIR' },
      `the audit key is kept in DATA_DIR${generated ? ' (generated now)' : ''}: copy it somewhere apart from the database and its backups and point AUDIT_KEY_FILE at it; whoever holds both can rewrite the audit trail, and without it the trail cannot be checked.${shared}`,
    );
  }
  return key;
}
