/**
 * Signing in and out. Staff: user name and password. Owners: phone number and
 * a one-time code sent by SMS. A browser gets an HttpOnly SameSite=Strict
 * session cookie and a CSRF token to send with every change.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { PUBLIC, SIGNED_IN } from '../../access/access.js';
import { actorOf } from '../../access/audit.js';
import { createSession, deleteSession, issueSignInCode, redeemSignInCode } from '../../access/credentials.js';
import { hashPassword, verifyPassword } from '../../access/passwords.js';
import { setPassword, userByPhone, userById, userByUsername, type UserRow } from '../../access/people.js';
import type { AppDeps } from '../app.js';
import { HttpError } from '../errors.js';
import { printable } from '../input-guard.js';
import { SESSION_COOKIE } from '../plugins/auth.js';
import { Me, PHONE_PATTERN } from '../schemas/people.js';
import { meJson } from '../serialize-people.js';

/**
 * Guessing is limited per address and account (user name or phone): officers
 * behind one NAT address do not lock each other out. Failures per address
 * alone have a wider limit (app.signIns, sign-in-guard.ts) against spraying.
 */
const perAccount = (field: 'username' | 'phone') => (request: FastifyRequest) => `${request.ip}|${String((request.body as Record<string, unknown> | undefined)?.[field] ?? '').toLowerCase()}`;
// preHandler: the key needs the parsed body.
const LOGIN_LIMIT = { max: 10, timeWindow: '1 minute', keyGenerator: perAccount('username'), hook: 'preHandler' as const };
const CODE_LIMIT = { max: 5, timeWindow: '10 minutes', keyGenerator: perAccount('phone'), hook: 'preHandler' as const };
const CODE_VERIFY_LIMIT = { max: 10, timeWindow: '1 minute', keyGenerator: perAccount('phone'), hook: 'preHandler' as const };
/** Guessing one's current password (a session left open on a shared desk): per user. */
const PASSWORD_CHANGE_LIMIT = { max: 10, timeWindow: '1 minute', keyGenerator: (request: FastifyRequest) => `user|${request.principal?.user.id ?? request.ip}`, hook: 'preHandler' as const };

export const authRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { ingest, access: acc, config }) => {
  const db = ingest.db;
  const signIns = app.signIns;
  /** Before the body is read: an address past its failures is refused on every sign-in route. */
  const admitAddress = (request: FastifyRequest) => signIns.admit(request.ip);
  const countLimited = (request: FastifyRequest) => signIns.limited(request.ip);
  const failure = (detail: Record<string, string | boolean | null>, actorId: string | null = null) => ({ actorId, actorRole: null, actorName: null, action: 'auth.login.failed', detail });

  /**
   * A sign-in refused for its input (a name with a NUL, a body that is not
   * JSON) is a failed sign-in like a wrong password: counted and audited, with
   * the name made storable. The app's error handler then answers it.
   */
  const auditRefusedInput = (method: 'password' | 'sms-code') => async (err: FastifyError, request: FastifyRequest) => {
    const status = err.statusCode ?? 500;
    // 401s were recorded by the handler, which knows the account; 429s are counted where they are refused.
    if (status >= 400 && status < 500 && status !== 401 && status !== 429) {
      const body = request.body as Record<string, unknown> | undefined;
      const detail: Record<string, string | null> = { method, invalid: printable(err.message, 200) };
      if (method === 'password') detail.username = body?.username === undefined ? null : printable(body.username);
      await signIns.failed(request.ip, failure(detail));
    }
    throw err;
  };

  async function startSession(request: FastifyRequest, reply: FastifyReply, user: UserRow, method: string) {
    const session = await createSession(db, user.id, config.sessionTtlH * 3600_000, request.ip);
    const secure = config.cookieSecure === 'always' || (config.cookieSecure === 'auto' && request.protocol === 'https');
    reply.header(
      'set-cookie',
      `${SESSION_COOKIE}=${session.token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${config.sessionTtlH * 3600}${secure ? '; Secure' : ''}`,
    );
    await acc.audit.append({ actorId: user.id, actorRole: user.role, actorName: user.display_name, action: 'auth.login', detail: { method }, ip: request.ip });
    return { user: meJson(user), csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString() };
  }

  app.post(
    '/auth/login',
    {
      config: { access: PUBLIC, rateLimit: { ...LOGIN_LIMIT, onExceeded: countLimited } },
      onRequest: admitAddress,
      errorHandler: auditRefusedInput('password'),
      schema: {
        summary: 'Sign in with a user name and password (staff)',
        tags: ['auth'],
        body: Type.Object({ username: Type.String({ minLength: 1, maxLength: 64 }), password: Type.String({ minLength: 1, maxLength: 256 }) }, { additionalProperties: false }),
        response: { 200: Type.Object({ user: Me, csrfToken: Type.String(), expiresAt: Type.String() }), 401: { $ref: 'Error' } },
      },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      const user = await userByUsername(db, username);
      // The same answer, and about the same time, whether the user exists or not.
      const ok = user?.password_hash ? await verifyPassword(password, user.password_hash) : await verifyPassword(password, acc.decoyHash);
      if (!user || !ok || user.disabled_at) {
        await signIns.failed(request.ip, failure({ method: 'password', username, disabled: Boolean(user?.disabled_at && ok) }, user?.id ?? null));
        throw new HttpError(401, 'AUTH_FAILED', user?.disabled_at && ok ? 'this account is disabled' : 'wrong user name or password');
      }
      return startSession(request, reply, user, 'password');
    },
  );

  app.post(
    '/auth/code',
    {
      config: { access: PUBLIC, rateLimit: { ...CODE_LIMIT, onExceeded: countLimited } },
      onRequest: admitAddress,
      errorHandler: auditRefusedInput('sms-code'),
      schema: {
        summary: 'Send a one-time sign-in code by SMS to a registered owner (answers the same whether or not the phone is registered)',
        tags: ['auth'],
        body: Type.Object({ phone: Type.String({ pattern: PHONE_PATTERN }) }, { additionalProperties: false }),
        response: { 202: Type.Object({ sent: Type.Boolean(), validForS: Type.Integer() }) },
      },
    },
    async (request, reply) => {
      const { phone } = request.body;
      const user = await userByPhone(db, phone);
      if (user && user.role === 'owner' && !user.disabled_at) {
        const code = await issueSignInCode(db, phone);
        try {
          await acc.sms.send(phone, `Watchpost sign-in code: ${code}. It expires in 5 minutes. Do not share it.`);
        } catch (err) {
          request.log.error({ err, userId: user.id }, 'sign-in code not sent: the SMS gateway failed');
          throw new HttpError(503, 'SMS_UNAVAILABLE', 'the code could not be sent just now; try again in a minute');
        }
        // A credential was issued: recorded like a sign-in (nothing is recorded for a phone that gets no code).
        await acc.audit.append({ actorId: null, actorRole: null, actorName: null, action: 'auth.code.sent', subjectType: 'user', subjectId: user.id, ip: request.ip });
      }
      reply.status(202);
      return { sent: true, validForS: 300 };
    },
  );

  app.post(
    '/auth/code/verify',
    {
      config: { access: PUBLIC, rateLimit: { ...CODE_VERIFY_LIMIT, onExceeded: countLimited } },
      onRequest: admitAddress,
      errorHandler: auditRefusedInput('sms-code'),
      schema: {
        summary: 'Sign in as an owner with the code received by SMS',
        tags: ['auth'],
        body: Type.Object({ phone: Type.String({ pattern: PHONE_PATTERN }), code: Type.String({ pattern: '^[0-9]{6}$' }) }, { additionalProperties: false }),
        response: { 200: Type.Object({ user: Me, csrfToken: Type.String(), expiresAt: Type.String() }), 401: { $ref: 'Error' } },
      },
    },
    async (request, reply) => {
      const { phone, code } = request.body;
      const user = await userByPhone(db, phone);
      if (!user || user.role !== 'owner' || user.disabled_at || !(await redeemSignInCode(db, phone, code))) {
        await signIns.failed(request.ip, failure({ method: 'sms-code' }, user?.id ?? null));
        throw new HttpError(401, 'AUTH_FAILED', 'wrong or expired code');
      }
      return startSession(request, reply, user, 'sms-code');
    },
  );

  app.post('/auth/logout', { config: { access: SIGNED_IN }, schema: { summary: 'Sign out (ends this session)', tags: ['auth'] } }, async (request, reply) => {
    const p = request.principal!;
    if (p.via === 'session') await deleteSession(db, p.sessionHash);
    app.forgetPrincipals(p.user.id);
    reply.header('set-cookie', `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`);
    await acc.audit.append({ actorId: p.user.id, actorRole: p.user.role, actorName: p.user.displayName, action: 'auth.logout', ip: request.ip });
    return { signedOut: true };
  });

  app.post(
    '/auth/password',
    {
      config: { access: SIGNED_IN, rateLimit: PASSWORD_CHANGE_LIMIT },
      schema: {
        summary: 'Change my password (staff); my other sessions end',
        tags: ['auth'],
        body: Type.Object({ currentPassword: Type.String({ minLength: 1, maxLength: 256 }), newPassword: Type.String({ minLength: 10, maxLength: 256 }) }, { additionalProperties: false }),
        response: { 200: Type.Object({ changed: Type.Boolean() }), 401: { $ref: 'Error' }, 403: { $ref: 'Error' } },
      },
    },
    async (request) => {
      const p = request.principal!;
      const user = (await userById(db, p.user.id))!;
      if (!user.password_hash) throw new HttpError(403, 'NO_PASSWORD', 'owners sign in with a code sent to their phone: there is no password to change');
      if (!(await verifyPassword(request.body.currentPassword, user.password_hash))) throw new HttpError(401, 'AUTH_FAILED', 'the current password is wrong');
      if (request.body.newPassword === request.body.currentPassword) throw new HttpError(400, 'PASSWORD_UNCHANGED', 'choose a password other than the current one');
      await setPassword(db, user.id, await hashPassword(request.body.newPassword), p.via === 'session' ? p.sessionHash : null);
      app.forgetPrincipals(user.id);
      await acc.audit.append({ ...actorOf(p), action: 'user.password.change', subjectType: 'user', subjectId: user.id, ip: request.ip });
      return { changed: true };
    },
  );

  app.get(
    '/auth/me',
    {
      config: { access: SIGNED_IN },
      schema: {
        summary: 'Who I am: my account, and the CSRF token and expiry of my session',
        tags: ['auth'],
        response: { 200: Type.Object({ user: Me, csrfToken: Type.Union([Type.String(), Type.Null()]), expiresAt: Type.Union([Type.String(), Type.Null()]) }) },
      },
    },
    async (request) => {
      const p = request.principal!;
      const user = await userById(db, p.user.id);
      return { user: meJson(user!), csrfToken: p.via === 'session' ? p.csrfToken : null, expiresAt: p.via === 'session' ? p.expiresAt.toISOString() : null };
    },
  );

};
