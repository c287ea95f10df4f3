/**
 * Accounts that must exist from the start: a first administrator (from
 * ADMIN_USERNAME / ADMIN_PASSWORD, or with a generated password printed once),
 * and, with the demo fleet, demo accounts of every role, marked as demo.
 */
import type { Logger } from 'pino';
import type { Database } from '@watchpost/ingest';
import type { AuditLog } from './audit.js';
import { generatePassword, hashPassword } from './passwords.js';
import { countAdmins, insertUser, userByPhone, userByUsername } from './people.js';
import type { Role } from './policy.js';

export interface BootstrapOptions {
  adminUsername: string;
  adminPassword: string;
  demoUsers: boolean;
}

/** The demo accounts: user name demo-<role>, password demo-<role>-pass; the owner signs in with DEMO_OWNER_PHONE. */
export const DEMO_OWNER_PHONE = '13800000000';
export const demoPassword = (role: Role) => `demo-${role}-pass`;

export async function bootstrapAccounts(db: Database, audit: AuditLog, options: BootstrapOptions, logger: Logger): Promise<void> {
  if ((await countAdmins(db)) === 0) {
    const generated = !options.adminPassword;
    const password = options.adminPassword || generatePassword();
    const id = await insertUser(db, { username: options.adminUsername, displayName: 'Administrator', role: 'admin', passwordHash: await hashPassword(password), createdBy: null });
    await audit.append({ actorId: null, actorRole: 'system', actorName: 'platform', action: 'user.create', subjectType: 'user', subjectId: id, detail: { role: 'admin', firstAdministrator: true } });
    if (generated) {
      // Printed once, now: the platform keeps only its hash.
      logger.warn({ username: options.adminUsername, password }, 'first administrator created; this password is shown once: sign in and change it');
    } else {
      logger.info({ username: options.adminUsername }, 'first administrator created from ADMIN_USERNAME / ADMIN_PASSWORD');
    }
  }
  if (!options.demoUsers) return;
  for (const role of ['admin', 'operator', 'police', 'installer', 'owner'] as const) {
    const username = role === 'owner' ? null : `demo-${role}`;
    if (await (username ? userByUsername(db, username) : userByPhone(db, DEMO_OWNER_PHONE))) continue;
    const id = await insertUser(db, {
      username,
      displayName: `Demo ${role}`,
      role,
      phone: role === 'owner' ? DEMO_OWNER_PHONE : null,
      passwordHash: role === 'owner' ? null : await hashPassword(demoPassword(role)),
      isDemo: true,
      createdBy: null,
    });
    await audit.append({ actorId: null, actorRole: 'system', actorName: 'platform', action: 'user.create', subjectType: 'user', subjectId: id, detail: { role, demo: true } });
  }
  logger.warn({ users: 'demo-admin, demo-operator, demo-police, demo-installer (password demo-<role>-pass); owner: phone 13800000000' }, 'demo accounts are enabled (DEMO_USERS=1): not for production');
}
