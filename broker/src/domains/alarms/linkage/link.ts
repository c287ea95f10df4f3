/**
 * Linking parties into an alarm, as its plan says: on the press, the parties
 * the plan names for the press; once verified genuine, the rest. Each party
 * linked gets its row (the plan's limits copied), its deadlines (reminders
 * until it acknowledges; a yellow card for each limit it may miss), its
 * timeline entry and its notices on its own channels, all in the caller's
 * transaction; the deadline timer is woken once that commits.
 */
import type { Work } from '@watchpost/ingest';
import type { Actor } from '../../access/policy/index.js';
import type { Outbox } from '../../notifications/outbox.js';
import type { OrganisationService } from '../../organisation/service.js';
import type { ResolvedParty } from '../../organisation/parties.js';
import { membersOf, partyNotices, placeOf, type AlarmContext } from '../notices.js';
import type { AlarmSettings } from '../settings.js';
import { appendTimeline, updateAlarm, type TimelineEntry } from '../store/alarms.js';
import { insertDeadlines, insertParties, partiesOf, type AlarmPartyRow, type NewAlarmParty, type NewDeadline } from '../store/linkage.js';
import { say } from '../texts.js';
import type { LinkagePlan, LinkWhen } from './plans.js';

export interface Waker {
  wake(at: Date | number): void;
}

/** The deadlines of a party just linked: reminders and the first card of each limit. */
export function deadlinesOf(p: AlarmPartyRow): NewDeadline[] {
  const at = (s: number) => new Date(p.notified_at.getTime() + s * 1000);
  const base = { alarmId: p.alarm_id, role: p.role };
  const out: NewDeadline[] = [];
  if (p.must_acknowledge && p.remind_every_s) out.push({ ...base, kind: 'remind', level: null, dueAt: at(p.remind_every_s) });
  if (p.must_acknowledge && p.acknowledge_within_s) out.push({ ...base, kind: 'acknowledge', level: 'yellow', dueAt: at(p.acknowledge_within_s) });
  if (p.dispatch_within_s) out.push({ ...base, kind: 'dispatch', level: 'yellow', dueAt: at(p.dispatch_within_s) });
  if (p.arrive_within_s) out.push({ ...base, kind: 'arrive', level: 'yellow', dueAt: at(p.arrive_within_s) });
  return out;
}

export class Linkage {
  constructor(
    private readonly organisation: OrganisationService,
    private readonly outbox: Outbox,
    private readonly settings: AlarmSettings,
    private readonly timer: Waker,
  ) {}

  organisationMap() {
    return this.organisation.map;
  }

  unitName(unitId: string): string {
    return this.organisation.parties.directory.unit(unitId)?.name ?? unitId;
  }

  channelsOf(unitId: string) {
    return this.organisation.parties.directory.channelsOf(unitId);
  }

  /** The parties an alarm's place has, by part (the deepest jurisdiction's, inherited upwards). */
  partiesOfPlace(jurisdictions: readonly string[]): Map<string, ResolvedParty> {
    const { parties } = this.organisation.parties.directory.forPlace(jurisdictions, this.organisation.map);
    return new Map(parties.map((p) => [p.role, p]));
  }

  /**
   * Links the plan's parties for this stage that are not linked yet; returns
   * them. `ctx.alarm` is the alarm as it is after (its units include theirs).
   */
  async link(work: Work, ctx: AlarmContext, plan: LinkagePlan, stage: LinkWhen, at: Date, actor: Actor): Promise<AlarmPartyRow[]> {
    const alarm = ctx.alarm;
    const linked = new Set((await partiesOf(work, alarm.id)).map((p) => p.role));
    const place = this.partiesOfPlace(alarm.jurisdictions);
    const wanted = plan.parties.filter((p) => !linked.has(p.role) && (stage === 'verified' || p.when === 'press'));
    const rows: NewAlarmParty[] = [];
    const timeline: TimelineEntry[] = [];
    const entry = (e: Omit<TimelineEntry, 'alarmId' | 'at' | 'actorId' | 'actorRole' | 'actorName'>): TimelineEntry => ({ alarmId: alarm.id, at, ...actor, ...e });
    for (const p of wanted) {
      const unit = place.get(p.role);
      if (!unit) {
        // A plan names a part nobody plays here: said in the timeline, for the administrator to fix.
        timeline.push(entry({ step: 'party_missing', party: p.role, detail: { plan: plan.jurisdictionId ?? 'default', severity: plan.severity } }));
        continue;
      }
      rows.push({
        alarm_id: alarm.id,
        role: p.role,
        unit_id: unit.unitId,
        notified_at: at,
        must_acknowledge: p.mustAcknowledge,
        acknowledge_within_s: p.mustAcknowledge ? (p.acknowledgeWithinS ?? this.settings.acknowledgeWithinS) : null,
        dispatch_within_s: p.dispatchWithinS,
        arrive_within_s: p.arriveWithinS,
        remind_every_s: p.mustAcknowledge ? p.remindEveryS : null,
        red_after_s: p.redAfterS,
      });
    }
    const parties = await insertParties(work, rows);
    if (parties.length > 0) ctx.alarm = await updateAlarm(work, alarm.id, { units: [...new Set([...alarm.units, ...parties.map((p) => p.unit_id)])] });
    const deadlines = parties.flatMap(deadlinesOf);
    await insertDeadlines(work, deadlines);
    for (const p of parties)
      timeline.push(
        entry({
          step: 'party_notified',
          party: p.role,
          unitId: p.unit_id,
          detail: { stage, mustAcknowledge: p.must_acknowledge, acknowledgeWithinS: p.acknowledge_within_s, plan: plan.jurisdictionId ?? 'default', severity: plan.severity },
        }),
      );
    await appendTimeline(work, timeline);
    const members = await membersOf(
      work,
      parties.map((p) => p.unit_id),
    );
    const notices = parties.flatMap((p) => {
      const unit = place.get(p.role)!;
      const textKey = !p.must_acknowledge ? 'partyInformed' : stage === 'press' ? 'partyNotified' : 'partyVerified';
      const text = (locale: 'zh-CN' | 'en') =>
        say(locale, textKey, {
          alarm: alarm.id,
          place: placeOf(ctx, locale),
          code: ctx.code ?? '—',
          seconds: p.acknowledge_within_s ?? 0,
          severity: say(locale, `severity.${ctx.alarm.severity ?? this.settings.pressSeverity}`),
        });
      const ackBy = p.acknowledge_within_s ? new Date(at.getTime() + p.acknowledge_within_s * 1000).toISOString() : null;
      return partyNotices('alarm.party.notified', ctx, { role: p.role, unitId: p.unit_id, channels: unit.channels, members: members.filter((m) => m.unit_id === p.unit_id) }, text, {
        stage,
        mustAcknowledge: p.must_acknowledge,
        acknowledgeBy: ackBy,
      });
    });
    await this.outbox.notify(work, notices);
    const soonest = Math.min(...deadlines.map((d) => d.dueAt.getTime()));
    if (Number.isFinite(soonest)) work.afterCommit(() => this.timer.wake(soonest));
    return parties;
  }
}
