/**
 * The alarm vocabularies as catalog keys (the alarms part), one literal key
 * per value so the catalog check sees each used: states, steps of the
 * timeline, the five parties, cards, severities, dispositions, camera kinds,
 * the "help is on its way" command's states.
 */
import type { Alarm, AlarmState, Disposition, PartyRole, Severity } from './alarms-api.js';
import type { Level } from './alarm-queue.js';
import type { MessageKey } from './i18n/translator.js';

export const STATE_KEY: Record<AlarmState, MessageKey> = {
  raised: 'alarms.state.raised',
  received: 'alarms.state.received',
  call_answered: 'alarms.state.call_answered',
  verified: 'alarms.state.verified',
  dispatched: 'alarms.state.dispatched',
  on_scene: 'alarms.state.on_scene',
  closed: 'alarms.state.closed',
};

/** The timeline's steps (broker/src/domains/alarms: lifecycle.ts, raise.ts, linkage/); one not listed shows its code. */
export const TIMELINE_KEY: Record<string, MessageKey> = {
  raised: 'alarms.timeline.raised',
  pressed_again: 'alarms.timeline.pressed_again',
  caller_notified: 'alarms.timeline.caller_notified',
  pillar_acknowledged: 'alarms.timeline.pillar_acknowledged',
  party_notified: 'alarms.timeline.party_notified',
  party_missing: 'alarms.timeline.party_missing',
  received: 'alarms.timeline.received',
  call_answered: 'alarms.timeline.call_answered',
  call_reopened: 'alarms.timeline.call_reopened',
  call_ended: 'alarms.timeline.call_ended',
  verified: 'alarms.timeline.verified',
  dispatched: 'alarms.timeline.dispatched',
  on_scene: 'alarms.timeline.on_scene',
  closed: 'alarms.timeline.closed',
  party_acknowledged: 'alarms.timeline.party_acknowledged',
  reminded: 'alarms.timeline.reminded',
  escalated: 'alarms.timeline.escalated',
};

export const PARTY_KEY: Record<PartyRole, MessageKey> = {
  governance_centre: 'alarms.party.governance_centre',
  police_station: 'alarms.party.police_station',
  town_command: 'alarms.party.town_command',
  district_centre: 'alarms.party.district_centre',
  police_command: 'alarms.party.police_command',
};

export const LEVEL_KEY: Record<Level, MessageKey> = {
  normal: 'alarms.level.normal',
  yellow: 'alarms.level.yellow',
  red: 'alarms.level.red',
};

export const SEVERITY_KEY: Record<Severity, MessageKey> = {
  low: 'alarms.severity.low',
  medium: 'alarms.severity.medium',
  high: 'alarms.severity.high',
};

export const DISPOSITION_KEY: Record<Disposition, MessageKey> = {
  resolved: 'alarms.disposition.resolved',
  false_alarm: 'alarms.disposition.false_alarm',
  referred: 'alarms.disposition.referred',
  no_action: 'alarms.disposition.no_action',
};

type Camera = NonNullable<Alarm['pillar']['camera']>;
export const CAMERA_KEY: Record<Camera['kind'], MessageKey> = {
  rtsp: 'alarms.camera.rtsp',
  hls: 'alarms.camera.hls',
  webrtc: 'alarms.camera.webrtc',
  gb28181: 'alarms.camera.gb28181',
};

type HelpStatus = NonNullable<Alarm['help']>['status'];
export const HELP_KEY: Record<HelpStatus, MessageKey> = {
  queued: 'alarms.help.queued',
  sent: 'alarms.help.sent',
  acknowledged: 'alarms.help.acknowledged',
  rejected: 'alarms.help.rejected',
  failed: 'alarms.help.failed',
  unsupported: 'alarms.help.unsupported',
  expired: 'alarms.help.expired',
};

/** The obligation a card was given for. */
export const OBLIGATION_KEY: Record<string, MessageKey> = {
  acknowledge: 'alarms.obligation.acknowledge',
  dispatch: 'alarms.obligation.dispatch',
  arrive: 'alarms.obligation.arrive',
};
