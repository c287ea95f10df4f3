/**
 * Administrators name a jurisdiction's parties and set how each unit is told.
 * Every change commits with its audit entry; the directory (parties.ts) is
 * read again once it has, so the next alarm is linked as it now stands.
 */
import { inTransaction, type Database } from '@watchpost/ingest';
import { HttpError } from '../../kernel/http-error.js';
import type { AuditLog } from '../audit/audit-log.js';
import { actorOfCaller, type Caller } from '../access/policy/index.js';
import { unitMembers } from '../access/people-store.js';
import type { JurisdictionMap } from './jurisdiction-map.js';
import { PartyDirectory, type UnitChannels } from './parties.js';
import { PARTY_ROLES, putJurisdictionParties, putUnitChannels, type PartyRole } from './parties-store.js';
import { jurisdiction } from './store.js';

/** What the outbox knows of receivers, to refuse channels that name none. */
export interface ReceiverDirectory {
  webhook(id: string): unknown;
  subscription(id: string): unknown;
}

export interface PartyView {
  role: PartyRole;
  unit: { id: string; name: string } | null;
  /** The jurisdiction that names the unit: this one, or the ancestor it is inherited from. */
  namedIn: string | null;
  channels: UnitChannels | null;
  /** The unit's members (dashboard users) by name: who acknowledges for it. */
  members: { id: string; displayName: string; role: string; textMessages: boolean }[];
}

export class PartiesService {
  private current = PartyDirectory.empty();

  constructor(
    private readonly db: Database,
    private readonly audit: AuditLog,
    private readonly map: () => JurisdictionMap,
    private readonly receivers: ReceiverDirectory | null,
  ) {}

  get directory(): PartyDirectory {
    return this.current;
  }

  async load(): Promise<void> {
    this.current = await PartyDirectory.load(this.db);
  }

  /** The five parts of a jurisdiction as they resolve now, with who is behind each. */
  async describe(jurisdictionId: string): Promise<PartyView[]> {
    if (!(await jurisdiction(this.db, jurisdictionId))) throw notFound(jurisdictionId);
    const resolved = this.current.resolve(jurisdictionId, this.map());
    const members = await unitMembers(
      this.db,
      resolved.map((p) => p.unitId),
    );
    return PARTY_ROLES.map((role) => {
      const p = resolved.find((r) => r.role === role);
      if (!p) return { role, unit: null, namedIn: null, channels: null, members: [] };
      return {
        role,
        unit: { id: p.unitId, name: p.unitName },
        namedIn: p.namedIn,
        channels: p.channels,
        members: members.filter((m) => m.unit_id === p.unitId).map((m) => ({ id: m.id, displayName: m.display_name, role: m.role, textMessages: p.channels.smsMembers && m.phone !== null })),
      };
    });
  }

  /** Names (a unit id) or un-names (null) parts of a jurisdiction; each unit must be of its part's kind. */
  async name(caller: Caller, jurisdictionId: string, parts: Partial<Record<PartyRole, string | null>>): Promise<void> {
    await inTransaction(this.db, async (work) => {
      if (!(await jurisdiction(work, jurisdictionId))) throw notFound(jurisdictionId);
      for (const [role, unitId] of Object.entries(parts)) {
        if (!unitId) continue;
        const unit = this.current.unit(unitId);
        if (!unit) throw new HttpError(400, 'UNKNOWN_REFERENCE', `${role}: no unit '${unitId}'; create it first (PUT /api/v1/units/${unitId})`);
        if (unit.kind !== role) throw new HttpError(400, 'PARTY_UNIT_MISMATCH', `${role}: unit '${unitId}' is a ${unit.kind}, not a ${role}`);
      }
      await putJurisdictionParties(work, jurisdictionId, parts);
      await this.audit.append(work, {
        ...actorOfCaller(caller),
        action: 'jurisdiction.parties.put',
        subjectType: 'jurisdiction',
        subjectId: jurisdictionId,
        detail: Object.fromEntries(Object.entries(parts).map(([role, unit]) => [role, unit ?? null])),
      });
    });
    await this.load();
  }

  /** How a unit is told: its webhook endpoints and MQTT subscriptions (which must exist), and text messages to its members. */
  async setChannels(caller: Caller, unitId: string, channels: UnitChannels): Promise<void> {
    if (!this.current.unit(unitId)) throw new HttpError(404, 'UNIT_NOT_FOUND', `no unit '${unitId}'`);
    for (const id of channels.webhookEndpoints)
      if (!this.receivers?.webhook(id)) throw new HttpError(400, 'UNKNOWN_REFERENCE', `webhookEndpoints: no webhook endpoint '${id}' (POST /api/v1/notifications/webhooks)`);
    for (const id of channels.mqttSubscriptions)
      if (!this.receivers?.subscription(id)) throw new HttpError(400, 'UNKNOWN_REFERENCE', `mqttSubscriptions: no MQTT subscription '${id}' (POST /api/v1/notifications/subscriptions)`);
    await inTransaction(this.db, async (work) => {
      await putUnitChannels(work, { unit_id: unitId, webhook_endpoints: [...channels.webhookEndpoints], mqtt_subscriptions: [...channels.mqttSubscriptions], sms_members: channels.smsMembers });
      await this.audit.append(work, {
        ...actorOfCaller(caller),
        action: 'unit.channels.put',
        subjectType: 'unit',
        subjectId: unitId,
        detail: { webhookEndpoints: channels.webhookEndpoints.join(','), mqttSubscriptions: channels.mqttSubscriptions.join(','), smsMembers: channels.smsMembers },
      });
    });
    await this.load();
  }
}

const notFound = (id: string) => new HttpError(404, 'JURISDICTION_NOT_FOUND', `no jurisdiction '${id}'`);
