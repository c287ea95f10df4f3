/**
 * The pillar scenario: residents press pillar buttons in the county, and
 * the five parties of the pillar's jurisdiction are told on their channels:
 * one local webhook receiver per part (governance centre, police station,
 * town command, district smart centre, sub-bureau command). The police
 * stations are named per police area and the town commands per town, the
 * other three at the county, so every jurisdiction has its five parties.
 * Every party but one (`silent`) acknowledges as soon as its receiver hears
 * of the alarm, through the API as a member of its unit; the silent one
 * never does, so its reminders go on and it is carded yellow, then red
 * (told to the supervisor). Parts `byHand` are left to a person in the
 * dashboard: their receivers still record what they are told, but the
 * scenario does not acknowledge for them. The limits are the platform's
 * settings (ALARM_ACKNOWLEDGE_WITHIN_S, ALARM_REMIND_EVERY_S): the plan
 * written here only says who is told on the press. Units and their members
 * are named in Chinese, as the consoles show them.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { County } from './county.js';
import { pointInRing } from './geo.js';
import { CountyPlatformApi } from './platform-api.js';

export const PARTY_ROLES = ['governance_centre', 'police_station', 'town_command', 'district_centre', 'police_command'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export interface Delivery {
  /** Wall-clock ms the receiver got it. */
  at: number;
  kind: string;
  alarmId: string | null;
  unitId: string | null;
  level: string | null;
}

export interface Receiver {
  role: PartyRole;
  endpointId: string;
  url: string;
  got: Delivery[];
}

export interface PillarAlarmOptions {
  admin: CountyPlatformApi;
  county: County;
  /** The part that never acknowledges. */
  silent: PartyRole;
  /** Parts a person acknowledges (in the dashboard): recorded, not acknowledged by the scenario. */
  byHand?: readonly PartyRole[];
  logger: Logger;
}

const MEMBER_ROLE: Record<PartyRole, 'operator' | 'police'> = {
  governance_centre: 'operator',
  police_station: 'police',
  town_command: 'operator',
  district_centre: 'operator',
  police_command: 'police',
};
/** Units are named as people call them, after the place they serve (the glossary's terms). */
const UNIT_SUFFIX_ZH: Record<Exclude<PartyRole, 'police_station'>, string> = {
  governance_centre: '综治中心',
  town_command: '指挥中心',
  district_centre: '智慧中心',
  police_command: '公安分局指挥中心',
};
const SHORT: Record<PartyRole, string> = { governance_centre: 'gc', police_station: 'ps', town_command: 'tc', district_centre: 'dc', police_command: 'pc' };

export class PillarAlarms {
  readonly receivers = new Map<PartyRole, Receiver>();
  /** Acknowledgements made, and those that failed (they are retried at the next reminder). */
  readonly acknowledged: { alarmId: string; unitId: string; at: number }[] = [];
  readonly failures: string[] = [];
  private readonly servers: Server[] = [];
  private readonly members = new Map<string, Promise<CountyPlatformApi>>();
  private readonly unitRole = new Map<string, PartyRole>();
  private readonly unitJurisdiction = new Map<string, string>();
  private readonly unitName = new Map<string, string>();
  private readonly done = new Set<string>();

  private constructor(private readonly o: PillarAlarmOptions) {}

  /** Receivers listening, endpoints and units created, parties named, the plan written. */
  static async start(o: PillarAlarmOptions): Promise<PillarAlarms> {
    const s = new PillarAlarms(o);
    await s.setUp();
    return s;
  }

  private async setUp(): Promise<void> {
    const { admin, county } = this.o;
    for (const role of PARTY_ROLES) this.receivers.set(role, await this.listen(role));
    const root = county.jurisdictions.find((j) => j.parentId === null)!;
    const units: { role: PartyRole; id: string; jurisdiction: string; name: string }[] = [
      ...(['governance_centre', 'district_centre', 'police_command'] as const).map((role) => ({
        role,
        id: `sim-${SHORT[role]}-${root.id}`,
        jurisdiction: root.id,
        name: `${root.nameZh}${UNIT_SUFFIX_ZH[role]}`,
      })),
      ...county.jurisdictions
        .filter((j) => j.kind === 'town')
        .map((j) => ({ role: 'town_command' as const, id: `sim-tc-${j.id}`, jurisdiction: j.id, name: `${j.nameZh}${UNIT_SUFFIX_ZH.town_command}` })),
      // A police area is its station's: 城东派出所辖区 is 城东派出所's.
      ...county.jurisdictions.filter((j) => j.kind === 'police_area').map((j) => ({ role: 'police_station' as const, id: `sim-ps-${j.id}`, jurisdiction: j.id, name: j.nameZh.replace(/辖区$/, '') })),
    ];
    for (const u of units) {
      this.unitRole.set(u.id, u.role);
      this.unitJurisdiction.set(u.id, u.jurisdiction);
      this.unitName.set(u.id, u.name);
      await admin.call('PUT', `/api/v1/units/${u.id}`, { name: u.name, kind: u.role, jurisdictionId: u.jurisdiction });
      await admin.call('PUT', `/api/v1/jurisdictions/${u.jurisdiction}/parties`, { [u.role]: u.id });
      await admin.call('PUT', `/api/v1/units/${u.id}/channels`, { webhookEndpoints: [this.receivers.get(u.role)!.endpointId], mqttSubscriptions: [], smsMembers: false });
    }
    await admin.call('PUT', `/api/v1/alarm-plans/${root.id}/high`, {
      parties: PARTY_ROLES.map((role) => ({ role, when: 'press' })),
      supervisor: this.o.silent === 'police_command' ? 'governance_centre' : 'police_command',
    });
    this.o.logger.info({ units: units.length, silent: this.o.silent, byHand: this.o.byHand ?? [] }, 'pillar scenario: five parties per jurisdiction, one webhook receiver per part');
  }

  /**
   * Signs in the duty members of the units of these pillars (county.pillars
   * indices) before they are pressed, so acknowledging is one request; other
   * units' members sign in at their first alarm (a second or two: password
   * hashing). Units of parts left to a person get no simulated member.
   */
  async prepare(pillars: readonly number[]): Promise<void> {
    const { county } = this.o;
    const jurisdictions = new Set<string>();
    for (const i of pillars) {
      const p = county.pillars[i]!;
      for (const j of county.jurisdictions) if (j.parentId === null || (j.town === p.town && j.kind !== 'county' && pointInRing(p.at, j.ring))) jurisdictions.add(j.id);
    }
    const units = [...this.unitJurisdiction].filter(([u, j]) => jurisdictions.has(j) && !(this.o.byHand ?? []).includes(this.unitRole.get(u)!)).map(([u]) => u);
    await Promise.all(units.map(async (u) => (await this.memberOf(u)).call('GET', '/api/v1/auth/me')));
  }

  private async listen(role: PartyRole): Promise<Receiver> {
    const got: Delivery[] = [];
    const server = createServer((req, res) => {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
      req.on('end', () => {
        res.statusCode = 200;
        res.end();
        try {
          const body = JSON.parse(raw) as { kind: string; data: { alarm?: { id?: string }; party?: { unitId?: string }; escalation?: { level?: string } } };
          const d: Delivery = { at: Date.now(), kind: body.kind, alarmId: body.data.alarm?.id ?? null, unitId: body.data.party?.unitId ?? null, level: body.data.escalation?.level ?? null };
          got.push(d);
          if (this.answers(role) && d.alarmId && d.unitId && (d.kind === 'alarm.party.notified' || d.kind === 'alarm.party.reminded')) void this.acknowledge(d.alarmId, d.unitId);
        } catch (err) {
          this.failures.push(`${role} receiver: ${(err as Error).message}`);
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.servers.push(server);
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/watchpost`;
    const { json } = await this.o.admin.call<{ endpoint: { id: string } }>('POST', '/api/v1/notifications/webhooks', { name: `sim ${role} receiver`, url, kinds: [] });
    return { role, endpointId: json.endpoint.id, url, got };
  }

  /** Whether the scenario acknowledges for this part (not the silent one, nor those left to a person). */
  private answers(role: PartyRole): boolean {
    return role !== this.o.silent && !(this.o.byHand ?? []).includes(role);
  }

  /** A member of the unit acknowledges its part (once per alarm; a failure is retried at the next reminder). */
  private async acknowledge(alarmId: string, unitId: string): Promise<void> {
    const key = `${alarmId}:${unitId}`;
    if (this.done.has(key)) return;
    this.done.add(key);
    try {
      const member = await this.memberOf(unitId);
      const { status } = await member.call('POST', `/api/v1/alarms/${alarmId}/acknowledge`, {}, [409]);
      if (status !== 409) this.acknowledged.push({ alarmId, unitId, at: Date.now() });
    } catch (err) {
      this.done.delete(key);
      this.failures.push(`${unitId} acknowledging ${alarmId}: ${(err as Error).message}`);
    }
  }

  /** The unit's duty member, created when first needed (a fresh password each run). */
  private memberOf(unitId: string): Promise<CountyPlatformApi> {
    let m = this.members.get(unitId);
    if (!m) {
      m = (async () => {
        const role = this.unitRole.get(unitId);
        if (!role) throw new Error(`${unitId}: not a unit of this scenario`);
        const username = `duty-${unitId}`.slice(0, 32).replace(/-$/, '');
        const password = randomBytes(12).toString('base64url');
        const body = { username, displayName: `${this.unitName.get(unitId)}值班员`, role: MEMBER_ROLE[role], password, unitId, jurisdictions: [this.unitJurisdiction.get(unitId)!] };
        const made = await this.o.admin.call('POST', '/api/v1/users', body, [409]);
        if (made.status === 409) {
          const { json } = await this.o.admin.call<{ users: { id: string; username: string }[] }>('GET', '/api/v1/users?limit=500');
          const user = json.users.find((u) => u.username === username);
          if (!user) throw new Error(`${username}: taken, yet not among the staff accounts`);
          await this.o.admin.call('PATCH', `/api/v1/users/${user.id}`, { password });
        }
        return new CountyPlatformApi(this.o.admin.api, { username, password });
      })();
      m.catch(() => this.members.delete(unitId));
      this.members.set(unitId, m);
    }
    return m;
  }

  /** What a part's receiver got of one alarm. */
  deliveries(role: PartyRole, alarmId: string, kind?: string): Delivery[] {
    return this.receivers.get(role)!.got.filter((d) => d.alarmId === alarmId && (kind === undefined || d.kind === kind));
  }

  async stop(): Promise<void> {
    await Promise.all(
      this.servers.map(
        (s) =>
          new Promise<void>((resolve) => {
            s.close(() => resolve());
            s.closeAllConnections();
          }),
      ),
    );
  }
}
