/**
 * What the alarms home tells, through the outbox: every change of an alarm
 * as a notification on resource 'alarm' in the alarm's jurisdictions and
 * concerning its parties' units (the live feed shows each person what they
 * reach), and what a party is told on its own channels: its webhooks, its
 * MQTT subscriptions, text messages to its members in each one's language.
 */
import type { Queryable } from '@watchpost/ingest';
import { DEFAULT_LOCALE, localeOf, type Locale } from '../../kernel/texts.js';
import { unitMembers, type UnitMember } from '../access/people-store.js';
import type { DeviceRecord } from '../devices/index.js';
import type { Notify, Recipient } from '../notifications/outbox.js';
import type { UnitChannels } from '../organisation/parties.js';
import type { AlarmRow } from './store/alarms.js';
import { say } from './texts.js';

/** What a notice says of an alarm: the alarm, its pillar and where it stands. */
export interface AlarmContext {
  alarm: AlarmRow;
  device: DeviceRecord | undefined;
  /** The pillar's alarm coordinate, as printed. */
  code: string | null;
}

export function alarmSummary(ctx: AlarmContext): Record<string, unknown> {
  const { alarm: a, device: d } = ctx;
  return {
    id: a.id,
    state: a.state,
    genuine: a.genuine,
    severity: a.severity,
    presses: a.presses,
    raisedAt: a.raised_at.toISOString(),
    closedAt: a.closed_at?.toISOString() ?? null,
    pillar: { id: a.device_id, name: d?.name ?? '', lat: d?.lat ?? null, lon: d?.lon ?? null, coordinate: ctx.code },
  };
}

/** A change of the alarm, for the live feed and whoever subscribed to its kind. */
export function alarmNotice(kind: string, ctx: AlarmContext, extra: Record<string, unknown> = {}, to: readonly Recipient[] = []): Notify {
  return {
    kind,
    resource: 'alarm',
    jurisdictions: ctx.alarm.jurisdictions,
    units: ctx.alarm.units,
    subjectId: ctx.alarm.id,
    payload: { alarm: alarmSummary(ctx), ...extra },
    to,
  };
}

export const placeOf = (ctx: AlarmContext, locale: Locale) => ctx.device?.name || say(locale, 'unknownPlace');

/** The members of these units (text messages go to those with a phone). */
export function membersOf(db: Queryable, unitIds: readonly string[]): Promise<UnitMember[]> {
  return unitMembers(db, unitIds);
}

export interface PartyAddress {
  role: string;
  unitId: string;
  channels: UnitChannels;
  members: readonly UnitMember[];
}

/**
 * What one party is told: one notification to its webhooks and MQTT
 * subscriptions and the phones of its members who read zh-CN (or chose no
 * language), and one more per other language its members read, to their
 * phones, each with its text. `sms: false` leaves text messages out.
 */
export function partyNotices(
  kind: string,
  ctx: AlarmContext,
  party: PartyAddress,
  text: (locale: Locale) => string,
  extra: Record<string, unknown> = {},
  options: { sms: boolean } = { sms: true },
): Notify[] {
  const phones = new Map<Locale, string[]>();
  if (options.sms && party.channels.smsMembers)
    for (const m of party.members) {
      if (!m.phone) continue;
      const locale = localeOf(m.locale);
      phones.set(locale, [...(phones.get(locale) ?? []), m.phone]);
    }
  // The copies in other languages are text messages only: the live feed shows them as such (smsCopy).
  const base = (locale: Locale, to: Recipient[], smsCopy = false): Notify =>
    alarmNotice(kind, ctx, { party: { role: party.role, unitId: party.unitId }, locale, text: text(locale), ...(smsCopy ? { smsCopy } : {}), ...extra }, to);
  const first: Recipient[] = [
    ...party.channels.webhookEndpoints.map((endpointId): Recipient => ({ channel: 'webhook', endpointId })),
    ...party.channels.mqttSubscriptions.map((subscriptionId): Recipient => ({ channel: 'mqtt', subscriptionId })),
    ...(phones.get(DEFAULT_LOCALE) ?? []).map((phone): Recipient => ({ channel: 'sms', phone })),
  ];
  const notices = [base(DEFAULT_LOCALE, first)];
  for (const [locale, list] of phones)
    if (locale !== DEFAULT_LOCALE)
      notices.push(
        base(
          locale,
          list.map((phone) => ({ channel: 'sms', phone })),
          true,
        ),
      );
  return notices;
}
