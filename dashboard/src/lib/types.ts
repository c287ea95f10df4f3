/**
 * The platform API as the dashboard sees it, derived from the types generated
 * from the platform's OpenAPI document (./generated/api-types.ts; `npm run
 * generate:api-types` rewrites it, and npm test fails while it is behind). The
 * names here are the ones the components use; only what the document cannot
 * say (the live feed's events, GeoJSON) is written out by hand.
 */
import type { FeatureCollection } from 'geojson';
import type { components, paths } from './generated/api-types.js';

type Schemas = components['schemas'];
type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';

/** The JSON body a route answers with `status`. */
type Answer<P extends keyof paths, M extends Method, S extends number = 200> = paths[P][M] extends { responses: { [K in S]: { content: { 'application/json': infer T } } } } ? T : never;
/** The JSON body a route takes. */
type Body<P extends keyof paths, M extends Method> = paths[P][M] extends { requestBody?: { content: { 'application/json': infer T } } } ? T : never;

/** A list of every member of a union, checked: a member the platform adds and the list lacks fails the typecheck. */
const everyOf =
  <T extends string>() =>
  <const L extends readonly T[]>(list: L & ([T] extends [L[number]] ? unknown : { missing: Exclude<T, L[number]> })): L =>
    list;

/** A device with its presence. Coordinates are WGS-84 as registered: never shifted (no GCJ-02). */
export type Device = Schemas['Device'];

export type DeviceKind = Device['kind'];
export const DEVICE_KINDS = everyOf<DeviceKind>()(['pillar', 'station', 'tag']);

export type Presence = Device['presence'];
export const PRESENCES = everyOf<Presence>()(['online', 'offline', 'never_seen']);

/** What a registration sends (POST /api/v1/devices); the platform generates the id when absent. */
export type NewDevice = Body<'/api/v1/devices', 'post'>;

/** POST /api/v1/devices answers the device's secret this once: the platform keeps only what checks it. */
export type RegisteredDevice = Answer<'/api/v1/devices', 'post', 201>;

/** How a device connects. */
export type ConnectionInfo = RegisteredDevice['connect'];

/**
 * One entry of a `changes` batch on GET /api/v1/live (an event stream the document does not
 * describe; the platform's devices home writes these as the `live` part of its notifications).
 */
export type LiveEvent = { type: 'device'; device: Device } | { type: 'presence'; id: string; presence: 'online' | 'offline'; at: string; lastSeenAt: string | null; reason: string };

export type MapConfig = Answer<'/api/v1/map/config', 'get'>;

/** A basemap the platform offers (MAP_BASEMAPS): one of offline, styleUrl, pmtilesUrl, tiles, tianditu, amap, and the datum its tiles are in. */
export type BasemapConfig = MapConfig['basemaps'][number];

/** An overlay layer; its GeoJSON, which the document leaves open, is a FeatureCollection. */
export type OverlayLayer = Omit<Answer<'/api/v1/map/layers', 'get'>['layers'][number], 'geojson'> & { geojson: FeatureCollection };

export type PresenceCounts = Record<Presence, number>;

// --- People and access ---

/** The signed-in user (GET /api/v1/auth/me). */
export type Me = Schemas['Me'];

export type Role = Me['role'];
export const ROLES = everyOf<Role>()(['admin', 'operator', 'police', 'installer', 'owner']);

/** What a sign-in answers; the session cookie itself is HttpOnly and never seen here. */
export type SignedIn = Answer<'/api/v1/auth/login', 'post'>;

/** A resident's record; an owner reading their own gets it unmasked. */
export type Owner = Answer<'/api/v1/owners/{id}', 'get'>['owner'];

export type NewOwner = Body<'/api/v1/owners', 'post'>;

/** A staff account as administrators see it (GET /api/v1/users); the phone is masked. */
export type Staff = Answer<'/api/v1/users', 'get'>['users'][number];

export type StaffRole = Staff['role'];
export const STAFF_ROLES = everyOf<StaffRole>()(['admin', 'operator', 'police', 'installer']);

export type NewStaff = Body<'/api/v1/users', 'post'>;

/** A token is always its creator's: there is no field naming another account. */
export type NewToken = Body<'/api/v1/tokens', 'post'>;

/** API-token scopes: a token acts within these, and no further than its role. */
export type TokenScope = NewToken['scopes'][number];
export const TOKEN_SCOPES = everyOf<TokenScope>()(['devices', 'people', 'organisation', 'map', 'audit', 'metrics', 'notifications', 'bikes', 'cases', 'alarms']);

/** An API token as listed (GET /api/v1/tokens): never its secret. */
export type ApiToken = Answer<'/api/v1/tokens', 'get'>['tokens'][number];

/** personal: acts for its creator; service: a service account of its own (svc-<id>), no wider than its creator. */
export type TokenKind = ApiToken['kind'];

/** POST /api/v1/tokens: the token (wpt_<id>_<secret>) is shown this once. */
export type CreatedToken = Answer<'/api/v1/tokens', 'post', 201>;

export type AuditEntry = Answer<'/api/v1/audit', 'get'>['entries'][number];

/** GET /api/v1/audit/verify: whether the hash chain of the audit trail is unbroken; every entry that is not. */
export type AuditChainCheck = Answer<'/api/v1/audit/verify', 'get'>;

/** One entry of the audit trail that does not hold, and why. */
export type AuditChainProblem = AuditChainCheck['problems'][number];
