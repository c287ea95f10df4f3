/**
 * Signing in and out, and one's own account. Staff sign in with a user name
 * and password; owners with their phone and a one-time code sent by SMS
 * through the outbox. A session and its audit entry commit together; a
 * failure is counted and audited by the sign-in guard (per address).
 */
import { inTransaction, type Database } from '@watchpost/ingest';
import { HttpError } from '../../kernel/http-error.js';
import type { Locale } from '../../kernel/texts.js';
import type { AuditLog } from '../audit/audit-log.js';
import type { Outbox } from '../notifications/outbox.js';
import { CODE_TTL_MS, createSession, deleteSession, issueSignInCode, redeemSignInCode } from './credentials-store.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { setPassword, userById, userByPhone, userByUsername, type UserRow } from './people-store.js';
import { actorOfCaller, type Caller } from './policy/index.js';
import type { SignInGuard } from './sign-in-guard.js';
import { say } from './texts.js';

export interface SignedIn {
  user: UserRow;
  session: { token: string; csrfToken: string; expiresAt: Date };
}

export interface SignInSettings {
  sessionTtlMs: number;
}

const failure = (detail: Record<string, string | boolean | null>, actorId: string | null = null) => ({ actorId, actorRole: null, actorName: null, action: 'auth.login.failed', detail });

export class SignInService {
  /** A password hash of nothing, verified when a user name is unknown, so timing does not tell. */
  private readonly decoyHash: Promise<string>;

  constructor(
    private readonly db: Database,
    private readonly audit: AuditLog,
    readonly guard: SignInGuard,
    private readonly outbox: Outbox,
    private readonly settings: SignInSettings,
    private readonly accessChanged: (userId: string) => void,
  ) {
    this.decoyHash = hashPassword('decoy: no account has this password');
  }

  async withPassword(username: string, password: string, ip: string): Promise<SignedIn> {
    const user = await userByUsername(this.db, username);
    // The same answer, and about the same time, whether the user exists or not.
    const ok = await verifyPassword(password, user?.password_hash ?? (await this.decoyHash));
    if (!user || !ok || user.disabled_at) {
      const disabled = Boolean(user?.disabled_at && ok);
      await this.guard.failed(ip, failure({ method: 'password', username, disabled }, user?.id ?? null));
      throw disabled ? new HttpError(401, 'AUTH_DISABLED', 'this account is disabled') : new HttpError(401, 'AUTH_FAILED', 'wrong user name or password');
    }
    return this.open(user, 'password', ip);
  }

  /** Sends a code to a registered owner; answers the same whether the phone is registered or not. */
  async sendCode(phone: string, ip: string): Promise<{ validForS: number }> {
    const user = await userByPhone(this.db, phone);
    if (user && user.role === 'owner' && !user.disabled_at) {
      await inTransaction(this.db, async (work) => {
        const code = await issueSignInCode(work, phone);
        // The text holds the code: marked sensitive, the outbox clears it once delivered.
        await this.outbox.notify(work, [
          {
            kind: 'auth.code',
            resource: 'person.owner',
            ownerId: user.id,
            subjectId: user.id,
            sensitive: true,
            payload: { text: say(user.locale, 'signInCode', { code, minutes: CODE_TTL_MS / 60_000 }) },
            to: [{ channel: 'sms', phone }],
          },
        ]);
        // A credential was issued: recorded like a sign-in (nothing is recorded for a phone that gets no code).
        await this.audit.append(work, { actorId: null, actorRole: null, actorName: null, action: 'auth.code.sent', subjectType: 'user', subjectId: user.id, ip });
      });
    }
    return { validForS: CODE_TTL_MS / 1000 };
  }

  async withCode(phone: string, code: string, ip: string): Promise<SignedIn> {
    const user = await userByPhone(this.db, phone);
    if (!user || user.role !== 'owner' || user.disabled_at || !(await redeemSignInCode(this.db, phone, code))) {
      await this.guard.failed(ip, failure({ method: 'sms-code' }, user?.id ?? null));
      throw new HttpError(401, 'AUTH_FAILED', 'wrong or expired code');
    }
    return this.open(user, 'sms-code', ip);
  }

  async signOut(caller: Caller): Promise<void> {
    const p = caller.principal;
    await inTransaction(this.db, async (work) => {
      if (p.via === 'session') await deleteSession(work, p.sessionHash);
      await this.audit.append(work, { ...actorOfCaller(caller), action: 'auth.logout' });
    });
    this.accessChanged(p.user.id);
  }

  /** Staff only; the caller's other sessions end (whoever knew the old password is out). */
  async changePassword(caller: Caller, current: string, next: string): Promise<void> {
    const p = caller.principal;
    const user = (await userById(this.db, p.user.id))!;
    if (!user.password_hash) throw new HttpError(403, 'NO_PASSWORD', 'owners sign in with a code sent to their phone: there is no password to change');
    if (!(await verifyPassword(current, user.password_hash))) throw new HttpError(401, 'AUTH_FAILED', 'the current password is wrong');
    if (next === current) throw new HttpError(400, 'PASSWORD_UNCHANGED', 'choose a password other than the current one');
    const hash = await hashPassword(next);
    await inTransaction(this.db, async (work) => {
      await setPassword(work, user.id, hash, p.via === 'session' ? p.sessionHash : null);
      await this.audit.append(work, { ...actorOfCaller(caller), action: 'user.password.change', subjectType: 'user', subjectId: user.id });
    });
    this.accessChanged(user.id);
  }

  /** The language one reads the dashboard and text messages in (null: follow the browser). */
  async setLocale(caller: Caller, locale: Locale | null): Promise<UserRow> {
    return inTransaction(this.db, async (work) => {
      await work.query('UPDATE users SET locale = $2 WHERE id = $1', [caller.principal.user.id, locale]);
      await this.audit.append(work, { ...actorOfCaller(caller), action: 'user.locale.set', subjectType: 'user', subjectId: caller.principal.user.id, detail: { locale } });
      return (await userById(work, caller.principal.user.id))!;
    });
  }

  private open(user: UserRow, method: string, ip: string): Promise<SignedIn> {
    return inTransaction(this.db, async (work) => {
      const session = await createSession(work, user.id, this.settings.sessionTtlMs, ip);
      await this.audit.append(work, { actorId: user.id, actorRole: user.role, actorName: user.display_name, action: 'auth.login', detail: { method }, ip });
      return { user, session };
    });
  }
}
