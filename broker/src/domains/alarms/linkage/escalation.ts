/**
 * What a due deadline does, each in a transaction of its own that first
 * locks the party's row and then takes the deadline (so an acknowledgement
 * and a reminder never cross, and each deadline fires once, whatever the
 * number of processes or restarts):
 * - remind: a party that has not acknowledged is reminded on its channels,
 *   and its next reminder is due one interval later;
 * - acknowledge, dispatch, arrive: a party that has not done it in its limit
 *   gets a card, normal → yellow → red (Suizhong's 督办): the card is recorded
 *   with the points its unit loses (ESCALATION_POINTS), the supervising party
 *   is told, and a yellow card's red one is due a limit later.
 * A deadline of a closed alarm, or of an obligation met, fires for nothing.
 */
import type { Logger } from 'pino';
import { inTransaction, type Database, type Work } from '@watchpost/ingest';
import type { Actor } from '../../access/policy/index.js';
import type { AuditLog } from '../../audit/audit-log.js';
import type { Outbox } from '../../notifications/outbox.js';
import { alarmNotice, membersOf, partyNotices, placeOf, type AlarmContext } from '../notices.js';
import type { AlarmSettings } from '../settings.js';
import { alarmById, appendTimeline, type AlarmRow } from '../store/alarms.js';
import { dueDeadlines, insertDeadlines, insertEscalation, markFired, nextDeadline, partiesOf, partyFor, updateParty, type AlarmPartyRow, type DeadlineRow, type Obligation } from '../store/linkage.js';
import { say } from '../texts.js';
import type { Linkage } from './link.js';
import type { PlanBook } from './plans.js';

/** Who acts when a deadline fires. */
export const PLATFORM: Actor = { actorId: null, actorRole: 'system', actorName: 'platform' };

const met = (p: AlarmPartyRow, o: Obligation) => (o === 'acknowledge' ? p.acknowledged_at : o === 'dispatch' ? p.dispatched_at : p.arrived_at) !== null;
const limitOf = (p: AlarmPartyRow, o: Obligation) => (o === 'acknowledge' ? p.acknowledge_within_s : o === 'dispatch' ? p.dispatch_within_s : p.arrive_within_s) ?? 0;

export interface EscalationDeps {
  db: Database;
  audit: AuditLog;
  outbox: Outbox;
  settings: AlarmSettings;
  linkage: Linkage;
  plans: PlanBook;
  contextOf: (alarm: AlarmRow) => AlarmContext;
  logger: Logger;
}

export class Escalation {
  constructor(private readonly deps: EscalationDeps) {}

  /** Fires every deadline due by `now`; returns the next one pending. */
  async fireDue(now: Date): Promise<Date | null> {
    const failed = new Set<number>();
    for (let round = 0; round < 100; round++) {
      const due = (await dueDeadlines(this.deps.db, now, 50 + failed.size)).filter((d) => !failed.has(d.id)).slice(0, 50);
      if (due.length === 0) break;
      // A run of due deadlines in one commit: they come in bursts (an alarm's five parties share theirs), and a
      // commit each made the last of a burst of 100 a second or two late. If the run fails, each goes alone, so
      // a deadline that cannot fire holds up no other; it is tried again at the next look.
      try {
        await inTransaction(this.deps.db, async (work) => {
          for (const d of due) await this.fire(work, d, new Date());
        });
        continue;
      } catch (err) {
        this.deps.logger.warn({ err, deadlines: due.length }, 'a run of deadlines failed together: firing them one by one');
      }
      for (const d of due) {
        try {
          await inTransaction(this.deps.db, (work) => this.fire(work, d, new Date()));
        } catch (err) {
          failed.add(d.id);
          this.deps.logger.error({ err, deadline: d.id, alarmId: d.alarm_id, kind: d.kind }, 'deadline not fired: tried again at the next look');
        }
      }
    }
    const next = await nextDeadline(this.deps.db);
    if (failed.size === 0) return next;
    // The one that failed is still pending, and due: the next look is a poll away, not at once.
    const retry = new Date(Date.now() + this.deps.settings.pollMs);
    return next && next.getTime() > Date.now() && next < retry ? next : retry;
  }

  private async fire(work: Work, d: DeadlineRow, at: Date): Promise<void> {
    const party = await partyFor(work, d.alarm_id, d.role);
    if (!(await markFired(work, d.id, at)) || !party) return;
    const alarm = await alarmById(work, d.alarm_id);
    if (!alarm || alarm.closed_at) return;
    const lateMs = at.getTime() - d.due_at.getTime();
    if (d.kind === 'remind') return this.remind(work, this.deps.contextOf(alarm), party, d, at, lateMs);
    if (met(party, d.kind)) return;
    await this.card(work, this.deps.contextOf(alarm), party, d, at, lateMs);
  }

  private async remind(work: Work, ctx: AlarmContext, party: AlarmPartyRow, d: DeadlineRow, at: Date, lateMs: number): Promise<void> {
    if (party.acknowledged_at || !party.remind_every_s) return;
    const count = party.reminders + 1;
    await updateParty(work, party.alarm_id, party.role, { reminders: count, last_reminded_at: at });
    const next = new Date(d.due_at.getTime() + party.remind_every_s * 1000);
    await insertDeadlines(work, [{ alarmId: party.alarm_id, role: party.role, kind: 'remind', level: null, dueAt: next }]);
    await appendTimeline(work, [{ alarmId: party.alarm_id, at, ...PLATFORM, step: 'reminded', party: party.role, unitId: party.unit_id, detail: { count, dueAt: d.due_at.toISOString(), lateMs } }]);
    const unit = this.deps.linkage.partiesOfPlace(ctx.alarm.jurisdictions).get(party.role);
    const channels = unit?.unitId === party.unit_id ? unit.channels : this.channelsOf(party.unit_id);
    const members = await membersOf(work, [party.unit_id]);
    await this.deps.outbox.notify(
      work,
      partyNotices('alarm.party.reminded', ctx, { role: party.role, unitId: party.unit_id, channels, members }, (l) => say(l, 'reminder', { alarm: ctx.alarm.id, place: placeOf(ctx, l), count }), {
        count,
      }),
    );
    await this.deps.audit.append(work, { ...PLATFORM, action: 'alarm.remind', subjectType: 'alarm', subjectId: party.alarm_id, detail: { party: party.role, unit: party.unit_id, count } });
    work.afterCommit(() => this.deps.logger.info({ alarmId: party.alarm_id, party: party.role, count, lateMs }, 'party reminded'));
  }

  private async card(work: Work, ctx: AlarmContext, party: AlarmPartyRow, d: DeadlineRow, at: Date, lateMs: number): Promise<void> {
    const level = d.level ?? 'yellow';
    const obligation = d.kind as Obligation;
    const points = this.deps.settings.points[level];
    const plan = this.deps.plans.planFor(ctx.alarm.jurisdictions, ctx.alarm.severity ?? this.deps.settings.pressSeverity, this.deps.linkage.organisationMap());
    const supervisorRole = plan.supervisor;
    const linked = (await partiesOf(work, party.alarm_id)).find((p) => p.role === supervisorRole);
    const supervisor = linked ? { unitId: linked.unit_id } : this.deps.linkage.partiesOfPlace(ctx.alarm.jurisdictions).get(supervisorRole);
    const card = await insertEscalation(work, {
      alarm_id: party.alarm_id,
      role: party.role,
      unit_id: party.unit_id,
      obligation,
      level,
      due_at: d.due_at,
      at,
      supervisor_role: supervisorRole,
      supervisor_unit: supervisor?.unitId ?? null,
      points,
    });
    if (party.level !== 'red') await updateParty(work, party.alarm_id, party.role, { level });
    if (level === 'yellow') {
      const redAfterS = party.red_after_s ?? limitOf(party, obligation);
      await insertDeadlines(work, [{ alarmId: party.alarm_id, role: party.role, kind: obligation, level: 'red', dueAt: new Date(d.due_at.getTime() + redAfterS * 1000) }]);
    }
    await appendTimeline(work, [
      {
        alarmId: party.alarm_id,
        at,
        ...PLATFORM,
        step: 'escalated',
        party: party.role,
        unitId: party.unit_id,
        detail: { level, obligation, points, dueAt: d.due_at.toISOString(), lateMs, supervisor: supervisorRole, supervisorUnit: supervisor?.unitId ?? null },
      },
    ]);
    const unitName = this.deps.linkage.unitName(party.unit_id);
    const extra = { escalation: { id: card.id, role: party.role, unitId: party.unit_id, obligation, level, points, dueAt: d.due_at.toISOString() } };
    const notices = supervisor
      ? partyNotices(
          'alarm.party.escalated',
          ctx,
          { role: supervisorRole, unitId: supervisor.unitId, channels: this.channelsOf(supervisor.unitId), members: await membersOf(work, [supervisor.unitId]) },
          (l) => say(l, 'escalated', { level: say(l, `level.${level}`), unit: unitName, obligation: say(l, `obligation.${obligation}`), alarm: ctx.alarm.id, place: placeOf(ctx, l), points }),
          extra,
        )
      : [alarmNotice('alarm.party.escalated', ctx, extra)];
    await this.deps.outbox.notify(work, notices);
    await this.deps.audit.append(work, {
      ...PLATFORM,
      action: 'alarm.escalate',
      subjectType: 'alarm',
      subjectId: party.alarm_id,
      detail: { party: party.role, unit: party.unit_id, obligation, level, points, dueAt: d.due_at.toISOString(), lateMs },
    });
    work.afterCommit(() => this.deps.logger.warn({ alarmId: party.alarm_id, party: party.role, unitId: party.unit_id, obligation, level, points, lateMs }, `party escalated: ${level} card`));
  }

  private channelsOf(unitId: string) {
    return this.deps.linkage.channelsOf(unitId);
  }
}
