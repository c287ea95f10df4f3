/**
 * The maintenance desk's alerts (not emergency alarms): a pillar's door open
 * (tamper), on battery (power lost), battery low, camera offline, and the
 * pillar itself offline. A fault alerts only once it has held for
 * MAINTENANCE_RAISE_AFTER_S, and its alert clears only once it has been gone
 * for MAINTENANCE_CLEAR_AFTER_S (flap suppression): a door opened and shut
 * within the hold alerts nobody. The pending change's deadline is stored
 * with the condition (a restart resumes it); observations come from pillar
 * heartbeats and events (a rule inside their commit) and from presence
 * notifications ('device.presence'), reconciled with the registry at start.
 */
import type { Logger } from 'pino';
import { inTransaction, type CommitRule, type Database, type UplinkRecord, type Work } from '@watchpost/ingest';
import { HttpError } from '../../../kernel/http-error.js';
import { actorOfCaller, mayReach, reach, type Caller, type Principal } from '../../access/policy/index.js';
import type { AuditLog } from '../../audit/audit-log.js';
import type { DevicesHome } from '../../devices/index.js';
import type { LiveHub } from '../../notifications/live-hub.js';
import type { Notify, Outbox } from '../../notifications/outbox.js';
import { DeadlineTimer } from '../deadline-timer.js';
import type { AlarmSettings } from '../settings.js';
import {
  acknowledgeAlert,
  alertById,
  clearAlert,
  conditionsOf,
  dueConditions,
  insertAlert,
  listAlerts,
  listConditions,
  nextConditionDue,
  putCondition,
  type AlertRow,
  type ConditionRow,
} from '../store/maintenance.js';
import { observationsOf, type Condition, type Observation } from './conditions.js';

const PLATFORM = { actorId: null, actorRole: 'system', actorName: 'platform' };

export const alertJson = (a: AlertRow) => ({
  id: a.id,
  deviceId: a.device_id,
  condition: a.condition,
  jurisdictions: a.jurisdictions,
  beganAt: a.began_at.toISOString(),
  raisedAt: a.raised_at.toISOString(),
  endedAt: a.ended_at?.toISOString() ?? null,
  clearedAt: a.cleared_at?.toISOString() ?? null,
  acknowledgedAt: a.acknowledged_at?.toISOString() ?? null,
  acknowledgedBy: a.acknowledged_by,
});

export class MaintenanceDesk {
  /** Each pillar condition's committed state: frames that change nothing are not the rule's. */
  private readonly known = new Map<string, Map<Condition, boolean>>();
  readonly rule: CommitRule;
  readonly timer: DeadlineTimer;

  constructor(
    private readonly db: Database,
    private readonly audit: AuditLog,
    private readonly outbox: Outbox,
    private readonly devices: DevicesHome,
    private readonly settings: AlarmSettings,
    private readonly logger: Logger,
  ) {
    const limit = settings.maintenance.batteryLowMv;
    this.rule = {
      name: "alarms: a pillar's heartbeat or event that changes its condition (tamper, power, battery, camera) starts or stops its maintenance hold",
      wants: (r) => observationsOf(r, limit).some((o) => this.known.get(o.deviceId)?.get(o.condition) !== o.faulty),
      apply: (work, records) =>
        this.observe(
          work,
          records.flatMap((r: UplinkRecord) => observationsOf(r, limit)),
        ),
    };
    this.timer = new DeadlineTimer('maintenance', (now) => this.fireDue(now), settings.pollMs, logger);
  }

  /** Loads the conditions, follows presence, catches up with the presence changes missed while stopped, starts the timer. */
  async start(live: LiveHub): Promise<void> {
    for (const c of await listConditions(this.db)) this.remember(c);
    live.subscribe((rows) => {
      const seen: Observation[] = [];
      for (const n of rows) {
        if (n.kind !== 'device.presence' || n.payload.deviceKind !== 'pillar' || !n.subject_id) continue;
        seen.push({ deviceId: n.subject_id, condition: 'offline', faulty: n.payload.presence === 'offline', atMs: Date.parse(String(n.payload.at)) || Date.now() });
      }
      if (seen.length > 0) void this.observeAlone(seen);
    });
    const missed: Observation[] = [];
    for (const d of this.devices.registry.all()) {
      if (d.kind !== 'pillar' || d.presence === 'never_seen') continue;
      const faulty = d.presence === 'offline';
      if (this.known.get(d.id)?.get('offline') !== faulty) missed.push({ deviceId: d.id, condition: 'offline', faulty, atMs: d.presenceSince?.getTime() ?? Date.now() });
    }
    if (missed.length > 0) await this.observeAlone(missed);
    this.timer.start();
  }

  stop(): Promise<void> {
    return this.timer.stop();
  }

  list(p: Principal, filter: { open?: boolean; deviceId?: string; beforeId?: number; limit: number }): Promise<AlertRow[]> {
    const r = reach(p.user.role, 'read', 'maintenance.alert');
    if (r !== 'all' && r !== 'jurisdiction') return Promise.resolve([]);
    return listAlerts(this.db, { ...filter, jurisdictions: r === 'all' ? null : p.user.jurisdictions });
  }

  /** Someone at the desk takes the alert on (it still clears by itself once the fault is gone). */
  async acknowledge(caller: Caller, id: number): Promise<AlertRow> {
    return inTransaction(this.db, async (work) => {
      const alert = await alertById(work, id, true);
      if (!alert || !mayReach(caller.principal, 'write', 'maintenance.alert', { jurisdictions: alert.jurisdictions })) throw new HttpError(404, 'ALERT_NOT_FOUND', `no maintenance alert ${id}`);
      if (alert.acknowledged_at) throw new HttpError(409, 'ALREADY_ACKNOWLEDGED', `maintenance alert ${id} was acknowledged at ${alert.acknowledged_at.toISOString()}`);
      const updated = await acknowledgeAlert(work, id, caller.principal.user.id, new Date());
      await this.outbox.notify(work, [this.notice('maintenance.acknowledged', updated)]);
      await this.audit.append(work, {
        ...actorOfCaller(caller),
        action: 'maintenance.alert.acknowledge',
        subjectType: 'device',
        subjectId: alert.device_id,
        detail: { alert: id, condition: alert.condition },
      });
      return updated;
    });
  }

  private async observeAlone(observations: Observation[]): Promise<void> {
    try {
      await inTransaction(this.db, (work) => this.observe(work, observations));
    } catch (err) {
      this.logger.error({ err }, 'maintenance observations not recorded');
    }
  }

  /** In the caller's transaction: each observation that changes its condition starts (or cancels) the condition's hold. */
  async observe(work: Work, observations: readonly Observation[]): Promise<void> {
    if (observations.length === 0) return;
    const rows = new Map((await conditionsOf(work, [...new Set(observations.map((o) => o.deviceId))])).map((c) => [`${c.device_id}/${c.condition}`, c]));
    const changed = new Map<string, ConditionRow>();
    const { raiseAfterS, clearAfterS } = this.settings.maintenance;
    for (const o of [...observations].sort((a, b) => a.atMs - b.atMs)) {
      const key = `${o.deviceId}/${o.condition}`;
      const row = changed.get(key) ?? rows.get(key);
      if (row && row.faulty === o.faulty) continue;
      const at = new Date(o.atMs);
      const alert = row?.alert_id ?? null;
      // A fault that begins with no alert open waits out the raise hold; one that ends with an alert open, the clear hold; otherwise the pending change is cancelled.
      const due = o.faulty && !alert ? new Date(o.atMs + raiseAfterS * 1000) : !o.faulty && alert ? new Date(o.atMs + clearAfterS * 1000) : null;
      changed.set(key, { device_id: o.deviceId, condition: o.condition, faulty: o.faulty, since: at, alert_id: alert, due_at: due });
    }
    for (const c of changed.values()) await putCondition(work, c);
    work.afterCommit(() => {
      for (const c of changed.values()) {
        this.remember(c);
        if (c.due_at) this.timer.wake(c.due_at);
      }
    });
  }

  /** Raises and clears what has held long enough; returns the next pending deadline. */
  private async fireDue(now: Date): Promise<Date | null> {
    for (let round = 0; round < 100; round++) {
      const fired = await inTransaction(this.db, async (work) => {
        const due = await dueConditions(work, now, 100);
        for (const c of due) await this.fire(work, c);
        return due.length;
      });
      if (fired === 0) break;
    }
    return nextConditionDue(this.db);
  }

  private async fire(work: Work, c: ConditionRow): Promise<void> {
    const due = c.due_at!;
    const device = this.devices.registry.get(c.device_id);
    let alertId = c.alert_id;
    if (c.faulty && !alertId) {
      const alert = await insertAlert(work, { deviceId: c.device_id, condition: c.condition, jurisdictions: device?.jurisdictions ?? [], beganAt: c.since, raisedAt: due });
      alertId = alert.id;
      await this.outbox.notify(work, [this.notice('maintenance.raised', alert)]);
      await this.audit.append(work, {
        ...PLATFORM,
        action: 'maintenance.alert.raise',
        subjectType: 'device',
        subjectId: c.device_id,
        detail: { alert: alert.id, condition: c.condition, since: c.since.toISOString() },
      });
      work.afterCommit(() => this.logger.warn({ deviceId: c.device_id, condition: c.condition, alert: alert.id }, 'maintenance alert raised'));
    } else if (!c.faulty && alertId) {
      const alert = await clearAlert(work, alertId, c.since, due);
      alertId = null;
      await this.outbox.notify(work, [this.notice('maintenance.cleared', alert)]);
      await this.audit.append(work, { ...PLATFORM, action: 'maintenance.alert.clear', subjectType: 'device', subjectId: c.device_id, detail: { alert: alert.id, condition: c.condition } });
      work.afterCommit(() => this.logger.info({ deviceId: c.device_id, condition: c.condition, alert: alert.id }, 'maintenance alert cleared'));
    }
    await putCondition(work, { ...c, alert_id: alertId, due_at: null });
  }

  private notice(kind: string, a: AlertRow): Notify {
    return { kind, resource: 'maintenance.alert', jurisdictions: a.jurisdictions, subjectId: a.device_id, payload: { alert: alertJson(a) } };
  }

  private remember(c: Pick<ConditionRow, 'device_id' | 'condition' | 'faulty'>): void {
    const states = this.known.get(c.device_id) ?? new Map<Condition, boolean>();
    states.set(c.condition, c.faulty);
    this.known.set(c.device_id, states);
  }
}
