/**
 * A county for alarm tests, set up through the API as an administrator
 * would: a county with a town and two police areas (and another county),
 * the units of the five parties named at the levels they work at (the
 * governance centre, district centre and sub-bureau command at the county,
 * the town command at the town, a police station per area), a member of
 * each with a token, a local webhook receiver for each party, and pillars
 * that talk MQTT as firmware does (they subscribe to their downlink topic,
 * verify each command's MAC and can answer it).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MqttClient } from 'mqtt';
import { decodeDownlink, deriveMacKey, downlinkTopic, encodeUplink, uplinkTopic, verifyMac, type DownlinkFrame, type UplinkBody } from '@watchpost/firmware-protocol';
import { eventually } from '@watchpost/ingest/test-support';
import { createApiToken } from '../access/credentials-store.js';
import { insertUser } from '../access/people-store.js';
import type { Role } from '../access/policy/index.js';
import { verifySignature } from '../notifications/index.js';
import type { PartyRole } from '../organisation/parties-store.js';
import { adminFetch, connectDevice, publishAcked, registerDevice, type RegisteredDevice, type TestPlatform } from '../../test-support.js';

const box = (x0: number, y0: number, x1: number, y1: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ],
  ],
});

/** Where pillars stand: area A and area B are police areas of the town, in the county; the other county is elsewhere. */
export const PLACES = {
  areaA: { lat: 33.0, lon: 118.52 },
  areaB: { lat: 33.0, lon: 118.57 },
  otherCounty: { lat: 33.0, lon: 119.1 },
};

export interface Received {
  at: number;
  key: string;
  kind: string;
  body: { id: string; kind: string; data: Record<string, unknown> };
  signatureValid: boolean;
}

export interface WebhookReceiver {
  id: string;
  url: string;
  got: Received[];
  /** What the receiver answers (500: down). */
  status: number;
  close(): Promise<void>;
}

/** A local webhook receiver registered as an endpoint (kinds: none, only what is addressed to it). */
export async function webhookReceiver(platform: TestPlatform, name: string): Promise<WebhookReceiver> {
  const got: Received[] = [];
  let secret = '';
  const r = { status: 200 } as WebhookReceiver;
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      if (r.status < 300) {
        const body = JSON.parse(raw) as Received['body'];
        got.push({
          at: Date.now(),
          key: String(req.headers['idempotency-key']),
          kind: body.kind,
          body,
          signatureValid: verifySignature(secret, String(req.headers['x-watchpost-signature']), raw).valid,
        });
      }
      res.statusCode = r.status;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  const res = await adminFetch(platform.baseUrl, '/api/v1/notifications/webhooks', { method: 'POST', body: JSON.stringify({ name, url, kinds: [] }) });
  if (res.status !== 201) throw new Error(`webhook endpoint not created: ${res.status} ${await res.text()}`);
  const created = (await res.json()) as { endpoint: { id: string }; secret: string };
  secret = created.secret;
  return Object.assign(r, { id: created.endpoint.id, url, got, close: () => new Promise<void>((resolve) => server.close(() => resolve())) });
}

export interface Person {
  id: string;
  token: string;
  unitId: string | null;
}

export interface PartyFixture {
  role: PartyRole;
  unitId: string;
  member: Person;
  hook: WebhookReceiver;
}

export interface County {
  parties: Record<PartyRole, PartyFixture>;
  /** Police of area B (the same town): outside area A. */
  policeB: Person;
  otherOperator: Person;
  installer: Person;
  owner: Person;
  close(): Promise<void>;
}

async function put(platform: TestPlatform, path: string, body: unknown): Promise<unknown> {
  const res = await adminFetch(platform.baseUrl, path, { method: 'PUT', body: JSON.stringify(body) });
  if (res.status !== 200) throw new Error(`PUT ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

async function person(platform: TestPlatform, name: string, role: Role, unitId: string | null, jurisdictions: string[], phone: string | null = null): Promise<Person> {
  const id = await insertUser(platform.db, { username: role === 'owner' ? null : name, displayName: name, role, unitId, phone, passwordHash: null, createdBy: null, jurisdictions });
  return { id, unitId, token: (await createApiToken(platform.db, id, name, ['*'], null)).token };
}

/** Who plays each part, where it is named, and what role its member has (and where the member works). */
const PARTIES: { role: PartyRole; unit: string; namedIn: string; member: Role; memberIn: string[] }[] = [
  { role: 'governance_centre', unit: 'gc', namedIn: 'county', member: 'operator', memberIn: ['county'] },
  { role: 'police_station', unit: 'station-a', namedIn: 'area-a', member: 'police', memberIn: ['area-a'] },
  { role: 'town_command', unit: 'town-cmd', namedIn: 'town', member: 'operator', memberIn: ['town'] },
  // Its duty officer has no jurisdictions of their own: they reach alarms as a party only.
  { role: 'district_centre', unit: 'district-centre', namedIn: 'county', member: 'operator', memberIn: [] },
  { role: 'police_command', unit: 'sub-bureau', namedIn: 'county', member: 'police', memberIn: ['county'] },
];

export async function setUpCounty(platform: TestPlatform, phones: Partial<Record<PartyRole, string>> = {}): Promise<County> {
  await put(platform, '/api/v1/jurisdictions/county', { name: '盱眙县', kind: 'county', boundary: box(118.4, 32.9, 118.7, 33.1) });
  await put(platform, '/api/v1/jurisdictions/town', { name: '盱城街道', kind: 'town', parentId: 'county', boundary: box(118.45, 32.95, 118.65, 33.05) });
  await put(platform, '/api/v1/jurisdictions/area-a', { name: '城东派出所辖区', kind: 'police_area', parentId: 'town', boundary: box(118.5, 32.97, 118.55, 33.02) });
  await put(platform, '/api/v1/jurisdictions/area-b', { name: '城西派出所辖区', kind: 'police_area', parentId: 'town', boundary: box(118.55, 32.97, 118.6, 33.02) });
  await put(platform, '/api/v1/jurisdictions/other-county', { name: '金湖县', kind: 'county', boundary: box(119.0, 32.9, 119.2, 33.1) });
  await put(platform, '/api/v1/units/station-b', { name: '城西派出所', kind: 'police_station', jurisdictionId: 'area-b' });
  const parties = {} as Record<PartyRole, PartyFixture>;
  for (const p of PARTIES) {
    await put(platform, `/api/v1/units/${p.unit}`, { name: `${p.role} unit`, kind: p.role, jurisdictionId: p.namedIn });
    await put(platform, `/api/v1/jurisdictions/${p.namedIn}/parties`, { [p.role]: p.unit });
    const hook = await webhookReceiver(platform, `${p.role} receiver`);
    await put(platform, `/api/v1/units/${p.unit}/channels`, { webhookEndpoints: [hook.id], mqttSubscriptions: [], smsMembers: true });
    const member = await person(platform, `member-${p.unit}`, p.member, p.unit, p.memberIn, phones[p.role] ?? null);
    parties[p.role] = { role: p.role, unitId: p.unit, member, hook };
  }
  return {
    parties,
    policeB: await person(platform, 'police-b', 'police', 'station-b', ['area-b']),
    otherOperator: await person(platform, 'other-operator', 'operator', null, ['other-county']),
    installer: await person(platform, 'installer', 'installer', null, ['county']),
    owner: await person(platform, 'owner', 'owner', null, [], '13900000001'),
    close: async () => {
      for (const p of Object.values(parties)) await p.hook.close();
    },
  };
}

/** A call as a person (API token). */
export async function as(platform: TestPlatform, who: Person, method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${platform.baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${who.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: text && res.headers.get('content-type')?.includes('json') ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

export interface Downlink {
  at: number;
  frame: DownlinkFrame;
  macValid: boolean;
}

/** A pillar on MQTT as firmware runs it: subscribed to its commands, checking their MACs, answering them when asked to. */
export class Pillar {
  readonly downlinks: Downlink[] = [];
  seq = 0;
  answer = true;

  private constructor(
    readonly device: RegisteredDevice,
    readonly client: MqttClient,
  ) {}

  static async connect(platform: TestPlatform, device: RegisteredDevice, options: { answer?: boolean } = {}): Promise<Pillar> {
    const client = await connectDevice(platform.mqtt.port, device);
    const pillar = new Pillar(device, client);
    pillar.answer = options.answer ?? true;
    const key = deriveMacKey(device.secret, device.id);
    client.on('message', (_topic, payload) => {
      const { frame, mac, signed } = decodeDownlink(payload);
      pillar.downlinks.push({ at: Date.now(), frame, macValid: mac !== null && verifyMac(key, signed, mac) });
      if (pillar.answer) void pillar.send({ type: 'commandAck', commandId: frame.commandId, status: 'ACK_STATUS_OK', detail: '' }).catch(() => {});
    });
    await new Promise<void>((resolve, reject) => client.subscribe(downlinkTopic('pillar', device.id), { qos: 1 }, (err) => (err ? reject(err) : resolve())));
    return pillar;
  }

  /** Publishes a frame (QoS 1); resolves on its PUBACK. */
  send(body: UplinkBody): Promise<void> {
    this.seq += 1;
    return publishAcked(this.client, uplinkTopic('pillar', this.device.id), encodeUplink({ deviceId: this.device.id, seq: this.seq, deviceTimeMs: Date.now(), body }));
  }

  press(): Promise<void> {
    return this.send({ type: 'pillarEvent', event: 'PILLAR_EVENT_TYPE_BUTTON_PRESSED' });
  }

  heartbeat(state: { doorOpen?: boolean; power?: 'POWER_SOURCE_MAINS' | 'POWER_SOURCE_BATTERY'; batteryMv?: number; camera?: 'CAMERA_STATUS_OK' | 'CAMERA_STATUS_OFFLINE' } = {}): Promise<void> {
    return this.send({
      type: 'pillarHeartbeat',
      power: state.power ?? 'POWER_SOURCE_MAINS',
      batteryMv: state.batteryMv ?? 13_100,
      doorOpen: state.doorOpen ?? false,
      camera: state.camera ?? 'CAMERA_STATUS_OK',
      intervalS: 60,
      firmwareVersion: 'test',
    });
  }

  async nextDownlink(after: number, timeoutMs = 5_000): Promise<Downlink> {
    return eventually(() => this.downlinks[after], timeoutMs, `downlink ${after + 1} to ${this.device.id}`);
  }

  close(): void {
    this.client.end(true);
  }
}

/** A registered pillar (through the API), placed where it stands. */
export const registerPillar = (platform: TestPlatform, at: { lat: number; lon: number }, name = '东门路口') => registerDevice(platform.baseUrl, { kind: 'pillar', name, ...at });

/** Writes a plan as the administrator. */
export async function putPlan(platform: TestPlatform, jurisdiction: string, severity: string, body: unknown): Promise<void> {
  await put(platform, `/api/v1/alarm-plans/${jurisdiction}/${severity}`, body);
}

/** The live feed as a person sees it: every notification event, with when it arrived. */
export function follow(platform: TestPlatform, who: Person): { events: { at: number; kind: string; subjectId: string | null; data: Record<string, unknown> }[]; stop(): void } {
  const events: { at: number; kind: string; subjectId: string | null; data: Record<string, unknown> }[] = [];
  const controller = new AbortController();
  void fetch(`${platform.baseUrl}/api/v1/live`, { headers: { authorization: `Bearer ${who.token}` }, signal: controller.signal })
    .then(async (res) => {
      const decoder = new TextDecoder();
      let buffer = '';
      for await (const chunk of res.body!) {
        buffer += decoder.decode(chunk as Uint8Array, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (/^event: notification$/m.test(block)) {
            const n = JSON.parse(/^data: (.*)$/m.exec(block)![1]!) as { kind: string; subjectId: string | null; data: Record<string, unknown> };
            events.push({ at: Date.now(), kind: n.kind, subjectId: n.subjectId, data: n.data });
          }
        }
      }
    })
    .catch(() => {});
  return { events, stop: () => controller.abort() };
}
