/**
 * A button press opens an alarm, inside the commit of the pillar event that
 * brings it (a CommitRule): when the pillar gets its PUBACK, the alarm, its
 * timeline, its parties (as the plan says for the press) with their
 * deadlines and notices, the "help is on its way" command and the audit
 * entry all exist. A second press at a pillar whose alarm is open joins that
 * alarm. The pillar's answers to the alarm's commands are written to the
 * alarm's timeline in the commit of the ack frame.
 */
import type { Logger } from 'pino';
import type { CommitRule, UplinkRecord, Work } from '@watchpost/ingest';
import type { Actor } from '../access/policy/index.js';
import type { AuditLog } from '../audit/audit-log.js';
import { commandStatus, type CommandRow, type DeviceRecord, type DevicesHome } from '../devices/index.js';
import type { Outbox } from '../notifications/outbox.js';
import type { CoordinateService } from './coordinates/service.js';
import type { Linkage } from './linkage/link.js';
import type { PlanBook } from './linkage/plans.js';
import { alarmNotice, type AlarmContext } from './notices.js';
import type { AlarmSettings } from './settings.js';
import { alarmsByIds, appendTimeline, insertAlarm, newAlarmId, openAlarmsOf, updateAlarm, type AlarmRow } from './store/alarms.js';
import { say } from './texts.js';

export const deviceActor = (d: DeviceRecord | undefined, id: string): Actor => ({ actorId: id, actorRole: 'device', actorName: d?.name || id });

export interface RaiseDeps {
  audit: AuditLog;
  outbox: Outbox;
  devices: DevicesHome;
  linkage: Linkage;
  plans: PlanBook;
  coordinates: CoordinateService;
  settings: AlarmSettings;
  logger: Logger;
}

export class Raiser {
  readonly rule: CommitRule;

  constructor(private readonly deps: RaiseDeps) {
    this.rule = {
      name: 'alarms: a button press opens an alarm (or joins the open one), links the parties of the plan, tells the pillar help is on its way',
      wants: (r) => r.kind === 'pillar' && r.body.type === 'pillarEvent' && r.body.event === 'PILLAR_EVENT_TYPE_BUTTON_PRESSED',
      apply: (work, records) => this.pressed(work, records),
    };
    deps.devices.commands.onAcked((work, answered) => this.pillarAnswered(work, answered));
  }

  contextOf(alarm: AlarmRow): AlarmContext {
    return { alarm, device: this.deps.devices.registry.get(alarm.device_id), code: this.deps.coordinates.codeOf(alarm.device_id) };
  }

  private async pressed(work: Work, records: readonly UplinkRecord[]): Promise<void> {
    const presses = new Map<string, UplinkRecord[]>();
    for (const r of [...records].sort((a, b) => a.seq - b.seq)) presses.set(r.deviceId, [...(presses.get(r.deviceId) ?? []), r]);
    const open = new Map((await openAlarmsOf(work, [...presses.keys()])).map((a) => [a.device_id, a]));
    for (const [deviceId, list] of presses) {
      const device = this.deps.devices.registry.get(deviceId);
      let alarm = open.get(deviceId);
      const rest = alarm ? list : list.slice(1);
      if (!alarm) alarm = await this.raise(work, deviceId, device, list[0]!);
      for (const r of rest) alarm = await this.join(work, alarm, device, r);
    }
  }

  private async raise(work: Work, deviceId: string, device: DeviceRecord | undefined, press: UplinkRecord): Promise<AlarmRow> {
    const { settings, linkage, plans } = this.deps;
    const at = new Date(press.receivedAtMs);
    const actor = deviceActor(device, deviceId);
    const ctx = this.contextOf(await insertAlarm(work, { id: newAlarmId(), deviceId, jurisdictions: device?.jurisdictions ?? [], raisedAt: at }));
    const id = ctx.alarm.id;
    await appendTimeline(work, [{ alarmId: id, at, ...actor, step: 'raised', detail: { seq: press.seq, transport: press.transport, deviceTime: press.deviceTimeMs } }]);
    const plan = plans.planFor(ctx.alarm.jurisdictions, settings.pressSeverity, linkage.organisationMap());
    const parties = await linkage.link(work, ctx, plan, 'press', at, actor);
    const help = await this.deps.devices.commands.enqueue(work, {
      deviceId,
      command: { type: 'notifyCaller', lamp: 'LAMP_PATTERN_BLINK', lampS: 0, promptId: say(settings.promptLocale, 'helpPrompt'), promptRepeat: 1 },
      purpose: 'alarm.help',
      subjectId: id,
      ttlMs: settings.helpTtlS * 1000,
    });
    ctx.alarm = await updateAlarm(work, id, { help_command_id: help.id });
    await appendTimeline(work, [{ alarmId: id, at, ...actor, step: 'caller_notified', detail: { commandId: help.id, promptId: help.command.type === 'notifyCaller' ? help.command.promptId : null } }]);
    await this.deps.outbox.notify(work, [alarmNotice('alarm.raised', ctx, { plan: plan.jurisdictionId ?? 'default', parties: parties.map((p) => ({ role: p.role, unitId: p.unit_id })) })]);
    await this.deps.audit.append(work, {
      ...actor,
      action: 'alarm.raise',
      subjectType: 'alarm',
      subjectId: id,
      detail: { pillar: deviceId, seq: press.seq, parties: parties.map((p) => p.role).join(','), plan: plan.jurisdictionId ?? 'default' },
    });
    work.afterCommit(() => {
      const log = { alarmId: id, deviceId, parties: parties.length, jurisdictions: ctx.alarm.jurisdictions };
      if (ctx.alarm.jurisdictions.length === 0)
        this.deps.logger.warn({ ...log, code: 'ALARM_UNPLACED' }, 'alarm raised at a pillar placed in no jurisdiction: only administrators see it; place the pillar');
      else this.deps.logger.info(log, 'alarm raised');
    });
    return ctx.alarm;
  }

  private async join(work: Work, alarm: AlarmRow, device: DeviceRecord | undefined, press: UplinkRecord): Promise<AlarmRow> {
    const at = new Date(press.receivedAtMs);
    const actor = deviceActor(device, alarm.device_id);
    const ctx = this.contextOf(await updateAlarm(work, alarm.id, { presses: alarm.presses + 1 }));
    await appendTimeline(work, [{ alarmId: alarm.id, at, ...actor, step: 'pressed_again', detail: { seq: press.seq, presses: ctx.alarm.presses } }]);
    await this.deps.outbox.notify(work, [alarmNotice('alarm.pressed', ctx, { presses: ctx.alarm.presses })]);
    await this.deps.audit.append(work, { ...actor, action: 'alarm.press', subjectType: 'alarm', subjectId: alarm.id, detail: { pillar: alarm.device_id, seq: press.seq, presses: ctx.alarm.presses } });
    return ctx.alarm;
  }

  /** The pillar answered commands an alarm sent: in its timeline and on the console, in the ack frame's commit. */
  private async pillarAnswered(work: Work, answered: readonly CommandRow[]): Promise<void> {
    const mine = answered.filter((c) => c.purpose.startsWith('alarm.') && c.subject_id);
    if (mine.length === 0) return;
    const alarms = new Map((await alarmsByIds(work, [...new Set(mine.map((c) => c.subject_id!))])).map((a) => [a.id, a]));
    for (const c of mine) {
      const alarm = alarms.get(c.subject_id!);
      if (!alarm) continue;
      const actor = deviceActor(this.deps.devices.registry.get(c.device_id), c.device_id);
      const status = commandStatus(c);
      const detail = { commandId: c.id, command: c.command.type, purpose: c.purpose, status, detail: c.ack_detail || null };
      await appendTimeline(work, [{ alarmId: alarm.id, at: c.acked_at!, ...actor, step: 'pillar_acknowledged', detail }]);
      await this.deps.outbox.notify(work, [alarmNotice('alarm.pillar.acknowledged', this.contextOf(alarm), { command: detail })]);
      await this.deps.audit.append(work, { ...actor, action: 'alarm.pillar.ack', subjectType: 'alarm', subjectId: alarm.id, detail });
    }
  }
}
