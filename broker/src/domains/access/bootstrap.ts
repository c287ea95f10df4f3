/**
 * Accounts that must exist from the start: a first administrator (from
 * ADMIN_USERNAME / ADMIN_PASSWORD, or with a generated password printed once),
 * and, with the demo fleet, demo accounts of every role, marked as demo.
 */
import type { Logger } from 'pino';
import { inTransaction, type Database } from '@watchpost/ingest';
import type { AuditLog } from '../audit/audit-log.js';
import { generatePassword, hashPassword } from './passwords.js';
import { countAdmins, insertUser, userByPhone, userByUsername } from './people-store.js';
import type { Role } from './policy/index.js';

export interface BootstrapOptions {
  adminUsername: string;
  adminPassword: string;
  demoUsers: boolean;
  /** Where the demo county lies: [lon, lat] of its centre (the map's). */
  demoCenter?: [number, number];
}

/** The demo accounts: user name demo-<role>, password demo-<role>-pass; the owner signs in with DEMO_OWNER_PHONE. */
export const DEMO_OWNER_PHONE = '13800000000';
/** The jurisdiction demo staff are given: the simulator's county hangs below it. */
export const DEMO_COUNTY = 'demo-county';
export const demoPassword = (role: Role) => `demo-${role}-pass`;
/** Names people read: Chinese first, as the dashboard. */
const DEMO_NAMES: Record<Role, string> = { admin: '演示管理员', operator: '演示值班员', police: '演示民警', installer: '演示安装人员', owner: '演示车主' };

export async function bootstrapAccounts(db: Database, audit: AuditLog, options: BootstrapOptions, logger: Logger): Promise<void> {
  if ((await countAdmins(db)) === 0) {
    const generated = !options.adminPassword;
    const password = options.adminPassword || generatePassword();
    const passwordHash = await hashPassword(password);
    await inTransaction(db, async (work) => {
      const id = await insertUser(work, { username: options.adminUsername, displayName: '管理员', role: 'admin', passwordHash, createdBy: null });
      await audit.append(work, {
        actorId: null,
        actorRole: 'system',
        actorName: 'platform',
        action: 'user.create',
        subjectType: 'user',
        subjectId: id,
        detail: { role: 'admin', firstAdministrator: true },
      });
    });
    if (generated) {
      // Printed once, now: the platform keeps only its hash.
      logger.warn({ username: options.adminUsername, password }, 'first administrator created; this password is shown once: sign in and change it');
    } else {
      logger.info({ username: options.adminUsername }, 'first administrator created from ADMIN_USERNAME / ADMIN_PASSWORD');
    }
  }
  if (!options.demoUsers) return;
  // The demo county, which demo staff work in: a box around the map's centre, where the
  // simulator puts its devices and draws its towns and police areas (they may replace it).
  const [lon, lat] = options.demoCenter ?? [118.53, 32.99];
  const box = {
    type: 'Polygon',
    coordinates: [
      [
        [lon - 0.6, lat - 0.5],
        [lon + 0.6, lat - 0.5],
        [lon + 0.6, lat + 0.5],
        [lon - 0.6, lat + 0.5],
        [lon - 0.6, lat - 0.5],
      ],
    ],
  };
  await db.query(`INSERT INTO jurisdictions (id, name, kind, boundary) VALUES ($1, '演示县', 'county', $2::jsonb) ON CONFLICT (id) DO NOTHING`, [DEMO_COUNTY, JSON.stringify(box)]);
  for (const role of ['admin', 'operator', 'police', 'installer', 'owner'] as const) {
    const username = role === 'owner' ? null : `demo-${role}`;
    if (await (username ? userByUsername(db, username) : userByPhone(db, DEMO_OWNER_PHONE))) continue;
    const passwordHash = role === 'owner' ? null : await hashPassword(demoPassword(role));
    await inTransaction(db, async (work) => {
      const id = await insertUser(work, {
        username,
        displayName: DEMO_NAMES[role],
        role,
        phone: role === 'owner' ? DEMO_OWNER_PHONE : null,
        passwordHash,
        isDemo: true,
        createdBy: null,
        jurisdictions: role === 'owner' ? [] : [DEMO_COUNTY],
      });
      await audit.append(work, { actorId: null, actorRole: 'system', actorName: 'platform', action: 'user.create', subjectType: 'user', subjectId: id, detail: { role, demo: true } });
    });
  }
  logger.warn(
    { users: 'demo-admin, demo-operator, demo-police, demo-installer (password demo-<role>-pass); owner: phone 13800000000' },
    'demo accounts are enabled (DEMO_USERS=1): not for production',
  );
}
