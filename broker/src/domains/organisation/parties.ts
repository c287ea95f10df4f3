/**
 * The five parties of alarm linkage, in memory (an alarm is raised inside the
 * commit of a pillar's frame, which must not wait for lookups): which unit
 * plays which part in each jurisdiction, and how each unit is told. A part a
 * jurisdiction does not name is the one its nearest ancestor names, so the
 * district smart centre and the police sub-bureau command centre are named
 * once, at the district, and each police area names its own station.
 * Read again after every committed change.
 */
import type { Queryable } from '@watchpost/ingest';
import type { JurisdictionMap } from './jurisdiction-map.js';
import { listJurisdictionParties, listUnitChannels, PARTY_ROLES, type PartyRole } from './parties-store.js';
import { listUnits, type UnitRow } from './store.js';

export interface UnitChannels {
  /** Webhook endpoints (the outbox's receivers) the unit is told through. */
  webhookEndpoints: readonly string[];
  /** MQTT subscriptions of the unit's integrations. */
  mqttSubscriptions: readonly string[];
  /** Text messages to its members' phones. */
  smsMembers: boolean;
}

/** A unit's channels when nobody set them: its members by text message (and the live feed, always). */
export const DEFAULT_CHANNELS: UnitChannels = { webhookEndpoints: [], mqttSubscriptions: [], smsMembers: true };

export interface ResolvedParty {
  role: PartyRole;
  unitId: string;
  unitName: string;
  /** The jurisdiction that names this unit for the part: the one asked about, or an ancestor. */
  namedIn: string;
  channels: UnitChannels;
}

export class PartyDirectory {
  private constructor(
    private readonly named: ReadonlyMap<string, ReadonlyMap<PartyRole, string>>,
    private readonly units: ReadonlyMap<string, UnitRow>,
    private readonly channels: ReadonlyMap<string, UnitChannels>,
  ) {}

  static empty(): PartyDirectory {
    return new PartyDirectory(new Map(), new Map(), new Map());
  }

  static async load(db: Queryable): Promise<PartyDirectory> {
    const [parties, units, channels] = await Promise.all([listJurisdictionParties(db), listUnits(db), listUnitChannels(db)]);
    const named = new Map<string, Map<PartyRole, string>>();
    for (const p of parties) {
      const parts = named.get(p.jurisdiction_id) ?? new Map<PartyRole, string>();
      parts.set(p.role, p.unit_id);
      named.set(p.jurisdiction_id, parts);
    }
    return new PartyDirectory(
      named,
      new Map(units.map((u) => [u.id, u])),
      new Map(channels.map((c) => [c.unit_id, { webhookEndpoints: c.webhook_endpoints, mqttSubscriptions: c.mqtt_subscriptions, smsMembers: c.sms_members }])),
    );
  }

  unit(id: string): UnitRow | undefined {
    return this.units.get(id);
  }

  channelsOf(unitId: string): UnitChannels {
    return this.channels.get(unitId) ?? DEFAULT_CHANNELS;
  }

  /** What a jurisdiction itself names (not what it inherits). */
  namedBy(jurisdictionId: string): ReadonlyMap<PartyRole, string> {
    return this.named.get(jurisdictionId) ?? new Map();
  }

  /** The parties of a jurisdiction, in the order of PARTY_ROLES: each part named by it or by its nearest ancestor that names it. */
  resolve(jurisdictionId: string, map: JurisdictionMap): ResolvedParty[] {
    const out: ResolvedParty[] = [];
    const lineage = map.lineage(jurisdictionId);
    for (const role of PARTY_ROLES) {
      for (const j of lineage) {
        const unitId = this.named.get(j)?.get(role);
        const unit = unitId ? this.units.get(unitId) : undefined;
        if (!unit) continue;
        out.push({ role, unitId: unit.id, unitName: unit.name, namedIn: j, channels: this.channelsOf(unit.id) });
        break;
      }
    }
    return out;
  }

  /** The parties of a place (a device's jurisdictions): those of the deepest of them. */
  forPlace(jurisdictions: readonly string[], map: JurisdictionMap): { jurisdictionId: string | null; parties: ResolvedParty[] } {
    const jurisdictionId = map.deepest(jurisdictions);
    return { jurisdictionId, parties: jurisdictionId ? this.resolve(jurisdictionId, map) : [] };
  }
}
