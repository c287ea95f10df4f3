/**
 * Route access, declared beside each route as `config: { access }`:
 *   access: PUBLIC                     anyone (health, login, the dashboard's files)
 *   access: SIGNED_IN                  any signed-in user (their own account)
 *   access: can('read', 'device.station')   the roles DATA_POLICY lets reach that data
 * A route without a declaration makes the app refuse to start.
 */
import { reach, rolesFor, scopeOf, type Action, type Resource, type Role, type Scope } from './policy.js';

export type RouteAccess =
  | { kind: 'public' }
  | { kind: 'signed-in' }
  | { kind: 'data'; action: Action; resources: readonly Resource[] };

export const PUBLIC: RouteAccess = { kind: 'public' };
export const SIGNED_IN: RouteAccess = { kind: 'signed-in' };

/** Readers or writers of any of these resources (a route that serves several, e.g. all device kinds). */
export function can(action: Action, ...resources: Resource[]): RouteAccess {
  return { kind: 'data', action, resources };
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

/** Who is calling: a user through a browser session, or an integration through an API token. */
export type Principal =
  | { via: 'session'; user: UserIdentity; sessionHash: Buffer; csrfToken: string; expiresAt: Date }
  | { via: 'token'; user: UserIdentity; tokenId: string; scopes: ReadonlySet<Scope | '*'> };

export interface AccessDecision {
  allowed: boolean;
  status?: 401 | 403;
  code?: string;
  message?: string;
}

/** Whether a principal may call a route with this access; the reason when not. */
export function decide(access: RouteAccess, principal: Principal | null): AccessDecision {
  if (access.kind === 'public') return { allowed: true };
  if (!principal) return { allowed: false, status: 401, code: 'AUTH_REQUIRED', message: 'sign in first (session cookie or Bearer token)' };
  if (access.kind === 'signed-in') return { allowed: true };
  const { role } = principal.user;
  const reachable = access.resources.filter((r) => reach(role, access.action, r) !== 'none');
  if (reachable.length === 0) {
    return { allowed: false, status: 403, code: 'FORBIDDEN', message: `the ${role} role may not ${access.action} ${access.resources.join(' or ')}` };
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
  return [...new Set(access.resources.flatMap((r) => rolesFor(access.action, r)))];
}
