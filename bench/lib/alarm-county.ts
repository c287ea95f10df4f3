/**
 * What the alarm benchmarks set up through the platform's API: a county
 * jurisdiction, the five parties' units named in it, each with a local
 * webhook receiver as its channel (arrivals recorded per alarm and kind,
 * performance.now()), a plan that tells all five on the press, and pillars
 * placed in the county.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Platform } from './harness.js';

export const PARTY_ROLES = ['governance_centre', 'police_station', 'town_command', 'district_centre', 'police_command'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export const AREA = {
  type: 'Polygon',
  coordinates: [
    [
      [118.4, 32.9],
      [118.7, 32.9],
      [118.7, 33.1],
      [118.4, 33.1],
      [118.4, 32.9],
    ],
  ],
};

export interface Arrival {
  at: number;
  kind: string;
  alarmId: string;
  pillarId: string;
  escalation: { level: string; dueAt: string; unitId: string } | null;
}

export interface AlarmCounty {
  /** Every delivery, per part's receiver. */
  received: Map<PartyRole, Arrival[]>;
  close(): Promise<void>;
}

export async function api(p: { baseUrl: string; auth: Record<string, string> }, method: string, path: string, body?: unknown): Promise<Response> {
  const res = await fetch(`${p.baseUrl}${path}`, { method, headers: { ...p.auth, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res;
}

async function receiver(into: Arrival[]): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const at = performance.now();
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      res.writeHead(204).end();
      const n = JSON.parse(body) as { kind: string; data: { alarm: { id: string; pillar: { id: string } }; escalation?: { level: string; dueAt: string; unitId: string } } };
      into.push({ at, kind: n.kind, alarmId: n.data.alarm.id, pillarId: n.data.alarm.pillar.id, escalation: n.data.escalation ?? null });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/alarms`, server };
}

/** The county, its five parties on five receivers, and the plan (`plan`: each party's limits beyond `when: 'press'`). */
export async function setUpAlarmCounty(p: Platform, plan: Record<string, unknown> = {}): Promise<AlarmCounty> {
  await api(p, 'PUT', '/api/v1/jurisdictions/bench-county', { name: 'Bench county', kind: 'county', boundary: AREA });
  const received = new Map<PartyRole, Arrival[]>();
  const servers: Server[] = [];
  for (const role of PARTY_ROLES) {
    const got: Arrival[] = [];
    received.set(role, got);
    const { url, server } = await receiver(got);
    servers.push(server);
    const created = (await (await api(p, 'POST', '/api/v1/notifications/webhooks', { name: `bench ${role}`, url, kinds: [] })).json()) as { endpoint: { id: string } };
    await api(p, 'PUT', `/api/v1/units/bench-${role.replace('_', '-')}`, { name: `bench ${role}`, kind: role, jurisdictionId: 'bench-county' });
    await api(p, 'PUT', '/api/v1/jurisdictions/bench-county/parties', { [role]: `bench-${role.replace('_', '-')}` });
    await api(p, 'PUT', `/api/v1/units/bench-${role.replace('_', '-')}/channels`, { webhookEndpoints: [created.endpoint.id], mqttSubscriptions: [], smsMembers: false });
  }
  await api(p, 'PUT', '/api/v1/alarm-plans/bench-county/high', { parties: PARTY_ROLES.map((role) => ({ role, when: 'press', ...plan })), supervisor: 'police_command' });
  return {
    received,
    close: async () => {
      await Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((resolve) => {
              s.close(() => resolve());
              s.closeAllConnections();
            }),
        ),
      );
    },
  };
}

const spread = (i: number) => ({ lat: 32.95 + (i % 20) * 0.005, lon: 118.45 + Math.floor(i / 20) * 0.005 });

/** `count` pillars placed in the county (`at`: where the i-th stands), `parallel` at a time. */
export async function registerPillars(p: Platform, count: number, at: (i: number) => { lat: number; lon: number } = spread, parallel = 8): Promise<{ id: string; secret: string }[]> {
  const out: { id: string; secret: string }[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < count) {
        const i = next++;
        const res = await api(p, 'POST', '/api/v1/devices', { kind: 'pillar', name: `路口 ${i + 1}`, ...at(i) });
        const json = (await res.json()) as { device: { id: string }; secret: string };
        out.push({ id: json.device.id, secret: json.secret });
      }
    }),
  );
  return out;
}
