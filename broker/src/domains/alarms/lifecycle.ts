/**
 * An alarm's lifecycle, as people move it: received (an operator opened it)
 * → call answered (the pillar's two-way voice opened: SetCallState) →
 * verified (genuine or false, with severity; a genuine one links the rest of
 * its plan's parties) → dispatched (a unit or responder) → on scene → closed
 * (a disposition). And each party's own acknowledgement. Every step, in one
 * transaction: the caller's reach (the alarm's jurisdictions, or its parties'
 * units), the change, its timeline entry, its notices and its audit entry.
 */
import { inTransaction, type Database, type Work } from '@watchpost/ingest';
import { HttpError } from '../../kernel/http-error.js';
import { actorOfCaller, mayReach, reach, type Actor, type Caller, type Principal } from '../access/policy/index.js';
import type { AuditLog } from '../audit/audit-log.js';
import type { DevicesHome } from '../devices/index.js';
import type { Outbox, Recipient } from '../notifications/outbox.js';
import type { Linkage } from './linkage/link.js';
import type { PlanBook } from './linkage/plans.js';
import { alarmNotice, type AlarmContext } from './notices.js';
import type { Raiser } from './raise.js';
import type { AlarmSettings, Severity } from './settings.js';
import { ALARM_STATES, alarmById, appendTimeline, listAlarms, timelineOf, updateAlarm, type AlarmRow, type AlarmState, type TimelineRow } from './store/alarms.js';
import { cancelDeadlines, partiesOf, updateParty, type AlarmPartyRow } from './store/linkage.js';

export const DISPOSITIONS = ['resolved', 'false_alarm', 'referred', 'no_action'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

/** How long a SetCallState may wait for a pillar that is not connected: past it, the call is stale. */
const CALL_COMMAND_TTL_MS = 60_000;

export interface LifecycleDeps {
  db: Database;
  audit: AuditLog;
  outbox: Outbox;
  devices: DevicesHome;
  linkage: Linkage;
  plans: PlanBook;
  raiser: Raiser;
  settings: AlarmSettings;
}

interface Step {
  work: Work;
  ctx: AlarmContext;
  parties: AlarmPartyRow[];
  actor: Actor;
  at: Date;
}

type AuditDetail = Record<string, string | number | boolean | null>;

const notFound = (id: string) => new HttpError(404, 'ALARM_NOT_FOUND', `no alarm '${id}'`);
const conflict = (code: string, message: string) => new HttpError(409, code, message);
const later = (a: AlarmState, b: AlarmState): AlarmState => (ALARM_STATES.indexOf(b) > ALARM_STATES.indexOf(a) ? b : a);

export class AlarmService {
  constructor(private readonly deps: LifecycleDeps) {}

  /** Whether the principal reaches this alarm (its jurisdictions, or a party's unit of theirs). */
  reaches(p: Principal, action: 'read' | 'write', a: AlarmRow): boolean {
    return mayReach(p, action, 'alarm', { jurisdictions: a.jurisdictions, units: a.units });
  }

  list(p: Principal, filter: { state: 'open' | 'closed' | 'all'; deviceId?: string; before?: AlarmRow | null; limit: number }): Promise<AlarmRow[]> {
    const r = reach(p.user.role, 'read', 'alarm');
    if (r !== 'all' && r !== 'jurisdiction') return Promise.resolve([]);
    return listAlarms(this.deps.db, {
      state: filter.state,
      deviceId: filter.deviceId,
      before: filter.before ? { raisedAt: filter.before.raised_at, id: filter.before.id } : undefined,
      limit: filter.limit,
      reach: r === 'all' ? null : { jurisdictions: p.user.jurisdictions, unitId: p.user.unitId },
    });
  }

  /** One alarm the principal reaches, with its timeline. */
  async read(p: Principal, id: string): Promise<{ alarm: AlarmRow; timeline: TimelineRow[] }> {
    const alarm = await alarmById(this.deps.db, id);
    if (!alarm || !this.reaches(p, 'read', alarm)) throw notFound(id);
    return { alarm, timeline: await timelineOf(this.deps.db, id) };
  }

  /** An alarm the principal reaches, for paging after it; null when they do not. */
  async cursor(p: Principal, id: string): Promise<AlarmRow | null> {
    const alarm = await alarmById(this.deps.db, id);
    return alarm && this.reaches(p, 'read', alarm) ? alarm : null;
  }

  receive(caller: Caller, id: string): Promise<AlarmRow> {
    return this.step(caller, id, 'alarm.receive', async (s) => {
      if (s.ctx.alarm.received_at) throw conflict('ALARM_ALREADY_RECEIVED', `alarm ${id} was received at ${s.ctx.alarm.received_at.toISOString()}`);
      await this.received(s);
      return { kind: 'alarm.received', detail: {} };
    });
  }

  /** Opens the pillar's two-way voice (the operator answers the caller). */
  answer(caller: Caller, id: string): Promise<AlarmRow> {
    return this.step(caller, id, 'alarm.answer', async (s) => {
      if (s.ctx.alarm.call_open) throw conflict('CALL_ALREADY_OPEN', `the call of alarm ${id} is open already`);
      await this.received(s);
      const command = await this.callCommand(s, true);
      const first = !s.ctx.alarm.call_answered_at;
      await this.change(s, { call_open: true, ...(first ? { call_answered_at: s.at, state: later(s.ctx.alarm.state, 'call_answered') } : {}) });
      await this.timeline(s, first ? 'call_answered' : 'call_reopened', { commandId: command });
      return { kind: 'alarm.call.opened', detail: { commandId: command } };
    });
  }

  hangUp(caller: Caller, id: string): Promise<AlarmRow> {
    return this.step(caller, id, 'alarm.hang-up', async (s) => {
      if (!s.ctx.alarm.call_open) throw conflict('CALL_NOT_OPEN', `the call of alarm ${id} is not open`);
      const command = await this.callCommand(s, false);
      await this.change(s, { call_open: false });
      await this.timeline(s, 'call_ended', { commandId: command });
      return { kind: 'alarm.call.ended', detail: { commandId: command } };
    });
  }

  /** Genuine (with its severity: the rest of that plan's parties are linked) or false (no party is reminded or carded any more). */
  verify(caller: Caller, id: string, input: { genuine: boolean; severity?: Severity; note?: string }): Promise<AlarmRow> {
    return this.step(caller, id, 'alarm.verify', async (s) => {
      const a = s.ctx.alarm;
      if (a.verified_at) throw conflict('ALARM_ALREADY_VERIFIED', `alarm ${id} was verified at ${a.verified_at.toISOString()} (${a.genuine ? 'genuine' : 'false'})`);
      if (input.genuine && !input.severity) throw new HttpError(400, 'REQUEST_INVALID', 'body/severity is required for a genuine alarm (low, medium or high)');
      await this.received(s);
      const severity = input.genuine ? input.severity! : null;
      await this.change(s, { verified_at: s.at, genuine: input.genuine, severity, state: later(s.ctx.alarm.state, 'verified') });
      await this.timeline(s, 'verified', { genuine: input.genuine, severity, note: input.note ?? null });
      if (input.genuine) {
        const plan = this.deps.plans.planFor(a.jurisdictions, severity!, this.deps.linkage.organisationMap());
        s.parties.push(...(await this.deps.linkage.link(s.work, s.ctx, plan, 'verified', s.at, s.actor)));
      } else {
        await cancelDeadlines(s.work, id);
      }
      return { kind: 'alarm.verified', detail: { genuine: input.genuine, severity }, toParties: true };
    });
  }

  /** A unit or responder sent to the scene; a linked party's unit meets its dispatch limit. */
  dispatch(caller: Caller, id: string, input: { unitId?: string; responder?: string; note?: string }): Promise<AlarmRow> {
    return this.step(caller, id, 'alarm.dispatch', async (s) => {
      this.mustBeGenuine(s.ctx.alarm);
      const party = this.partyOf(s, input.unitId ?? caller.principal.user.unitId);
      if (party && !party.dispatched_at) {
        await updateParty(s.work, id, party.role, { dispatched_at: s.at });
        await cancelDeadlines(s.work, id, { role: party.role, kinds: ['dispatch'] });
      }
      if (!s.ctx.alarm.dispatched_at) await this.change(s, { dispatched_at: s.at, state: later(s.ctx.alarm.state, 'dispatched') });
      const detail = { unitId: input.unitId ?? party?.unit_id ?? null, responder: input.responder ?? null, note: input.note ?? null };
      await this.timeline(s, 'dispatched', detail, party);
      return { kind: 'alarm.dispatched', detail, toParties: true };
    });
  }

  onScene(caller: Caller, id: string, input: { unitId?: string; note?: string }): Promise<AlarmRow> {
    return this.step(caller, id, 'alarm.on-scene', async (s) => {
      if (!s.ctx.alarm.dispatched_at) throw conflict('ALARM_NOT_DISPATCHED', `alarm ${id} has not been dispatched`);
      const party = this.partyOf(s, input.unitId ?? caller.principal.user.unitId);
      if (party && !party.arrived_at) {
        await updateParty(s.work, id, party.role, { arrived_at: s.at });
        await cancelDeadlines(s.work, id, { role: party.role, kinds: ['arrive'] });
      }
      if (!s.ctx.alarm.on_scene_at) await this.change(s, { on_scene_at: s.at, state: later(s.ctx.alarm.state, 'on_scene') });
      const detail = { unitId: input.unitId ?? party?.unit_id ?? null, note: input.note ?? null };
      await this.timeline(s, 'on_scene', detail, party);
      return { kind: 'alarm.on-scene', detail };
    });
  }

  close(caller: Caller, id: string, input: { disposition: Disposition; note?: string }): Promise<AlarmRow> {
    return this.step(caller, id, 'alarm.close', async (s) => {
      await cancelDeadlines(s.work, id);
      if (s.ctx.alarm.call_open) await this.callCommand(s, false);
      // The pillar's lamp stops telling the street that help is on its way.
      await this.deps.devices.commands.enqueue(s.work, {
        deviceId: s.ctx.alarm.device_id,
        command: { type: 'notifyCaller', lamp: 'LAMP_PATTERN_OFF', lampS: 0, promptId: '', promptRepeat: 0 },
        purpose: 'alarm.close',
        subjectId: id,
        ttlMs: CALL_COMMAND_TTL_MS,
      });
      await this.change(s, { closed_at: s.at, disposition: input.disposition, call_open: false, state: 'closed' });
      await this.timeline(s, 'closed', { disposition: input.disposition, note: input.note ?? null });
      return { kind: 'alarm.closed', detail: { disposition: input.disposition }, toParties: true };
    });
  }

  /** The caller's unit acknowledges its part in the alarm; its reminders and acknowledgement limit end at once. */
  acknowledge(caller: Caller, id: string, input: { note?: string }): Promise<AlarmRow> {
    return this.step(caller, id, 'alarm.acknowledge', async (s) => {
      const unitId = caller.principal.user.unitId;
      const party = s.parties.find((p) => unitId && p.unit_id === unitId);
      if (!party) throw new HttpError(403, 'NOT_A_PARTY', `your unit${unitId ? ` (${unitId})` : ''} is not a party to alarm ${id}: its parties acknowledge it`);
      if (party.acknowledged_at) throw conflict('ALREADY_ACKNOWLEDGED', `${party.role} acknowledged alarm ${id} at ${party.acknowledged_at.toISOString()}`);
      const updated = await updateParty(s.work, id, party.role, { acknowledged_at: s.at, acknowledged_by: caller.principal.user.id });
      Object.assign(party, updated);
      await cancelDeadlines(s.work, id, { role: party.role, kinds: ['remind', 'acknowledge'] });
      const detail = { party: party.role, unitId: party.unit_id, afterMs: s.at.getTime() - party.notified_at.getTime(), note: input.note ?? null };
      await this.timeline(s, 'party_acknowledged', detail, party);
      return { kind: 'alarm.party.acknowledged', detail };
    });
  }

  // --- the shape of every step ------------------------------------------

  /**
   * One step in one transaction: the alarm and its parties locked (so no
   * deadline fires across it), the caller's reach checked, a closed alarm
   * refused; then the step, its notice (to the live feed; with toParties,
   * also to every linked party's webhooks and MQTT) and its audit entry.
   */
  private async step(caller: Caller, id: string, action: string, fn: (s: Step) => Promise<{ kind: string; detail: AuditDetail; toParties?: boolean }>): Promise<AlarmRow> {
    return inTransaction(this.deps.db, async (work) => {
      const alarm = await alarmById(work, id, true);
      if (!alarm || !this.reaches(caller.principal, 'write', alarm)) throw notFound(id);
      if (alarm.closed_at) throw conflict('ALARM_CLOSED', `alarm ${id} was closed at ${alarm.closed_at.toISOString()}`);
      const s: Step = { work, ctx: this.deps.raiser.contextOf(alarm), parties: await partiesOf(work, id, true), actor: actorOfCaller(caller), at: new Date() };
      const done = await fn(s);
      const to: Recipient[] = done.toParties
        ? s.parties.flatMap((p) => {
            const c = this.deps.linkage.channelsOf(p.unit_id);
            return [
              ...c.webhookEndpoints.map((endpointId): Recipient => ({ channel: 'webhook', endpointId })),
              ...c.mqttSubscriptions.map((subscriptionId): Recipient => ({ channel: 'mqtt', subscriptionId })),
            ];
          })
        : [];
      await this.deps.outbox.notify(work, [alarmNotice(done.kind, s.ctx, { step: action.slice('alarm.'.length), ...done.detail }, to)]);
      await this.deps.audit.append(work, { ...s.actor, action, subjectType: 'alarm', subjectId: id, detail: done.detail });
      return s.ctx.alarm;
    });
  }

  /** Any step but a party's own marks the alarm received, if nobody had (an operator opened it). */
  private async received(s: Step): Promise<void> {
    if (s.ctx.alarm.received_at) return;
    await this.change(s, { received_at: s.at, state: later(s.ctx.alarm.state, 'received') });
    await this.timeline(s, 'received', {});
  }

  private async change(s: Step, change: Parameters<typeof updateAlarm>[2]): Promise<void> {
    s.ctx.alarm = await updateAlarm(s.work, s.ctx.alarm.id, change);
  }

  private timeline(s: Step, step: string, detail: AuditDetail, party?: AlarmPartyRow | null): Promise<void> {
    return appendTimeline(s.work, [{ alarmId: s.ctx.alarm.id, at: s.at, ...s.actor, step, party: party?.role ?? null, unitId: party?.unit_id ?? null, detail }]);
  }

  private async callCommand(s: Step, open: boolean): Promise<number> {
    const row = await this.deps.devices.commands.enqueue(s.work, {
      deviceId: s.ctx.alarm.device_id,
      command: { type: 'setCallState', open },
      purpose: 'alarm.call',
      subjectId: s.ctx.alarm.id,
      ttlMs: CALL_COMMAND_TTL_MS,
    });
    return row.id;
  }

  private partyOf(s: Step, unitId: string | null | undefined): AlarmPartyRow | undefined {
    return unitId ? s.parties.find((p) => p.unit_id === unitId) : undefined;
  }

  private mustBeGenuine(a: AlarmRow): void {
    if (!a.verified_at) throw conflict('ALARM_NOT_VERIFIED', `alarm ${a.id} is not verified yet: verify it before dispatching`);
    if (a.genuine === false) throw conflict('ALARM_FALSE', `alarm ${a.id} was verified as false: close it`);
  }
}
