/**
 * Signing in and out, and one's own account (sign-in-service.ts does the
 * work). A browser gets an HttpOnly SameSite=Strict session cookie and a
 * CSRF token to send with every change; these routes set and clear it.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { printable } from '../../../kernel/input.js';
import { LOCALES } from '../../../kernel/texts.js';
import { callerOf, PUBLIC, SIGNED_IN } from '../policy/index.js';
import { userById } from '../people-store.js';
import { Me, PHONE_PATTERN } from '../schemas/people.js';
import { meJson } from '../serialize.js';
import type { SignedIn, SignInService } from '../sign-in-service.js';
import type { Database } from '@watchpost/ingest';

/** The session cookie's name (the auth plugin reads it). */
export const SESSION_COOKIE = 'wp_session';

export interface AuthRouteSettings {
  sessionTtlH: number;
  cookieSecure: 'auto' | 'always' | 'never';
  /** The platform's time zone, for dates people read. */
  timeZone: string;
}

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

export const authRoutes: FastifyPluginAsyncTypebox<{ signIn: SignInService; db: Database; settings: AuthRouteSettings }> = async (app, { signIn, db, settings: config }) => {
  const signIns = signIn.guard;
  /** Before the body is read: an address past its failures is refused on every sign-in route. */
  const admitAddress = (request: FastifyRequest) => signIns.admit(request.ip);
  const countLimited = (request: FastifyRequest) => signIns.limited(request.ip);
  const failure = (detail: Record<string, string | boolean | null>) => ({ actorId: null, actorRole: null, actorName: null, action: 'auth.login.failed', detail });

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

  /** The cookie of a new session, and what the page needs. */
  function answerSignedIn(request: FastifyRequest, reply: FastifyReply, { user, session }: SignedIn) {
    const secure = config.cookieSecure === 'always' || (config.cookieSecure === 'auto' && request.protocol === 'https');
    reply.header('set-cookie', `${SESSION_COOKIE}=${session.token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${config.sessionTtlH * 3600}${secure ? '; Secure' : ''}`);
    return { user: meJson(user, config.timeZone), csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString() };
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
    async (request, reply) => answerSignedIn(request, reply, await signIn.withPassword(request.body.username, request.body.password, request.ip)),
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
      const { validForS } = await signIn.sendCode(request.body.phone, request.ip);
      reply.status(202);
      return { sent: true, validForS };
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
    async (request, reply) => answerSignedIn(request, reply, await signIn.withCode(request.body.phone, request.body.code, request.ip)),
  );

  app.post('/auth/logout', { config: { access: SIGNED_IN }, schema: { summary: 'Sign out (ends this session)', tags: ['auth'] } }, async (request, reply) => {
    await signIn.signOut(callerOf(request));
    reply.header('set-cookie', `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`);
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
      await signIn.changePassword(callerOf(request), request.body.currentPassword, request.body.newPassword);
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
      return { user: meJson(user!, config.timeZone), csrfToken: p.via === 'session' ? p.csrfToken : null, expiresAt: p.via === 'session' ? p.expiresAt.toISOString() : null };
    },
  );

  app.patch(
    '/auth/me',
    {
      config: { access: SIGNED_IN },
      schema: {
        summary: 'Change my preferences: the language I read the dashboard and text messages in (null: follow the browser)',
        tags: ['auth'],
        body: Type.Object({ locale: Type.Union([Type.Null(), Type.Enum([...LOCALES])]) }, { additionalProperties: false }),
        response: { 200: Type.Object({ user: Me }) },
      },
    },
    async (request) => ({ user: meJson(await signIn.setLocale(callerOf(request), request.body.locale), config.timeZone) }),
  );
};
