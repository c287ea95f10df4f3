/**
 * Route access, declared beside each route as `config: { access }`:
 *   access: PUBLIC                     anyone (health, login, the dashboard's files)
 *   access: SIGNED_IN                  any signed-in person (their own account; not a service token)
 *   access: can('read', 'device.station')   the roles DATA_POLICY lets reach that data
 *   access: can('write', 'person.owner', { reach: ['all'] })   …and only those reaching it so far:
 *     a route that serves some reaches only (an owner registers no owners) says which,
 *     the others are refused here, with 403, and left out of the route's x-roles.
 * A route without a declaration makes the app refuse to start.
 */
import { reach, scopeOf, ROLES, type Action, type Reach, type Resource, type Role, type Scope } from './policy.js';

export type RouteAccess = { kind: 'public' } | { kind: 'signed-in' } | { kind: 'data'; action: Action; resources: readonly Resource[]; serves: readonly Reach[] | null; otherwise: string | null };

export const PUBLIC: RouteAccess = { kind: 'public' };
export const SIGNED_IN: RouteAccess = { kind: 'signed-in' };

export interface CanOptions {
  /** The reaches this route serves; a role reaching the data otherwise is refused. All but 'none' when absent. */
  reach: readonly Exclude<Reach, 'none'>[];
  /** What to tell a role refused for its reach: where it gets what it wants instead. */
  otherwise?: string;
}

/** Readers or writers of any of these resources (a route that serves several, e.g. all device kinds). */
export function can(action: Action, ...args: [...Resource[], CanOptions] | Resource[]): RouteAccess {
  const last = args.at(-1);
  const options = typeof last === 'object' ? last : null;
  const resources = (options ? args.slice(0, -1) : args) as Resource[];
  return { kind: 'data', action, resources, serves: options?.reach ?? null, otherwise: options?.otherwise ?? null };
}

export interface UserIdentity {
  id: string;
  username: string | null;
  displayName: string;
  role: Role;
  unitId: string | null;
  jurisdictions: string[];
  isDemo: boolean;
}

/**
 * Who is calling: a user through a browser session, or through an API token.
 * A personal token acts for the user who created it (`user` is that user); a
 * service token is a service account of its own (`user` is its identity:
 * id svc-<token id>, the token's name, its own role), created by `createdBy`,
 * whose disabling ends it.
 */
export type Principal =
  | { via: 'session'; user: UserIdentity; sessionHash: Buffer; csrfToken: string; expiresAt: Date }
  | { via: 'token'; kind: 'personal' | 'service'; user: UserIdentity; tokenId: string; scopes: ReadonlySet<Scope | '*'>; expiresAt: Date | null; createdBy: { id: string; displayName: string } };

export interface AccessDecision {
  allowed: boolean;
  status?: 401 | 403;
  code?: string;
  message?: string;
}

/** The resources of a route this role reaches as far as the route serves. */
function servedTo(access: Extract<RouteAccess, { kind: 'data' }>, role: Role): Resource[] {
  return access.resources.filter((r) => {
    const got = reach(role, access.action, r);
    return got !== 'none' && (!access.serves || access.serves.includes(got));
  });
}

/** Whether a principal may call a route with this access; the reason when not. */
export function decide(access: RouteAccess, principal: Principal | null): AccessDecision {
  if (access.kind === 'public') return { allowed: true };
  if (!principal) return { allowed: false, status: 401, code: 'AUTH_REQUIRED', message: 'sign in first (session cookie or Bearer token)' };
  if (access.kind === 'signed-in') {
    if (principal.via === 'token' && principal.kind === 'service')
      return { allowed: false, status: 403, code: 'FORBIDDEN', message: 'a service token has no account of its own: this route is for people' };
    return { allowed: true };
  }
  const { role } = principal.user;
  const reachable = servedTo(access, role);
  if (reachable.length === 0) {
    const reaches = access.resources.map((r) => reach(role, access.action, r));
    const why =
      access.serves && reaches.some((r) => r !== 'none')
        ? ` here (its reach: ${[...new Set(reaches)].join(', ')}; this route serves ${access.serves.join(', ')})${access.otherwise ? `: ${access.otherwise}` : ''}`
        : '';
    return { allowed: false, status: 403, code: 'FORBIDDEN', message: `the ${role} role may not ${access.action} ${access.resources.join(' or ')}${why}` };
  }
  if (principal.via === 'token' && !principal.scopes.has('*') && !reachable.some((r) => principal.scopes.has(scopeOf(r)))) {
    return { allowed: false, status: 403, code: 'TOKEN_SCOPE', message: `this token lacks the scope ${[...new Set(reachable.map(scopeOf))].join(' or ')}` };
  }
  return { allowed: true };
}

/** The roles a route admits: what the OpenAPI document and the access test read. */
export function rolesAdmitted(access: RouteAccess): Role[] | 'everyone' | 'signed-in' {
  if (access.kind === 'public') return 'everyone';
  if (access.kind === 'signed-in') return 'signed-in';
  return ROLES.filter((role) => servedTo(access, role).length > 0);
}
