/**
 * The words for the platform's fixed vocabularies (roles, device kinds,
 * presence, token scopes, audit actions and subjects), as catalog keys: every
 * value has its own literal key, so the catalog check sees each one used.
 */
import type { DeviceKind, Presence, Role, TokenScope } from '../types.js';
import type { MessageKey } from './translator.js';

export const ROLE_KEY: Record<Role, MessageKey> = {
  admin: 'role.admin',
  operator: 'role.operator',
  police: 'role.police',
  installer: 'role.installer',
  owner: 'role.owner',
};

export const KIND_KEY: Record<DeviceKind, MessageKey> = {
  pillar: 'kind.pillar',
  station: 'kind.station',
  tag: 'kind.tag',
};

export const PRESENCE_KEY: Record<Presence, MessageKey> = {
  online: 'presence.online',
  offline: 'presence.offline',
  never_seen: 'presence.never_seen',
};

export const SCOPE_KEY: Record<TokenScope, MessageKey> = {
  devices: 'scope.devices',
  people: 'scope.people',
  organisation: 'scope.organisation',
  map: 'scope.map',
  audit: 'scope.audit',
  metrics: 'scope.metrics',
  notifications: 'scope.notifications',
  bikes: 'scope.bikes',
  cases: 'scope.cases',
  alarms: 'scope.alarms',
};

/**
 * What each scope opens, from the data policy (broker/src/access/policy.ts):
 * the token still reaches no further than its user's role.
 */
export const SCOPE_HINT_KEY: Record<TokenScope, MessageKey> = {
  devices: 'scope.devices.hint',
  people: 'scope.people.hint',
  organisation: 'scope.organisation.hint',
  map: 'scope.map.hint',
  audit: 'scope.audit.hint',
  metrics: 'scope.metrics.hint',
  notifications: 'scope.notifications.hint',
  bikes: 'scope.bikes.hint',
  cases: 'scope.cases.hint',
  alarms: 'scope.alarms.hint',
};

/** Audit actions the platform writes (broker/src, `action: '…'`); an action not listed shows its code. */
export const AUDIT_ACTION_KEY: Record<string, MessageKey> = {
  'auth.login': 'audit.action.auth.login',
  'auth.login.failed': 'audit.action.auth.login.failed',
  'auth.login.failed.summary': 'audit.action.auth.login.failed.summary',
  'auth.code.sent': 'audit.action.auth.code.sent',
  'auth.logout': 'audit.action.auth.logout',
  'user.password.change': 'audit.action.user.password.change',
  'user.create': 'audit.action.user.create',
  'user.update': 'audit.action.user.update',
  'owner.create': 'audit.action.owner.create',
  'owner.list': 'audit.action.owner.list',
  'owner.read': 'audit.action.owner.read',
  'owner.lookup': 'audit.action.owner.lookup',
  'device.register': 'audit.action.device.register',
  'device.read': 'audit.action.device.read',
  'device.secret.rotate': 'audit.action.device.secret.rotate',
  'device.move': 'audit.action.device.move',
  'token.create': 'audit.action.token.create',
  'token.revoke': 'audit.action.token.revoke',
  'audit.search': 'audit.action.audit.search',
  'audit.keyed': 'audit.action.audit.keyed',
  'map.layer.put': 'audit.action.map.layer.put',
  'unit.put': 'audit.action.unit.put',
  'jurisdiction.put': 'audit.action.jurisdiction.put',
  'jurisdiction.parties.put': 'audit.action.jurisdiction.parties.put',
  'unit.channels.put': 'audit.action.unit.channels.put',
  'alarm.raise': 'audit.action.alarm.raise',
  'alarm.press': 'audit.action.alarm.press',
  'alarm.pillar.ack': 'audit.action.alarm.pillar.ack',
  'alarm.receive': 'audit.action.alarm.receive',
  'alarm.answer': 'audit.action.alarm.answer',
  'alarm.hang-up': 'audit.action.alarm.hang-up',
  'alarm.verify': 'audit.action.alarm.verify',
  'alarm.dispatch': 'audit.action.alarm.dispatch',
  'alarm.on-scene': 'audit.action.alarm.on-scene',
  'alarm.close': 'audit.action.alarm.close',
  'alarm.acknowledge': 'audit.action.alarm.acknowledge',
  'alarm.remind': 'audit.action.alarm.remind',
  'alarm.escalate': 'audit.action.alarm.escalate',
  'alarm.plan.put': 'audit.action.alarm.plan.put',
  'alarm.plan.delete': 'audit.action.alarm.plan.delete',
  'alarm.coordinate.assign': 'audit.action.alarm.coordinate.assign',
  'pillar.camera.put': 'audit.action.pillar.camera.put',
  'maintenance.alert.raise': 'audit.action.maintenance.alert.raise',
  'maintenance.alert.clear': 'audit.action.maintenance.alert.clear',
  'maintenance.alert.acknowledge': 'audit.action.maintenance.alert.acknowledge',
};

/** What an audit entry is about (`subjectType`); another type shows as it is. */
export const AUDIT_SUBJECT_KEY: Record<string, MessageKey> = {
  user: 'audit.subject.user',
  device: 'audit.subject.device',
  'api-token': 'audit.subject.api-token',
  'map-layer': 'audit.subject.map-layer',
  unit: 'audit.subject.unit',
  jurisdiction: 'audit.subject.jurisdiction',
  alarm: 'audit.subject.alarm',
  'linkage-plan': 'audit.subject.linkage-plan',
};
