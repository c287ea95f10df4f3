/**
 * Who is calling, and may they: resolves the principal of every request
 * (session cookie or Bearer token), then applies the route's declared access
 * (access/access.ts) before the body is even parsed. Cookie sessions must
 * also carry their CSRF token on every request that changes something.
 * A route under /api/v1 without a declared access makes the app refuse to start.
 */
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PUBLIC, decide, type Principal, type RouteAccess } from '../../domains/access/policy/index.js';
import { findApiToken, findSession, hashOf, identityOf, sameSecret, serviceAccountId, SESSION_COOKIE, touchApiToken, userById, type AccessHome } from '../../domains/access/index.js';
import type { Database } from '@watchpost/ingest';
import { reachBeyond, type Scope } from '../../domains/access/policy/index.js';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyInstance {
    /** Forget resolved credentials: call after a sign-out, a revocation or an account change of this user (or service account). */
    forgetPrincipals(userId: string): void;
    /** Called with the user whose access just ended or changed: long-lived streams end theirs. */
    onAccessChange(listener: (userId: string) => void): () => void;
    /** Every route with its access rule, as declared: what the route × role test walks. */
    readonly declaredRoutes: readonly DeclaredRoute[];
  }
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}

export interface DeclaredRoute {
  method: string;
  url: string;
  access: RouteAccess;
}

export { SESSION_COOKIE };
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function readCookie(request: FastifyRequest, name: string): string | null {
  const header = request.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}

/** What the caller presents: a bearer token, or the session cookie (read once per request). */
interface Credential {
  via: 'token' | 'session';
  value: string;
  /** SHA-256 of the value: the cache key, and the session's key in the database. */
  hash: Buffer;
}

function credentialOf(request: FastifyRequest): Credential | null {
  const authorization = request.headers.authorization;
  const value = authorization?.startsWith('Bearer ') ? authorization.slice(7).trim() : readCookie(request, SESSION_COOKIE);
  if (!value) return null;
  return { via: authorization?.startsWith('Bearer ') ? 'token' : 'session', value, hash: hashOf(value) };
}

/** The service accounts seen acting, by creator: when a creator's access changes, theirs ends too. */
type ServicesByCreator = Map<string, Set<string>>;

async function resolvePrincipal(db: Database, credential: Credential, services: ServicesByCreator): Promise<Principal | null> {
  if (credential.via === 'token') {
    const token = await findApiToken(db, credential.value);
    if (!token) return null;
    // Whoever created the token answers for it: a disabled creator's tokens stop, personal and service alike.
    const creator = await userById(db, token.created_by);
    if (!creator || creator.disabled_at) return null;
    const common = {
      via: 'token',
      tokenId: token.id,
      scopes: new Set(token.scopes as (Scope | '*')[]),
      expiresAt: token.expires_at,
      createdBy: { id: creator.id, displayName: creator.display_name },
    } as const;
    let principal: Principal;
    if (token.kind === 'personal') {
      principal = { ...common, kind: 'personal', user: identityOf(creator) };
    } else {
      const role = token.service_role!;
      // No further than the creator reaches now (checked at creation, and again here).
      if (role === 'owner' || reachBeyond(role, creator.role).length > 0) return null;
      const id = serviceAccountId(token.id);
      principal = { ...common, kind: 'service', user: { id, username: null, displayName: token.name, role, unitId: creator.unit_id, jurisdictions: creator.jurisdictions, isDemo: creator.is_demo } };
      if (!services.has(creator.id)) services.set(creator.id, new Set());
      services.get(creator.id)!.add(id);
    }
    void touchApiToken(db, token.id).catch(() => {});
    return principal;
  }
  const session = await findSession(db, credential.hash);
  if (!session) return null;
  const user = await userById(db, session.user_id);
  if (!user || user.disabled_at) return null;
  return { via: 'session', user: identityOf(user), sessionHash: credential.hash, csrfToken: session.csrf_token, expiresAt: session.expires_at };
}

/**
 * Resolved credentials, kept briefly: a scraper or a busy integration costs no
 * query per request, and during a database outage the operators already signed
 * in (and /metrics) keep working. Changes that end access clear it at once.
 */
class PrincipalCache {
  private readonly entries = new Map<string, { principal: Principal | null; at: number }>();
  constructor(
    private readonly freshMs = 10_000,
    private readonly staleIfErrorMs = 15 * 60_000,
    private readonly maxEntries = 10_000,
  ) {}

  async resolve(key: string, load: () => Promise<Principal | null>): Promise<Principal | null> {
    const hit = this.entries.get(key);
    const now = Date.now();
    if (hit && now - hit.at < this.freshMs) return stillValid(hit.principal, now);
    try {
      const principal = await load();
      if (this.entries.size >= this.maxEntries) this.entries.clear();
      this.entries.set(key, { principal, at: now });
      return principal;
    } catch (err) {
      if (hit && now - hit.at < this.staleIfErrorMs) return stillValid(hit.principal, now);
      throw Object.assign(new Error('cannot check credentials while the database is unavailable'), { statusCode: 503, code: 'DATABASE_UNAVAILABLE', cause: err });
    }
  }

  clear(): void {
    this.entries.clear();
  }
}

/** A cached session or token ends at its expiry, whatever the cache holds. */
function stillValid(principal: Principal | null, now: number): Principal | null {
  return principal?.expiresAt && principal.expiresAt.getTime() <= now ? null : principal;
}

function refuse(reply: FastifyReply, status: number, code: string, message: string) {
  return reply.status(status).send({ code, message });
}

export const authPlugin = fp<{ access: AccessHome }>(async (app: FastifyInstance, { access }) => {
  const db = access.db;
  app.decorateRequest('principal', null);
  const principals = new PrincipalCache();
  const accessListeners = new Set<(userId: string) => void>();
  const services: ServicesByCreator = new Map();
  app.decorate('forgetPrincipals', (userId: string) => {
    principals.clear();
    // A user's service accounts answer to them: their streams end with the user's.
    for (const id of [userId, ...(services.get(userId) ?? [])]) for (const listener of accessListeners) listener(id);
  });
  // The access home tells of every change that ends or narrows someone's access.
  access.onAccessChange((userId) => app.forgetPrincipals(userId));
  app.decorate('onAccessChange', (listener: (userId: string) => void) => {
    accessListeners.add(listener);
    return () => accessListeners.delete(listener);
  });

  const declared: DeclaredRoute[] = [];
  app.decorate('declaredRoutes', declared);
  app.addHook('onRoute', (route) => {
    const config = (route.config ?? {}) as { access?: RouteAccess };
    const methods = ([] as string[]).concat(route.method);
    let access = config.access;
    // Routes of plugins we do not write (API docs, the dashboard's files) are public reads.
    if (!access && !route.url.startsWith('/api/v1') && methods.every((m) => m === 'GET' || m === 'HEAD')) {
      access = PUBLIC;
      route.config = { ...config, access };
    }
    if (!access) throw new Error(`route ${methods.join(',')} ${route.url} declares no access rule (config.access)`);
    for (const method of methods) declared.push({ method, url: route.url, access });
  });

  app.addHook('onRequest', async (request, reply) => {
    const access = request.routeOptions.config.access ?? PUBLIC;
    const credential = credentialOf(request);
    request.principal = credential ? await principals.resolve(`${credential.via}:${credential.hash.toString('base64')}`, () => resolvePrincipal(db, credential, services)) : null;
    const decision = decide(access, request.principal);
    if (!decision.allowed) return refuse(reply, decision.status!, decision.code!, decision.message!);
    const p = request.principal;
    // Public routes (signing in) change nothing of a session's: they need no token, even with an old cookie.
    if (p?.via === 'session' && access.kind !== 'public' && UNSAFE.has(request.method)) {
      const given = request.headers['x-csrf-token'];
      if (typeof given !== 'string' || !sameSecret(given, p.csrfToken)) {
        return refuse(reply, 403, 'CSRF_TOKEN_INVALID', 'send the X-CSRF-Token header given at sign-in with every change');
      }
    }
  });
});
