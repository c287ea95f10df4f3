/** Catalog keys of the alarm back office's fixed vocabularies: every value its own literal key. */
import type { MessageKey } from '../i18n/translator.js';
import type { Condition, PartyRole, Severity } from './api.js';

export const CONDITION_KEY: Record<Condition, MessageKey> = {
  tamper: 'alarmdesk.condition.tamper',
  power_lost: 'alarmdesk.condition.power_lost',
  battery_low: 'alarmdesk.condition.battery_low',
  camera_offline: 'alarmdesk.condition.camera_offline',
  offline: 'alarmdesk.condition.offline',
};

export const PARTY_KEY: Record<PartyRole, MessageKey> = {
  governance_centre: 'alarmdesk.party.governance_centre',
  police_station: 'alarmdesk.party.police_station',
  town_command: 'alarmdesk.party.town_command',
  district_centre: 'alarmdesk.party.district_centre',
  police_command: 'alarmdesk.party.police_command',
};

export const PARTY_ROLES = Object.keys(PARTY_KEY) as PartyRole[];

export const SEVERITY_KEY: Record<Severity, MessageKey> = {
  low: 'alarmdesk.severity.low',
  medium: 'alarmdesk.severity.medium',
  high: 'alarmdesk.severity.high',
};

export const SEVERITIES = Object.keys(SEVERITY_KEY) as Severity[];
