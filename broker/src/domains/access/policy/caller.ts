/**
 * Who acts in a request, as the services take it: the principal (whose role
 * sets the reach) and the address it came from; and how the audit trail
 * names them.
 */
import type { Principal } from './route-access.js';

/** Who acts, as the audit trail names them, and from where. */
export interface Actor {
  actorId: string | null;
  actorRole: string | null;
  actorName: string | null;
  ip?: string | null;
}

export interface Caller {
  principal: Principal;
  ip: string | null;
}

/** The actor fields of an audit entry: who really acts, and through what. */
export function actorOf(principal: Principal | null, ip: string | null = null): Actor {
  if (!principal) return { actorId: null, actorRole: null, actorName: null, ip };
  const { user } = principal;
  if (principal.via === 'session') return { actorId: user.id, actorRole: user.role, actorName: user.displayName, ip };
  if (principal.kind === 'personal') return { actorId: user.id, actorRole: user.role, actorName: `${user.displayName} via token ${principal.tokenId}`, ip };
  const by = principal.createdBy;
  return { actorId: user.id, actorRole: user.role, actorName: `service account “${user.displayName}” (token ${principal.tokenId}, created by ${by.displayName} ${by.id})`, ip };
}

/** The caller of a request, for a service. */
export function callerOf(request: { principal: Principal | null; ip: string }): Caller {
  if (!request.principal) throw new Error('callerOf: the route admits anonymous callers; it must not call a service that needs a caller');
  return { principal: request.principal, ip: request.ip };
}

export const actorOfCaller = (c: Caller): Actor => actorOf(c.principal, c.ip);
