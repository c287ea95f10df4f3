/**
 * Who may see and change what: the data rules of the platform, in one place.
 *
 * The seed county promised e-bike owners that the system is "fully open to
 * the owner and strictly confidential to everyone else". Every route declares
 * which resource it reads or changes (see access.ts); the roles allowed follow
 * from this table, and handlers apply the reach (own records only, the user's
 * jurisdictions, masked lists, or a case / stated reason).
 *
 * Rows for data that does not exist yet (bikes, tracks, alarms, cases) are here
 * already, so the capabilities that bring that data declare routes against
 * them instead of inventing rules.
 */
export const ROLES = ['admin', 'operator', 'police', 'installer', 'owner'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  admin: 'administrator: jurisdictions, parties, users, roles, the audit trail',
  operator: 'governance-centre operator: receives, verifies and dispatches alarms',
  police: 'police: receives alarms, traces stolen e-bikes through cases',
  installer: 'installer: mounts and registers base stations and pillars',
  owner: 'resident: registers their e-bike, reports it stolen',
};

/**
 * How far a role reaches into a kind of data.
 * - all: every record
 * - jurisdiction: records in the user's jurisdictions; and records that
 *   concern the user's unit (an alarm its party is linked into), wherever they are
 * - own: the user's own records only
 * - case: only through a case the user works on, or a lookup that states its
 *   reason; either way the read is written to the audit trail
 * - masked: lists with personal data masked (phone, identity number)
 * - none: not at all; the route answers 403
 */
export type Reach = 'all' | 'jurisdiction' | 'own' | 'case' | 'masked' | 'none';
export type Action = 'read' | 'write';

type Rule = Partial<Record<Role, Reach>>;
interface ResourceRules {
  read: Rule;
  write: Rule;
  /** The API-token scope that covers this resource. */
  scope: Scope;
}

const STAFF_SEE_ALL_DEVICES: Rule = { admin: 'all', operator: 'jurisdiction', police: 'jurisdiction', installer: 'jurisdiction' };

export const DATA_POLICY = {
  // Base stations and alarm pillars: public infrastructure, seen by all staff.
  'device.station': { read: STAFF_SEE_ALL_DEVICES, write: { admin: 'all', installer: 'jurisdiction' }, scope: 'devices' },
  'device.pillar': { read: STAFF_SEE_ALL_DEVICES, write: { admin: 'all', installer: 'jurisdiction' }, scope: 'devices' },
  // Tags are on residents' bikes: where a tag is, is where its owner's bike is.
  // Administrators maintain the registry (id, presence), never positions.
  'device.tag': { read: { admin: 'all', police: 'case', owner: 'own' }, write: { admin: 'all' }, scope: 'devices' },
  // Residents' personal data (name, phone, identity number).
  'person.owner': { read: { admin: 'masked', police: 'case', owner: 'own' }, write: { admin: 'all', police: 'all', owner: 'own' }, scope: 'people' },
  // Staff accounts.
  'person.staff': { read: { admin: 'all' }, write: { admin: 'all' }, scope: 'people' },
  'api-token': { read: { admin: 'all' }, write: { admin: 'all' }, scope: 'people' },
  jurisdiction: { read: { admin: 'all', operator: 'all', police: 'all', installer: 'all' }, write: { admin: 'all' }, scope: 'organisation' },
  unit: { read: { admin: 'all', operator: 'all', police: 'all', installer: 'all' }, write: { admin: 'all' }, scope: 'organisation' },
  'map.layer': { read: { admin: 'all', operator: 'all', police: 'all', installer: 'all' }, write: { admin: 'all' }, scope: 'map' },
  audit: { read: { admin: 'all' }, write: {}, scope: 'audit' },
  metrics: { read: { admin: 'all' }, write: {}, scope: 'metrics' },
  // Where notifications go (webhook endpoints, MQTT subscriptions of integrations) and how their deliveries went.
  'notification.receiver': { read: { admin: 'all' }, write: { admin: 'all' }, scope: 'notifications' },
  // --- Data the next capabilities bring; the rules stand already. ---
  // A bike and its tag registration: open to its owner, to police only through a case or a stated reason.
  // Registration points (police, administrators) register bikes and bind tags for any owner ('all' write:
  // each registration is a change, audited; a reason would add nothing). Administrators keep the register
  // and see it with the owners masked, never where a bike is.
  bike: { read: { owner: 'own', police: 'case', admin: 'masked' }, write: { owner: 'own', police: 'all', admin: 'all' }, scope: 'bikes' },
  // A tag heard at two stations too far apart for the time between (a cloned tag): flagged to the police of
  // the stations' jurisdictions and to administrators; the platform raises them, nobody writes them.
  'bike.clone': { read: { admin: 'all', police: 'jurisdiction' }, write: {}, scope: 'bikes' },
  // Where a tag was heard (sightings, GPS fixes): the most sensitive data here.
  track: { read: { owner: 'own', police: 'case' }, write: {}, scope: 'bikes' },
  // A stolen-bike report and the police case it opens.
  case: { read: { police: 'jurisdiction', owner: 'own', admin: 'all' }, write: { police: 'jurisdiction', owner: 'own' }, scope: 'cases' },
  // Alarms from pillars and their timelines: the staff of the alarm's jurisdictions, and the members of the
  // parties linked into it (subject.units), receive, verify, dispatch and acknowledge them. Administrators
  // read them (supervision, the report) but do not handle them; installers and owners see no alarm at all.
  alarm: { read: { admin: 'all', operator: 'jurisdiction', police: 'jurisdiction' }, write: { operator: 'jurisdiction', police: 'jurisdiction' }, scope: 'alarms' },
  // Which unit plays which part of the five-party linkage in a jurisdiction, and how each unit is told
  // (webhooks, MQTT, SMS to its members): organisational facts the alarm staff must see to know who is
  // told; administrators set them. Members are shown by name, never by phone.
  'alarm.party': { read: { admin: 'all', operator: 'all', police: 'all' }, write: { admin: 'all' }, scope: 'organisation' },
  // Linkage plans (who is told on the press, who after verification, the time limits): set by administrators,
  // read by the staff who work by them.
  'alarm.plan': { read: { admin: 'all', operator: 'all', police: 'all' }, write: { admin: 'all' }, scope: 'alarms' },
  // Alarm coordinates (the code printed under a pillar or camera): a caller may phone any operator from
  // anywhere, so every alarm-handling role resolves any code to its place and parties (what a code tells is
  // printed in the street already); installers print the labels of the pillars they mount.
  'alarm.coordinate': { read: { admin: 'all', operator: 'all', police: 'all', installer: 'jurisdiction' }, write: {}, scope: 'alarms' },
  // The assessment report (alarms handled, times against NFPA targets, cards, points) of a unit: supervisors
  // of the jurisdiction the unit works in, and the unit's own members (subject.units).
  'alarm.report': { read: { admin: 'all', operator: 'jurisdiction', police: 'jurisdiction' }, write: {}, scope: 'alarms' },
  // Maintenance alerts (tamper, power lost, battery low, camera offline, pillar offline): the maintenance desk
  // (administrators, and installers of the jurisdiction, who go and fix it) and the operators who watch the
  // pillars of their area. Not for police: a maintenance alert is no incident.
  'maintenance.alert': {
    read: { admin: 'all', operator: 'jurisdiction', installer: 'jurisdiction' },
    write: { admin: 'all', installer: 'jurisdiction' },
    scope: 'devices',
  },
} as const satisfies Record<string, ResourceRules>;

export type Resource = keyof typeof DATA_POLICY;

/** API-token scopes: a token may act for its user within these. */
export const SCOPES = ['devices', 'people', 'organisation', 'map', 'audit', 'metrics', 'notifications', 'bikes', 'cases', 'alarms'] as const;
export type Scope = (typeof SCOPES)[number];

export function reach(role: Role, action: Action, resource: Resource): Reach {
  const rule: Rule = DATA_POLICY[resource][action];
  return rule[role] ?? 'none';
}

/** The roles that reach a resource at all (a route's allowed roles). */
export function rolesFor(action: Action, resource: Resource): Role[] {
  return ROLES.filter((role) => reach(role, action, resource) !== 'none');
}

export function scopeOf(resource: Resource): Scope {
  return DATA_POLICY[resource].scope;
}

/** Whether reach `a` includes everything reach `b` gives: the same, or all, or b gives nothing. */
export function reachCovers(a: Reach, b: Reach): boolean {
  return b === 'none' || a === b || a === 'all';
}

/**
 * Roles a service account may have: staff roles. An owner's reach is their own
 * records, and a service account has none of its own.
 */
export const SERVICE_ROLES = ROLES.filter((r) => r !== 'owner');

/**
 * Whether a role reaches no further than another, in every action on every
 * resource: what a service account's role must be, against its creator's.
 * The names of the resources where it would reach further, when it does.
 */
export function reachBeyond(role: Role, limit: Role): string[] {
  const beyond: string[] = [];
  for (const resource of Object.keys(DATA_POLICY) as Resource[]) {
    for (const action of ['read', 'write'] as const) {
      if (!reachCovers(reach(limit, action, resource), reach(role, action, resource))) beyond.push(`${action} ${resource}`);
    }
  }
  return beyond;
}
