/**
 * The dashboard's views and which roles may open them, in menu order. The
 * platform enforces access on every request; this table only keeps the page
 * from showing (and fetching for) a view whose data the role would be refused.
 * It follows the platform's data policy (broker/src/access/policy.ts): the map
 * needs map.layer and device reads, which owners do not have; stations and
 * pillars are registered by installers and administrators (tags by
 * administrators only); owners at a registration point, by police and
 * administrators; staff accounts, API tokens and the audit trail are for
 * administrators.
 */
import type { MessageKey } from './i18n/translator.js';
import { ROLES, STAFF_ROLES, type Me, type Role } from './types.js';

/** Each view's title is a catalog key: the menu, the page title and the forbidden view say it. */
export const VIEWS = {
  '/map': { title: 'view.map', roles: STAFF_ROLES },
  // Operators and police handle alarms; a party's members (of either role) acknowledge theirs.
  '/alarms': { title: 'alarms.view.console', roles: ['operator', 'police'] },
  '/alarms/mine': { title: 'alarms.view.mine', roles: ['operator', 'police'] },
  '/devices/new': { title: 'view.devices-new', roles: ['admin', 'installer'] },
  '/owners/new': { title: 'view.owners-new', roles: ['admin', 'police'] },
  '/bikes/new': { title: 'view.bikes-new', roles: ['admin', 'police'] },
  '/cases': { title: 'view.cases', roles: ['admin', 'police'] },
  '/people': { title: 'view.people', roles: ['admin'] },
  '/tokens': { title: 'view.tokens', roles: ['admin'] },
  '/audit': { title: 'view.audit', roles: ['admin'] },
  // The alarm back office (policy: maintenance.alert, alarm.report, alarm.party/alarm.plan writes, alarm.coordinate).
  '/maintenance': { title: 'alarmdesk.view.maintenance', roles: ['admin', 'operator', 'installer'] },
  '/alarm-report': { title: 'alarmdesk.view.report', roles: ['admin', 'operator', 'police'] },
  '/linkage': { title: 'alarmdesk.view.linkage', roles: ['admin'] },
  '/coordinates': { title: 'alarmdesk.view.coordinates', roles: ['admin', 'operator', 'police', 'installer'] },
  '/my-bikes': { title: 'view.my-bikes', roles: ['owner'] },
  '/account': { title: 'view.account', roles: ROLES },
} as const satisfies Record<string, { title: MessageKey; roles: readonly Role[] }>;

export type ViewPath = keyof typeof VIEWS;

export const LOGIN = '/login';

export function isView(path: string): path is ViewPath {
  return Object.hasOwn(VIEWS, path);
}

export function mayOpen(role: Role, path: string): boolean {
  return isView(path) && (VIEWS[path].roles as readonly Role[]).includes(role);
}

/** The views a role may use, in menu order. */
export function viewsFor(role: Role): { path: ViewPath; title: MessageKey }[] {
  return (Object.keys(VIEWS) as ViewPath[]).filter((path) => mayOpen(role, path)).map((path) => ({ path, title: VIEWS[path].title }));
}

/** Where the user starts: the platform's `landing` ('#/map'), if this dashboard has that view for the role. */
export function landingOf(user: Me): ViewPath {
  const path = user.landing.replace(/^#/, '');
  return isView(path) && mayOpen(user.role, path) ? path : '/account';
}

/** After signing in: where the user wanted to go if their role may see it, else their landing view. */
export function afterSignIn(user: Me, wanted: string | null): ViewPath {
  return wanted && mayOpen(user.role, wanted) ? (wanted as ViewPath) : landingOf(user);
}

/** A hash route split into its path and query: '#/login?next=%2Faudit' → '/login', next=/audit. */
export function parseHash(hash: string): { path: string; params: URLSearchParams } {
  const route = hash.replace(/^#/, '') || '/';
  const q = route.indexOf('?');
  return q < 0 ? { path: route, params: new URLSearchParams() } : { path: route.slice(0, q) || '/', params: new URLSearchParams(route.slice(q + 1)) };
}

export function loginRoute(wanted: string | null): string {
  return wanted && wanted !== '/' && wanted !== LOGIN ? `${LOGIN}?next=${encodeURIComponent(wanted)}` : LOGIN;
}

export type SessionView = { status: 'checking' | 'unreachable' | 'signed-out' } | { status: 'signed-in'; user: Me };

/**
 * Where the address bar must move to, or null to stay: signed out anywhere but
 * the login view → the login view, remembering the view wanted; signed in on
 * the login view or at the root → the view wanted, or the landing view.
 */
export function redirectFor(session: SessionView, path: string, params: URLSearchParams): string | null {
  if (session.status === 'signed-out') return path === LOGIN ? null : loginRoute(path);
  if (session.status !== 'signed-in') return null;
  if (path === LOGIN) return afterSignIn(session.user, params.get('next'));
  if (path === '/') return landingOf(session.user);
  return null;
}
