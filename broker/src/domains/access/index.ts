/**
 * The access home, assembled: people (staff and owners), signing in, API
 * tokens, the failed-sign-in guard; its routes; and who to tell when a
 * person's access changes (cached credentials and live streams end).
 */
import type { FastifyBaseLogger } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database } from '@watchpost/ingest';
import type { AuditLog } from '../audit/audit-log.js';
import type { Outbox } from '../notifications/outbox.js';
import { PeopleService } from './people-service.js';
import { authRoutes, type AuthRouteSettings } from './routes/auth.js';
import { peopleRoutes } from './routes/people.js';
import { tokenRoutes } from './routes/tokens.js';
import { SignInGuard, type SignInGuardOptions } from './sign-in-guard.js';
import { SignInService } from './sign-in-service.js';
import { TokenService } from './token-service.js';

export * from './policy/index.js';
export { SESSION_COOKIE } from './routes/auth.js';
export type { UserRow, UnitMember } from './people-store.js';
export { userById, userByPhone, userByUsername, insertUser, unitMembers } from './people-store.js';
export { findApiToken, findSession, touchApiToken, sameSecret, hashOf, createApiToken, serviceAccountId } from './credentials-store.js';
export { bootstrapAccounts, DEMO_COUNTY, DEMO_OWNER_PHONE, demoPassword } from './bootstrap.js';
export { identityOf } from './people-store.js';
export { maskPhone, maskIdNumber } from './mask.js';

export interface AccessSettings extends AuthRouteSettings {
  signInGuard?: Partial<SignInGuardOptions>;
}

export class AccessHome {
  readonly guard: SignInGuard;
  readonly people: PeopleService;
  readonly signIn: SignInService;
  readonly tokens: TokenService;
  private readonly listeners = new Set<(userId: string) => void>();

  constructor(
    readonly db: Database,
    audit: AuditLog,
    outbox: Outbox,
    readonly settings: AccessSettings,
    logger: FastifyBaseLogger,
  ) {
    const changed = (userId: string) => this.accessChanged(userId);
    this.guard = new SignInGuard(audit, logger, settings.signInGuard);
    this.people = new PeopleService(db, audit, outbox, changed);
    this.signIn = new SignInService(db, audit, this.guard, outbox, { sessionTtlMs: settings.sessionTtlH * 3600_000 }, changed);
    this.tokens = new TokenService(db, audit, changed);
  }

  /** Listens for people whose access ended or changed; returns how to stop. */
  onAccessChange(listener: (userId: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  accessChanged(userId: string): void {
    for (const listener of this.listeners) listener(userId);
  }

  /** Every route of the home, to register under /api/v1. */
  readonly routes: FastifyPluginAsyncTypebox = async (app) => {
    await app.register(authRoutes, { signIn: this.signIn, db: this.db, settings: this.settings });
    await app.register(peopleRoutes, { people: this.people });
    await app.register(tokenRoutes, { tokens: this.tokens });
  };

  async stop(): Promise<void> {
    await this.guard.close();
  }
}
