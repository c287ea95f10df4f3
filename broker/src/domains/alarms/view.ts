/**
 * Alarms as the console shows them: the alarm's state and times, its pillar
 * (place, presence, alarm coordinate, camera), whether the pillar
 * acknowledged "help is on its way", and the five-party board (each party
 * notified, acknowledged, reminded, its cards and its next deadlines); and
 * the timeline.
 */
import type { Static } from 'typebox';
import type { Queryable } from '@watchpost/ingest';
import { iso } from '../../kernel/serialize.js';
import { commandJson, type DevicesHome } from '../devices/index.js';
import type { OrganisationService } from '../organisation/service.js';
import type { CoordinateService } from './coordinates/service.js';
import type { Alarm, TimelineEntry } from './schemas.js';
import type { AlarmRow, TimelineRow } from './store/alarms.js';
import { escalationsOf, partiesOfAlarms, pendingDeadlinesOf, type AlarmPartyRow, type DeadlineRow, type EscalationRow } from './store/linkage.js';

export type AlarmJson = Static<typeof Alarm>;
export type PartyJson = AlarmJson['parties'][number];
export type TimelineJson = Static<typeof TimelineEntry>;

export interface ViewDeps {
  devices: DevicesHome;
  organisation: OrganisationService;
  coordinates: CoordinateService;
}

function partyJson(p: AlarmPartyRow, deadlines: DeadlineRow[], cards: EscalationRow[], unitName: string): PartyJson {
  const due = (kind: string) => iso(deadlines.find((d) => d.role === p.role && d.kind === kind)?.due_at);
  return {
    role: p.role,
    unitId: p.unit_id,
    unitName,
    notifiedAt: p.notified_at.toISOString(),
    mustAcknowledge: p.must_acknowledge,
    acknowledgedAt: iso(p.acknowledged_at),
    acknowledgedBy: p.acknowledged_by,
    dispatchedAt: iso(p.dispatched_at),
    arrivedAt: iso(p.arrived_at),
    level: p.level,
    reminders: p.reminders,
    lastRemindedAt: iso(p.last_reminded_at),
    due: { remind: due('remind'), acknowledge: due('acknowledge'), dispatch: due('dispatch'), arrive: due('arrive') },
    cards: cards.filter((c) => c.role === p.role).map((c) => ({ level: c.level, obligation: c.obligation, at: c.at.toISOString(), points: c.points })),
  };
}

export async function alarmViews(db: Queryable, alarms: readonly AlarmRow[], deps: ViewDeps): Promise<AlarmJson[]> {
  const ids = alarms.map((a) => a.id);
  const [parties, deadlines, cards, commands] = await Promise.all([
    partiesOfAlarms(db, ids),
    pendingDeadlinesOf(db, ids),
    escalationsOf(db, ids),
    deps.devices.commands.byIds(alarms.flatMap((a) => (a.help_command_id ? [a.help_command_id] : []))),
  ]);
  const directory = deps.organisation.parties.directory;
  const now = Date.now();
  return alarms.map((a) => {
    const device = deps.devices.registry.get(a.device_id);
    const help = commands.find((c) => c.id === a.help_command_id);
    const mine = <T extends { alarm_id: string }>(rows: T[]) => rows.filter((r) => r.alarm_id === a.id);
    return {
      id: a.id,
      state: a.state,
      genuine: a.genuine,
      severity: a.severity,
      presses: a.presses,
      raisedAt: a.raised_at.toISOString(),
      receivedAt: iso(a.received_at),
      callAnsweredAt: iso(a.call_answered_at),
      verifiedAt: iso(a.verified_at),
      dispatchedAt: iso(a.dispatched_at),
      onSceneAt: iso(a.on_scene_at),
      closedAt: iso(a.closed_at),
      disposition: a.disposition,
      callOpen: a.call_open,
      jurisdictions: a.jurisdictions,
      pillar: {
        id: a.device_id,
        name: device?.name ?? '',
        lat: device?.lat ?? null,
        lon: device?.lon ?? null,
        presence: device?.presence ?? 'never_seen',
        coordinate: deps.coordinates.codeOf(a.device_id),
        camera: deps.coordinates.camera(a.device_id),
      },
      help: help ? commandJson(help, now) : null,
      parties: mine(parties).map((p) => partyJson(p, mine(deadlines), mine(cards), directory.unit(p.unit_id)?.name ?? p.unit_id)),
    };
  });
}

export const timelineJson = (t: TimelineRow): TimelineJson => ({
  id: t.id,
  at: t.at.toISOString(),
  step: t.step,
  actor: t.actor_id || t.actor_role ? { id: t.actor_id, role: t.actor_role, name: t.actor_name } : null,
  party: t.party,
  unitId: t.unit_id,
  detail: t.detail,
});
