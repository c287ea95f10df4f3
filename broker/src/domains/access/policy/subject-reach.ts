/**
 * Whether a caller reaches one record, from what the record says of itself:
 * the jurisdictions it lies in and the owner it belongs to. The data policy
 * says how far a role reaches a kind of data (policy.ts); this applies it to
 * one record, the same way in lists, on the map and on the live feed.
 * Reaches that need more than the record (a case, a stated reason) are the
 * home's to decide: here they reach nothing.
 */
import { reach, scopeOf, type Action, type Resource } from './policy.js';
import type { Principal } from './route-access.js';

export interface Subject {
  /** The jurisdictions the record lies in, its ancestors included (a device in a police area is in its town and county too). */
  jurisdictions?: readonly string[];
  /** The person it belongs to (a bike, a case), for the 'own' reach. */
  ownerId?: string | null;
  /**
   * The units it concerns (the parties an alarm is linked to): for the
   * 'jurisdiction' reach, a member of one of them reaches it wherever their
   * own jurisdictions are (a district centre's duty officer sees the town's alarm).
   */
  units?: readonly string[];
}

/** A user's jurisdictions cover a record when they share one (the record's list holds its ancestors). */
export function inJurisdictions(userJurisdictions: readonly string[], subject: readonly string[]): boolean {
  return subject.some((j) => userJurisdictions.includes(j));
}

export function mayReach(principal: Principal, action: Action, resource: Resource, subject: Subject): boolean {
  if (principal.via === 'token' && !principal.scopes.has('*') && !principal.scopes.has(scopeOf(resource))) return false;
  const r = reach(principal.user.role, action, resource);
  switch (r) {
    case 'all':
      return true;
    case 'jurisdiction': {
      const unit = principal.user.unitId;
      if (unit && subject.units?.includes(unit)) return true;
      const where = subject.jurisdictions ?? [];
      // A device placed nowhere (no position, or outside every boundary) is the installers' to place.
      if (where.length === 0) return principal.user.role === 'installer' && resource.startsWith('device.');
      return inJurisdictions(principal.user.jurisdictions, where);
    }
    case 'own':
      return subject.ownerId != null && subject.ownerId === principal.user.id;
    default:
      return false;
  }
}
