// Every route × every role, against an expectation table written here by hand
// (not derived from the policy, so a change of rule shows up as a failing row).
// A route the platform serves that is missing from the table fails the test.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApiToken } from '../domains/access/credentials-store.js';
import { insertUser } from '../domains/access/people-store.js';
import { ROLES, type Role } from '../domains/access/policy/index.js';
import { encodeUplink, uplinkTopic } from '@watchpost/firmware-protocol';
import { adminFetch, connectDevice, publishAcked, registerDevice, startTestPlatform, type TestPlatform } from '../test-support.js';

type Who = 'anonymous' | Role;
/**
 * allowed: past the access check (any answer but a refusal); denied: 401/403 refusal;
 * reason: 403 until a reason is stated; hidden: the record is outside the caller's reach and answered 404.
 */
type Outcome = 'allowed' | 'denied' | 'reason' | 'hidden';

const EVERYONE: Who[] = ['anonymous', ...ROLES];
const SIGNED_IN: Who[] = [...ROLES];
const STAFF: Who[] = ['admin', 'operator', 'police', 'installer'];
const ALARM_STAFF: Who[] = ['admin', 'operator', 'police'];
const ALARM_HANDLERS: Who[] = ['operator', 'police'];

interface Fixture {
  stationId: string;
  pillarId: string;
  alarmId: string;
  coordinate: string;
  alertId: number;
  webhookId: string;
  subscriptionId: string;
  ownerId: string;
  staffId: string;
  tokenId: string;
  bikeId: string;
  caseId: string;
}

interface RouteCase {
  request: (f: Fixture) => { path: string; body?: unknown };
  /** Who gets past; everyone else is refused. */
  allowed: Who[];
  /** Who gets past the route's rule but must state a reason first. */
  reason?: Who[];
  /** Who gets past the route's rule but is told the record does not exist. */
  hidden?: Who[];
}

/** The county the staff of this test work in: every device here is placed in it. */
const AREA = {
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

const layer = { title: 'Test', geojson: { type: 'FeatureCollection', features: [] } };

/** Keyed 'METHOD url' as the route is declared. */
const ROUTES: Record<string, RouteCase> = {
  'GET /healthz': { request: () => ({ path: '/healthz' }), allowed: EVERYONE },
  'GET /readyz': { request: () => ({ path: '/readyz' }), allowed: EVERYONE },
  'GET /metrics': { request: () => ({ path: '/metrics' }), allowed: ['admin'] },
  'POST /api/v1/auth/login': { request: () => ({ path: '/api/v1/auth/login', body: { username: 'nobody', password: 'wrong' } }), allowed: EVERYONE },
  'POST /api/v1/auth/code': { request: () => ({ path: '/api/v1/auth/code', body: { phone: '13900000000' } }), allowed: EVERYONE },
  'POST /api/v1/auth/code/verify': { request: () => ({ path: '/api/v1/auth/code/verify', body: { phone: '13900000000', code: '000000' } }), allowed: EVERYONE },
  'POST /api/v1/auth/logout': { request: () => ({ path: '/api/v1/auth/logout', body: {} }), allowed: SIGNED_IN },
  'GET /api/v1/auth/me': { request: () => ({ path: '/api/v1/auth/me' }), allowed: SIGNED_IN },
  'PATCH /api/v1/auth/me': { request: () => ({ path: '/api/v1/auth/me', body: { locale: 'zh-CN' } }), allowed: SIGNED_IN },
  'POST /api/v1/auth/password': { request: () => ({ path: '/api/v1/auth/password', body: { currentPassword: 'not-the-password', newPassword: 'a-new-long-password' } }), allowed: SIGNED_IN },
  'GET /api/v1/users': { request: () => ({ path: '/api/v1/users' }), allowed: ['admin'] },
  'POST /api/v1/users': {
    request: () => ({ path: '/api/v1/users', body: { username: 'matrix-user', displayName: 'Matrix', role: 'operator', password: 'a-long-password' } }),
    allowed: ['admin'],
  },
  'PATCH /api/v1/users/:id': { request: (f) => ({ path: `/api/v1/users/${f.staffId}`, body: { displayName: 'Renamed' } }), allowed: ['admin'] },
  'POST /api/v1/owners': { request: () => ({ path: '/api/v1/owners', body: { displayName: 'Resident', phone: '13700000001' } }), allowed: ['admin', 'police'] },
  // Police reach owners through a stated reason only, which a list does not take: they use the lookup.
  'GET /api/v1/owners': { request: () => ({ path: '/api/v1/owners' }), allowed: ['admin', 'owner'] },
  'GET /api/v1/owners/:id': { request: (f) => ({ path: `/api/v1/owners/${f.ownerId}` }), allowed: ['admin', 'owner'], reason: ['police'] },
  'POST /api/v1/owners/lookup': { request: () => ({ path: '/api/v1/owners/lookup', body: { phone: '13800000099', reason: 'case 2026-117: stolen e-bike' } }), allowed: ['admin', 'police'] },
  'GET /api/v1/tokens': { request: () => ({ path: '/api/v1/tokens' }), allowed: ['admin'] },
  'POST /api/v1/tokens': { request: () => ({ path: '/api/v1/tokens', body: { name: 'matrix', scopes: ['devices'] } }), allowed: ['admin'] },
  'DELETE /api/v1/tokens/:id': { request: (f) => ({ path: `/api/v1/tokens/${f.tokenId}` }), allowed: ['admin'] },
  'GET /api/v1/audit': { request: () => ({ path: '/api/v1/audit?limit=5' }), allowed: ['admin'] },
  'GET /api/v1/audit/verify': { request: () => ({ path: '/api/v1/audit/verify' }), allowed: ['admin'] },
  'GET /api/v1/audit/checkpoint': { request: () => ({ path: '/api/v1/audit/checkpoint' }), allowed: ['admin'] },
  'GET /api/v1/jurisdictions': { request: () => ({ path: '/api/v1/jurisdictions' }), allowed: STAFF },
  'PUT /api/v1/jurisdictions/:id': { request: () => ({ path: '/api/v1/jurisdictions/xuyi', body: { name: 'Xuyi County', kind: 'county' } }), allowed: ['admin'] },
  'POST /api/v1/jurisdictions/import': {
    request: () => ({
      path: '/api/v1/jurisdictions/import',
      body: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'matrix-town', name: 'Matrix town', kind: 'town', parentId: 'matrix-county' }, geometry: AREA }] },
    }),
    allowed: ['admin'],
  },
  'GET /api/v1/units': { request: () => ({ path: '/api/v1/units' }), allowed: STAFF },
  // The five parties: who plays which part is for the alarm staff to see, and administrators to set.
  'GET /api/v1/jurisdictions/:id/parties': { request: () => ({ path: '/api/v1/jurisdictions/matrix-county/parties' }), allowed: ALARM_STAFF },
  'PUT /api/v1/jurisdictions/:id/parties': { request: () => ({ path: '/api/v1/jurisdictions/matrix-county/parties', body: { governance_centre: 'matrix-gc' } }), allowed: ['admin'] },
  'PUT /api/v1/units/:id/channels': { request: () => ({ path: '/api/v1/units/matrix-gc/channels', body: { webhookEndpoints: [], mqttSubscriptions: [], smsMembers: true } }), allowed: ['admin'] },
  'PUT /api/v1/units/:id': { request: () => ({ path: '/api/v1/units/xuyi-gc', body: { name: 'Governance centre', kind: 'governance_centre' } }), allowed: ['admin'] },
  'POST /api/v1/devices': { request: () => ({ path: '/api/v1/devices', body: { kind: 'station' } }), allowed: ['admin', 'installer'] },
  'GET /api/v1/devices': { request: () => ({ path: '/api/v1/devices' }), allowed: STAFF },
  // Owners reach their own tags with their bikes, never here.
  'GET /api/v1/devices/:id': { request: (f) => ({ path: `/api/v1/devices/${f.stationId}` }), allowed: STAFF },
  'PATCH /api/v1/devices/:id': { request: (f) => ({ path: `/api/v1/devices/${f.stationId}`, body: { lat: 32.995, lon: 118.535 } }), allowed: ['admin', 'installer'] },
  'POST /api/v1/devices/:id/secret': { request: (f) => ({ path: `/api/v1/devices/${f.stationId}/secret`, body: {} }), allowed: ['admin', 'installer'] },
  // Station activity is counts, no one's data: whoever sees stations sees what they hear, in numbers.
  'GET /api/v1/stations/:id/activity': { request: (f) => ({ path: `/api/v1/stations/${f.stationId}/activity` }), allowed: STAFF },
  'GET /api/v1/stations/activity': { request: () => ({ path: '/api/v1/stations/activity' }), allowed: STAFF },
  'PUT /api/v1/pillars/:id/camera': {
    request: (f) => ({ path: `/api/v1/pillars/${f.pillarId}/camera`, body: { kind: 'hls', url: 'https://video.example/pl/index.m3u8' } }),
    allowed: ['admin', 'installer'],
  },
  // Alarms: the staff of their jurisdictions (and the members of their parties) handle them; administrators read them; installers and owners never see one.
  'GET /api/v1/alarms': { request: () => ({ path: '/api/v1/alarms' }), allowed: ALARM_STAFF },
  'GET /api/v1/alarms/:id': { request: (f) => ({ path: `/api/v1/alarms/${f.alarmId}` }), allowed: ALARM_STAFF },
  'POST /api/v1/alarms/:id/receive': { request: (f) => ({ path: `/api/v1/alarms/${f.alarmId}/receive`, body: {} }), allowed: ALARM_HANDLERS },
  'POST /api/v1/alarms/:id/answer': { request: (f) => ({ path: `/api/v1/alarms/${f.alarmId}/answer`, body: {} }), allowed: ALARM_HANDLERS },
  'POST /api/v1/alarms/:id/hang-up': { request: (f) => ({ path: `/api/v1/alarms/${f.alarmId}/hang-up`, body: {} }), allowed: ALARM_HANDLERS },
  'POST /api/v1/alarms/:id/verify': { request: (f) => ({ path: `/api/v1/alarms/${f.alarmId}/verify`, body: { genuine: true, severity: 'medium' } }), allowed: ALARM_HANDLERS },
  'POST /api/v1/alarms/:id/dispatch': { request: (f) => ({ path: `/api/v1/alarms/${f.alarmId}/dispatch`, body: { responder: 'patrol 3' } }), allowed: ALARM_HANDLERS },
  'POST /api/v1/alarms/:id/on-scene': { request: (f) => ({ path: `/api/v1/alarms/${f.alarmId}/on-scene`, body: {} }), allowed: ALARM_HANDLERS },
  'POST /api/v1/alarms/:id/acknowledge': { request: (f) => ({ path: `/api/v1/alarms/${f.alarmId}/acknowledge`, body: {} }), allowed: ALARM_HANDLERS },
  'POST /api/v1/alarms/:id/close': { request: (f) => ({ path: `/api/v1/alarms/${f.alarmId}/close`, body: { disposition: 'resolved' } }), allowed: ALARM_HANDLERS },
  'GET /api/v1/alarm-plans': { request: () => ({ path: '/api/v1/alarm-plans' }), allowed: ALARM_STAFF },
  'PUT /api/v1/alarm-plans/:jurisdictionId/:severity': {
    request: () => ({ path: '/api/v1/alarm-plans/matrix-county/low', body: { parties: [{ role: 'governance_centre', when: 'press' }] } }),
    allowed: ['admin'],
  },
  'DELETE /api/v1/alarm-plans/:jurisdictionId/:severity': { request: () => ({ path: '/api/v1/alarm-plans/matrix-county/low' }), allowed: ['admin'] },
  // Alarm coordinates: any alarm staff resolves a code read out on the phone; installers print their pillars' labels.
  'GET /api/v1/alarm-coordinates/:code': { request: (f) => ({ path: `/api/v1/alarm-coordinates/${f.coordinate}` }), allowed: STAFF },
  'GET /api/v1/alarm-coordinates/:code/qr': { request: (f) => ({ path: `/api/v1/alarm-coordinates/${f.coordinate}/qr` }), allowed: STAFF },
  'GET /api/v1/alarm-coordinate-labels': { request: () => ({ path: '/api/v1/alarm-coordinate-labels' }), allowed: STAFF },
  'GET /api/v1/alarm-reports': { request: () => ({ path: '/api/v1/alarm-reports?period=month&at=2026-05' }), allowed: ALARM_STAFF },
  'GET /api/v1/alarm-reports.csv': { request: () => ({ path: '/api/v1/alarm-reports.csv?period=year&at=2026' }), allowed: ALARM_STAFF },
  // The maintenance desk: administrators and the installers and operators of the pillars' jurisdictions; police are not its business.
  'GET /api/v1/maintenance/alerts': { request: () => ({ path: '/api/v1/maintenance/alerts' }), allowed: ['admin', 'operator', 'installer'] },
  'POST /api/v1/maintenance/alerts/:id/acknowledge': { request: (f) => ({ path: `/api/v1/maintenance/alerts/${f.alertId}/acknowledge`, body: {} }), allowed: ['admin', 'installer'] },
  // Everyone signed in follows the live feed; each gets only what they may see (owners: their bikes' news).
  'GET /api/v1/live': { request: () => ({ path: '/api/v1/live' }), allowed: SIGNED_IN },
  'GET /api/v1/notifications/webhooks': { request: () => ({ path: '/api/v1/notifications/webhooks' }), allowed: ['admin'] },
  'POST /api/v1/notifications/webhooks': {
    request: () => ({ path: '/api/v1/notifications/webhooks', body: { name: 'matrix', url: 'http://127.0.0.1:9/hook', kinds: ['alarm.*'] } }),
    allowed: ['admin'],
  },
  'PATCH /api/v1/notifications/webhooks/:id': { request: (f) => ({ path: `/api/v1/notifications/webhooks/${f.webhookId}`, body: { active: true } }), allowed: ['admin'] },
  'GET /api/v1/notifications/subscriptions': { request: () => ({ path: '/api/v1/notifications/subscriptions' }), allowed: ['admin'] },
  'POST /api/v1/notifications/subscriptions': { request: () => ({ path: '/api/v1/notifications/subscriptions', body: { name: 'matrix', kinds: ['alarm.*'] } }), allowed: ['admin'] },
  'PATCH /api/v1/notifications/subscriptions/:id': { request: (f) => ({ path: `/api/v1/notifications/subscriptions/${f.subscriptionId}`, body: { active: true } }), allowed: ['admin'] },
  'GET /api/v1/notifications/deliveries': { request: () => ({ path: '/api/v1/notifications/deliveries?status=failed' }), allowed: ['admin'] },
  'GET /api/v1/notifications/deliveries/:id/attempts': { request: () => ({ path: '/api/v1/notifications/deliveries/1/attempts' }), allowed: ['admin'] },
  'POST /api/v1/notifications/deliveries/retry': { request: () => ({ path: '/api/v1/notifications/deliveries/retry', body: { ids: [1] } }), allowed: ['admin'] },
  'GET /api/v1/map/config': { request: () => ({ path: '/api/v1/map/config' }), allowed: STAFF },
  'GET /api/v1/map/layers': { request: () => ({ path: '/api/v1/map/layers' }), allowed: STAFF },
  'PUT /api/v1/map/layers/:name': { request: () => ({ path: '/api/v1/map/layers/matrix', body: layer }), allowed: ['admin'] },
  // E-bikes: registration points (police, administrators) register; owners their own; police read a bike or a track through a case or a stated reason.
  'POST /api/v1/bikes': {
    request: (f) => ({ path: '/api/v1/bikes', body: { ownerId: f.ownerId, plate: '苏H-M0002', frameNumber: 'LMATRIX0002', tagId: 910_002 } }),
    allowed: ['admin', 'police'],
  },
  'GET /api/v1/bikes': { request: () => ({ path: '/api/v1/bikes' }), allowed: ['admin', 'owner'] },
  'POST /api/v1/bikes/lookup': { request: () => ({ path: '/api/v1/bikes/lookup', body: { tagId: 910_001, reason: 'case 2026-117: stolen e-bike' } }), allowed: ['admin', 'police'] },
  'POST /api/v1/bikes/import': { request: () => ({ path: '/api/v1/bikes/import?dryRun=true', body: {} }), allowed: ['admin', 'police'] },
  'GET /api/v1/bikes/clones': { request: () => ({ path: '/api/v1/bikes/clones' }), allowed: ['admin', 'police'] },
  'GET /api/v1/bikes/:id': { request: (f) => ({ path: `/api/v1/bikes/${f.bikeId}` }), allowed: ['admin', 'owner'], reason: ['police'] },
  'PATCH /api/v1/bikes/:id': { request: (f) => ({ path: `/api/v1/bikes/${f.bikeId}`, body: { colour: '红' } }), allowed: ['admin', 'police', 'owner'] },
  'PUT /api/v1/bikes/:id/tags/:role': {
    request: (f) => ({ path: `/api/v1/bikes/${f.bikeId}/tags/fob`, body: { tagId: null, reason: 'the owner lost the key fob' } }),
    allowed: ['admin', 'police'],
  },
  'GET /api/v1/bikes/:id/tags': { request: (f) => ({ path: `/api/v1/bikes/${f.bikeId}/tags` }), allowed: ['admin', 'owner'], reason: ['police'] },
  'PUT /api/v1/bikes/:id/photo': { request: (f) => ({ path: `/api/v1/bikes/${f.bikeId}/photo`, body: {} }), allowed: ['admin', 'police', 'owner'] },
  'GET /api/v1/bikes/:id/photo': { request: (f) => ({ path: `/api/v1/bikes/${f.bikeId}/photo` }), allowed: ['admin', 'owner'], reason: ['police'] },
  // Where a bike is: its owner; police through a case or a reason; administrators see the register, never where a bike is.
  'GET /api/v1/bikes/:id/position': { request: (f) => ({ path: `/api/v1/bikes/${f.bikeId}/position` }), allowed: ['owner'], reason: ['police'] },
  'GET /api/v1/bikes/:id/track': { request: (f) => ({ path: `/api/v1/bikes/${f.bikeId}/track` }), allowed: ['owner'], reason: ['police'] },
  'GET /api/v1/bikes/:id/guard': { request: (f) => ({ path: `/api/v1/bikes/${f.bikeId}/guard` }), allowed: ['owner'] },
  'PUT /api/v1/bikes/:id/guard': { request: (f) => ({ path: `/api/v1/bikes/${f.bikeId}/guard`, body: { armed: false } }), allowed: ['owner'] },
  'POST /api/v1/bikes/:id/guard/alerts/:alertId/report': { request: (f) => ({ path: `/api/v1/bikes/${f.bikeId}/guard/alerts/1/report`, body: {} }), allowed: ['owner'] },
  // Cases: owners report and follow their own; the police of the jurisdiction work them; administrators read them.
  'POST /api/v1/cases': { request: (f) => ({ path: '/api/v1/cases', body: { bikeId: f.bikeId, lastSeenAt: new Date().toISOString() } }), allowed: ['police', 'owner'] },
  'GET /api/v1/cases': { request: () => ({ path: '/api/v1/cases' }), allowed: ['admin', 'police', 'owner'] },
  'GET /api/v1/cases/:id': { request: (f) => ({ path: `/api/v1/cases/${f.caseId}` }), allowed: ['admin', 'police', 'owner'] },
  'GET /api/v1/cases/:id/hits': { request: (f) => ({ path: `/api/v1/cases/${f.caseId}/hits` }), allowed: ['admin', 'police', 'owner'] },
  'POST /api/v1/cases/:id/hits/:hitId/review': { request: (f) => ({ path: `/api/v1/cases/${f.caseId}/hits/1/review`, body: { verdict: 'false' } }), allowed: ['police'] },
  'POST /api/v1/cases/:id/notes': { request: (f) => ({ path: `/api/v1/cases/${f.caseId}/notes`, body: { text: '车主来电补充' } }), allowed: ['police', 'owner'] },
  'PATCH /api/v1/cases/:id/watch': { request: (f) => ({ path: `/api/v1/cases/${f.caseId}/watch`, body: { level: 'high' } }), allowed: ['police'] },
  'POST /api/v1/cases/:id/take': { request: (f) => ({ path: `/api/v1/cases/${f.caseId}/take`, body: {} }), allowed: ['police'] },
  'GET /api/v1/cases/:id/companions': { request: (f) => ({ path: `/api/v1/cases/${f.caseId}/companions` }), allowed: ['police'] },
  'POST /api/v1/cases/:id/status': { request: (f) => ({ path: `/api/v1/cases/${f.caseId}/status`, body: { status: 'recovered' } }), allowed: ['police'] },
  'GET /api/v1/watchlist': { request: () => ({ path: '/api/v1/watchlist' }), allowed: ['admin', 'police'] },
  'GET /api/v1/watchlist/stats': { request: () => ({ path: '/api/v1/watchlist/stats' }), allowed: ['admin', 'police'] },
  // Routes of plugins: the API documentation and the dashboard's files are public.
  'GET <api docs>': { request: () => ({ path: '/api/docs/json' }), allowed: EVERYONE },
  'GET <dashboard files>': { request: () => ({ path: '/' }), allowed: EVERYONE },
};

/** The table key of a declared route: plugin routes grouped. */
function keyOf(method: string, url: string): string {
  if (url.startsWith('/api/docs')) return `${method} <api docs>`;
  if (!url.startsWith('/api/') && !['/healthz', '/readyz', '/metrics'].includes(url)) return `${method} <dashboard files>`;
  return `${method} ${url}`;
}

let platform: TestPlatform;
const tokens = new Map<Role, string>();
const ids = new Map<Role, string>();
let fixture: Fixture;
/** Who got past the access check of each route (allowed, reason, hidden), as the route × role test found. */
const admitted = new Map<string, Set<Who>>();

before(async () => {
  platform = await startTestPlatform({ demoUsers: false });
  const db = platform.db;
  const put = await adminFetch(platform.baseUrl, '/api/v1/jurisdictions/matrix-county', { method: 'PUT', body: JSON.stringify({ name: 'Matrix county', kind: 'county', boundary: AREA }) });
  assert.equal(put.status, 200, await put.text());
  for (const role of ROLES) {
    const id = await insertUser(db, {
      username: role === 'owner' ? null : `matrix-${role}`,
      displayName: `Matrix ${role}`,
      role,
      phone: role === 'owner' ? '13800000099' : null,
      passwordHash: null,
      createdBy: null,
      jurisdictions: role === 'owner' ? [] : ['matrix-county'],
    });
    ids.set(role, id);
    tokens.set(role, (await createApiToken(db, id, `matrix ${role}`, ['*'], null)).token);
  }
  const station = await registerDevice(platform.baseUrl, { kind: 'station', lat: 33.0, lon: 118.5 });
  // An alarm in the staff's county: a pillar there presses its button.
  const putAs = (path: string, body: unknown) => adminFetch(platform.baseUrl, path, { method: 'PUT', body: JSON.stringify(body) });
  await putAs('/api/v1/units/matrix-gc', { name: 'Governance centre', kind: 'governance_centre', jurisdictionId: 'matrix-county' });
  const pillar = await registerDevice(platform.baseUrl, { kind: 'pillar', lat: 33.0, lon: 118.5 });
  const client = await connectDevice(platform.mqtt.port, pillar);
  await publishAcked(
    client,
    uplinkTopic('pillar', pillar.id),
    encodeUplink({ deviceId: pillar.id, seq: 1, deviceTimeMs: Date.now(), body: { type: 'pillarEvent', event: 'PILLAR_EVENT_TYPE_BUTTON_PRESSED' } }),
  );
  client.end(true);
  const alarmId = (await db.query<{ id: string }>('SELECT id FROM alarms WHERE device_id = $1', [pillar.id])).rows[0]!.id;
  const coordinate = (await db.query<{ code: string }>('SELECT code FROM alarm_coordinates WHERE device_id = $1', [pillar.id])).rows[0]!.code;
  const alertId = (
    await db.query<{ id: number }>(`INSERT INTO maintenance_alerts (device_id, condition, jurisdictions, began_at, raised_at) VALUES ($1, 'tamper', '{matrix-county}', now(), now()) RETURNING id`, [
      pillar.id,
    ])
  ).rows[0]!.id;
  const webhook = (await (
    await adminFetch(platform.baseUrl, '/api/v1/notifications/webhooks', { method: 'POST', body: JSON.stringify({ name: 'fixture', url: 'http://127.0.0.1:9/hook', kinds: ['test.*'] }) })
  ).json()) as { endpoint: { id: string } };
  const subscription = (await (await adminFetch(platform.baseUrl, '/api/v1/notifications/subscriptions', { method: 'POST', body: JSON.stringify({ name: 'fixture', kinds: ['test.*'] }) })).json()) as {
    subscription: { id: string };
  };
  // A bike of the test's owner, and the case of its theft, reported where the staff work.
  const bike = await adminFetch(platform.baseUrl, '/api/v1/bikes', {
    method: 'POST',
    body: JSON.stringify({ ownerId: ids.get('owner'), plate: '苏H-M0001', frameNumber: 'LMATRIX0001', tagId: 910_001 }),
  });
  assert.equal(bike.status, 201, await bike.clone().text());
  const bikeId = ((await bike.json()) as { bike: { id: string } }).bike.id;
  const report = await fetch(`${platform.baseUrl}/api/v1/cases`, {
    method: 'POST',
    headers: { authorization: `Bearer ${tokens.get('owner')}`, 'content-type': 'application/json' },
    body: JSON.stringify({ bikeId, lastSeenAt: new Date(Date.now() - 60_000).toISOString(), lastSeenLat: 33.0, lastSeenLon: 118.5 }),
  });
  assert.equal(report.status, 201, await report.clone().text());
  const caseId = ((await report.json()) as { case: { id: string } }).case.id;
  fixture = {
    bikeId,
    caseId,
    stationId: station.id,
    pillarId: pillar.id,
    alarmId,
    coordinate,
    alertId,
    webhookId: webhook.endpoint.id,
    subscriptionId: subscription.subscription.id,
    ownerId: ids.get('owner')!,
    staffId: ids.get('operator')!,
    tokenId: '',
  };
});
after(() => platform.dispose());

/** One call as `who`; the SSE route is left as soon as its status is known. */
async function call(who: Who, method: string, path: string, body?: unknown): Promise<{ status: number; code: string | null }> {
  const headers: Record<string, string> = {};
  if (who !== 'anonymous') headers.authorization = `Bearer ${tokens.get(who)}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const controller = new AbortController();
  const res = await fetch(`${platform.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: controller.signal });
  let code: string | null = null;
  if ((res.headers.get('content-type') ?? '').includes('application/json')) code = ((await res.json()) as { code?: string }).code ?? null;
  controller.abort();
  return { status: res.status, code };
}

function outcomeOf({ status, code }: { status: number; code: string | null }, expected: Outcome): Outcome {
  if (expected === 'hidden' && status === 404) return 'hidden';
  if (status === 401 && code === 'AUTH_REQUIRED') return 'denied';
  if (status === 403 && (code === 'FORBIDDEN' || code === 'TOKEN_SCOPE')) return 'denied';
  if (status === 403 && code === 'REASON_REQUIRED') return 'reason';
  return 'allowed';
}

describe('route × role', () => {
  it('has an expectation for every route the platform serves, and no stale one', () => {
    const served = new Set(platform.http.declaredRoutes.filter((r) => r.method !== 'HEAD').map((r) => keyOf(r.method, r.url)));
    const missing = [...served].filter((k) => !ROUTES[k]);
    assert.deepEqual(missing, [], `routes without a row in the access table: ${missing.join(', ')}`);
    const stale = Object.keys(ROUTES).filter((k) => !served.has(k));
    assert.deepEqual(stale, [], `rows for routes that no longer exist: ${stale.join(', ')}`);
  });

  for (const [key, route] of Object.entries(ROUTES)) {
    it(key, async () => {
      const [method] = key.split(' ') as [string];
      const mismatches: string[] = [];
      admitted.set(key, new Set());
      for (const who of EVERYONE) {
        if (key === 'DELETE /api/v1/tokens/:id') fixture.tokenId = (await createApiToken(platform.db, ids.get('operator')!, 'to revoke', ['devices'], null)).id;
        const { path, body } = route.request(fixture);
        const answer = await call(who, method, path, body);
        const expected: Outcome = route.allowed.includes(who) ? 'allowed' : route.reason?.includes(who) ? 'reason' : route.hidden?.includes(who) ? 'hidden' : 'denied';
        const got = outcomeOf(answer, expected);
        if (got !== 'denied') admitted.get(key)!.add(who);
        if (got !== expected) mismatches.push(`${who}: expected ${expected}, got ${answer.status} ${answer.code ?? ''}`);
      }
      assert.deepEqual(mismatches, []);
    });
  }
});

describe('reach within a route', () => {
  it('a tag is invisible to installers and operators, needs a stated reason from police, and the reason is audited', async () => {
    const tag = await registerDevice(platform.baseUrl, { kind: 'tag' });
    assert.equal((await call('installer', 'GET', `/api/v1/devices/${tag.id}`)).status, 404);
    assert.equal((await call('operator', 'GET', `/api/v1/devices/${tag.id}`)).status, 404);
    assert.deepEqual(await call('police', 'GET', `/api/v1/devices/${tag.id}`), { status: 403, code: 'REASON_REQUIRED' });
    const reason = 'case 2026-118: bike reported stolen';
    assert.equal((await call('police', 'GET', `/api/v1/devices/${tag.id}?reason=${encodeURIComponent(reason)}`)).status, 200);
    const [entry] = await platform.audit.search({ action: 'device.read', subjectId: tag.id, limit: 1 });
    assert.equal(entry?.reason, reason);
    assert.equal(entry?.actorId, ids.get('police'));
  });

  it('lists leave tags out for everyone but administrators', async () => {
    for (const who of ['operator', 'police', 'installer'] as const) {
      const res = await fetch(`${platform.baseUrl}/api/v1/devices`, { headers: { authorization: `Bearer ${tokens.get(who)}` } });
      const { devices } = (await res.json()) as { devices: { kind: string }[] };
      assert.ok(devices.length > 0 && devices.every((d) => d.kind !== 'tag'), who);
    }
    const all = (await (await adminFetch(platform.baseUrl, '/api/v1/devices')).json()) as { devices: { kind: string }[] };
    assert.ok(all.devices.some((d) => d.kind === 'tag'));
  });

  it('an installer may not register a tag (tags belong to owners’ bikes)', async () => {
    assert.deepEqual(await call('installer', 'POST', '/api/v1/devices', { kind: 'tag' }), { status: 403, code: 'FORBIDDEN' });
  });

  it('an owner sees only themselves; another owner is not found', async () => {
    const other = await insertUser(platform.db, { username: null, displayName: 'Neighbour', role: 'owner', phone: '13600000000', passwordHash: null, createdBy: null });
    assert.equal((await call('owner', 'GET', `/api/v1/owners/${other}`)).status, 404);
    const res = await fetch(`${platform.baseUrl}/api/v1/owners`, { headers: { authorization: `Bearer ${tokens.get('owner')}` } });
    const { owners } = (await res.json()) as { owners: { id: string; phone: string }[] };
    assert.deepEqual(
      owners.map((o) => o.id),
      [ids.get('owner')],
    );
    assert.equal(owners[0]!.phone, '13800000099', 'unmasked to themselves');
  });

  it('administrators see owners masked; police see one in full for a stated reason, audited', async () => {
    const list = (await (await adminFetch(platform.baseUrl, '/api/v1/owners')).json()) as { owners: { phone: string; masked: boolean }[] };
    assert.ok(list.owners.length >= 1);
    for (const o of list.owners) {
      assert.match(o.phone, /^1\d{2}\*{4}\d{4}$/);
      assert.equal(o.masked, true);
    }
    const reason = 'registration point: owner came in person';
    const res = await fetch(`${platform.baseUrl}/api/v1/owners/lookup`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.get('police')}`, 'content-type': 'application/json' },
      body: JSON.stringify({ phone: '13800000099', reason }),
    });
    const { owner } = (await res.json()) as { owner: { phone: string; masked: boolean } };
    assert.deepEqual([owner.phone, owner.masked], ['13800000099', false]);
    const [entry] = await platform.audit.search({ action: 'owner.lookup', actorId: ids.get('police'), limit: 1 });
    assert.equal(entry?.reason, reason);
  });
});

describe('API tokens', () => {
  it('act only within their scopes, and stop at once when revoked', async () => {
    const created = await adminFetch(platform.baseUrl, '/api/v1/tokens', { method: 'POST', body: JSON.stringify({ name: 'map integration', scopes: ['devices'] }) });
    assert.equal(created.status, 201);
    const { token, info } = (await created.json()) as { token: string; info: { id: string } };
    const as = (path: string) => fetch(`${platform.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal((await as('/api/v1/devices')).status, 200);
    const refused = await as('/api/v1/audit');
    assert.equal(refused.status, 403);
    assert.equal(((await refused.json()) as { code: string }).code, 'TOKEN_SCOPE');
    assert.equal((await adminFetch(platform.baseUrl, `/api/v1/tokens/${info.id}`, { method: 'DELETE' })).status, 200);
    assert.equal((await as('/api/v1/devices')).status, 401);
    const listed = (await (await adminFetch(platform.baseUrl, '/api/v1/tokens')).json()) as { tokens: Record<string, unknown>[] };
    assert.doesNotMatch(JSON.stringify(listed), new RegExp(token.slice(-20)), 'a token is shown once, never listed');
  });

  it('a malformed or unknown bearer is refused like no credentials', async () => {
    for (const bearer of ['nonsense', 'wpt_000000000000_' + 'A'.repeat(43)]) {
      const res = await fetch(`${platform.baseUrl}/api/v1/devices`, { headers: { authorization: `Bearer ${bearer}` } });
      assert.equal(res.status, 401);
    }
  });
});

describe('OpenAPI', () => {
  it('documents every /api/v1 operation with the roles that may call it', async () => {
    const doc = (await (await fetch(`${platform.baseUrl}/api/docs/json`)).json()) as { paths: Record<string, Record<string, { 'x-roles'?: unknown }>> };
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method, roles: op['x-roles'] })));
    assert.ok(operations.length >= 25);
    for (const op of operations.filter((o) => o.path.startsWith('/api/v1'))) assert.ok(op.roles, `${op.method} ${op.path} has x-roles`);
    assert.deepEqual(doc.paths['/api/v1/audit']!.get!['x-roles'], ['admin']);
    assert.equal(doc.paths['/api/v1/auth/login']!.post!['x-roles'], 'everyone');
  });

  it('x-roles of every operation are exactly the roles the route × role test found admitted', async () => {
    const doc = (await (await fetch(`${platform.baseUrl}/api/docs/json`)).json()) as { paths: Record<string, Record<string, { 'x-roles'?: Role[] | 'everyone' | 'signed-in' }>> };
    const mismatches: string[] = [];
    let compared = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const key = `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`;
        const found = admitted.get(key);
        if (!found) {
          if (ROUTES[key]) mismatches.push(`${key}: not run by the route × role test`);
          continue;
        }
        const roles = op['x-roles'];
        const declared = new Set<Who>(roles === 'everyone' ? EVERYONE : roles === 'signed-in' ? SIGNED_IN : (roles ?? []));
        const expected = [...found].sort().join(',');
        if ([...declared].sort().join(',') !== expected) mismatches.push(`${key}: x-roles ${JSON.stringify(roles)}, admitted ${expected}`);
        compared++;
      }
    }
    assert.ok(compared >= 25, `compared ${compared} operations`);
    assert.deepEqual(mismatches, []);
  });
});
