/** SQL of the five parties: which unit plays which part in a jurisdiction, and how each unit is told. */
import type { Queryable } from '@watchpost/ingest';

/** The five parties of alarm linkage (五方联动); a unit of the same kind plays each. */
export const PARTY_ROLES = ['governance_centre', 'police_station', 'town_command', 'district_centre', 'police_command'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export interface JurisdictionPartyRow {
  jurisdiction_id: string;
  role: PartyRole;
  unit_id: string;
}

export interface UnitChannelsRow {
  unit_id: string;
  webhook_endpoints: string[];
  mqtt_subscriptions: string[];
  sms_members: boolean;
}

export async function listJurisdictionParties(db: Queryable): Promise<JurisdictionPartyRow[]> {
  return (await db.query<JurisdictionPartyRow>('SELECT jurisdiction_id, role, unit_id FROM jurisdiction_parties ORDER BY jurisdiction_id, role')).rows;
}

/** Names (unitId) or un-names (null) the units of some parts of a jurisdiction. */
export async function putJurisdictionParties(db: Queryable, jurisdictionId: string, parts: Partial<Record<PartyRole, string | null>>): Promise<void> {
  for (const [role, unitId] of Object.entries(parts)) {
    if (unitId === null) await db.query('DELETE FROM jurisdiction_parties WHERE jurisdiction_id = $1 AND role = $2', [jurisdictionId, role]);
    else if (unitId !== undefined)
      await db.query(
        `INSERT INTO jurisdiction_parties (jurisdiction_id, role, unit_id) VALUES ($1, $2, $3)
         ON CONFLICT (jurisdiction_id, role) DO UPDATE SET unit_id = EXCLUDED.unit_id`,
        [jurisdictionId, role, unitId],
      );
  }
}

export async function listUnitChannels(db: Queryable): Promise<UnitChannelsRow[]> {
  return (await db.query<UnitChannelsRow>('SELECT unit_id, webhook_endpoints, mqtt_subscriptions, sms_members FROM unit_channels ORDER BY unit_id')).rows;
}

export async function putUnitChannels(db: Queryable, c: UnitChannelsRow): Promise<void> {
  await db.query(
    `INSERT INTO unit_channels (unit_id, webhook_endpoints, mqtt_subscriptions, sms_members) VALUES ($1, $2, $3, $4)
     ON CONFLICT (unit_id) DO UPDATE SET webhook_endpoints = EXCLUDED.webhook_endpoints, mqtt_subscriptions = EXCLUDED.mqtt_subscriptions,
       sms_members = EXCLUDED.sms_members, updated_at = now()`,
    [c.unit_id, c.webhook_endpoints, c.mqtt_subscriptions, c.sms_members],
  );
}
