/**
 * The platform API as the dashboard sees it. These mirror broker/src/http/schemas.ts
 * and broker/src/http/live-feed.ts (the OpenAPI document at /api/docs is the reference).
 */
import type { FeatureCollection } from 'geojson';

export const DEVICE_KINDS = ['pillar', 'station', 'tag'] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];

export const PRESENCES = ['online', 'offline', 'never_seen'] as const;
export type Presence = (typeof PRESENCES)[number];

/** A device with its presence. Coordinates are WGS-84 as registered: never shifted (no GCJ-02). */
export interface Device {
  id: string;
  kind: DeviceKind;
  name: string;
  lat: number | null;
  lon: number | null;
  registeredAt: string;
  lastSeenAt: string | null;
  presence: Presence;
  presenceSince: string | null;
  heartbeatIntervalS: number;
  offlineAfterS: number;
}

/** What a registration sends (POST /api/v1/devices); the platform generates the id when absent. */
export interface NewDevice {
  kind: DeviceKind;
  id?: string;
  name?: string;
  lat?: number;
  lon?: number;
}

/** How a device connects (broker/src/http/schemas/devices.ts ConnectionInfo). */
export interface ConnectionInfo {
  mqtt: { port: number; clientId: string; username: string; uplinkTopic: string; downlinkTopic: string };
  coap: { port: number; path: string };
}

/** POST /api/v1/devices answers the device's secret this once: the platform keeps only what checks it. */
export interface RegisteredDevice {
  device: Device;
  secret: string;
  connect: ConnectionInfo;
}

/** One entry of a `changes` batch on GET /api/v1/live. */
export type LiveEvent = { type: 'device'; device: Device } | { type: 'presence'; id: string; presence: 'online' | 'offline'; at: string; lastSeenAt: string | null; reason: string };

/**
 * A basemap the platform offers (MAP_BASEMAPS; broker/src/http/schemas/devices.ts Basemap):
 * one of offline, styleUrl, pmtilesUrl, tiles, tianditu, amap, and the datum its tiles are in.
 */
export interface BasemapConfig {
  id: string;
  title?: string;
  coordinateSystem?: 'wgs84' | 'gcj02';
  offline?: boolean;
  styleUrl?: string;
  pmtilesUrl?: string;
  tiles?: string[];
  tianditu?: { key: string; layer?: 'vec' | 'img' | 'ter' };
  amap?: { style?: 'road' | 'satellite' };
  attribution?: string;
  maxZoom?: number;
}

export interface MapConfig {
  /** A MapLibre style URL, or null; older platforms' only basemap setting. */
  styleUrl: string | null;
  center: [lon: number, lat: number];
  zoom: number;
  /** The basemaps to offer; absent or empty: styleUrl (if any) and the offline basemap. */
  basemaps?: BasemapConfig[];
  /** The zone the platform's times are read in (IANA, e.g. 'Asia/Shanghai'); older platforms do not say. */
  timeZone?: string;
}

export interface OverlayLayer {
  name: string;
  title: string;
  geojson: FeatureCollection;
  updatedAt: string;
}

export type PresenceCounts = Record<Presence, number>;

// --- People and access: these mirror broker/src/http/schemas/people.ts. ---

export const ROLES = ['admin', 'operator', 'police', 'installer', 'owner'] as const;
export type Role = (typeof ROLES)[number];
export const STAFF_ROLES = ['admin', 'operator', 'police', 'installer'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** The signed-in user (GET /api/v1/auth/me). */
export interface Me {
  id: string;
  username: string | null;
  displayName: string;
  role: Role;
  unitId: string | null;
  jurisdictions: string[];
  phone: string | null;
  isDemo: boolean;
  /** The hash route this role starts on, e.g. '#/map'. */
  landing: string;
  /** The language the user chose, once the platform keeps it ('zh-CN', 'en'); until then the browser remembers. */
  locale?: string | null;
  /** The platform's time zone, once it tells everyone (owners cannot read the map configuration). */
  timeZone?: string;
}

/** What a sign-in answers; the session cookie itself is HttpOnly and never seen here. */
export interface SignedIn {
  user: Me;
  /** Sent back as X-CSRF-Token with every change; null for API-token callers. */
  csrfToken: string | null;
}

/** A resident's record; an owner reading their own gets it unmasked. */
export interface Owner {
  id: string;
  displayName: string;
  phone: string;
  idNumber: string | null;
  createdAt: string;
  masked: boolean;
}

export interface NewOwner {
  displayName: string;
  phone: string;
  idNumber?: string;
  /** Send the owner an SMS saying how to sign in. */
  invite?: boolean;
}

/** A staff account as administrators see it (GET /api/v1/users); the phone is masked. */
export interface Staff {
  id: string;
  username: string;
  displayName: string;
  role: StaffRole;
  unitId: string | null;
  jurisdictions: string[];
  phone: string | null;
  isDemo: boolean;
  disabled: boolean;
  createdAt: string;
}

export interface NewStaff {
  username: string;
  displayName: string;
  role: StaffRole;
  password: string;
  unitId?: string;
  jurisdictions?: string[];
  phone?: string;
}

/** API-token scopes (broker/src/access/policy.ts SCOPES): a token acts within these, and no further than its role. */
export const TOKEN_SCOPES = ['devices', 'people', 'organisation', 'map', 'audit', 'metrics', 'bikes', 'cases', 'alarms'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** personal: acts for its creator; service: a service account of its own (svc-<id>), no wider than its creator. */
export type TokenKind = 'personal' | 'service';

/** An API token as listed (GET /api/v1/tokens): never its secret. */
export interface ApiToken {
  id: string;
  name: string;
  kind: TokenKind;
  /** The role it acts with: its creator's (personal), its own (service). */
  role: Role;
  /** Whom the audit trail names when it acts: its creator, or its service account. */
  actorId: string;
  createdBy: string;
  createdByName: string;
  scopes: string[];
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

/** A token is always its creator's: there is no field naming another account. */
export interface NewToken {
  name: string;
  kind?: TokenKind;
  /** A service token's role (the creator's when absent). */
  role?: StaffRole;
  scopes: TokenScope[];
  expiresInDays?: number;
}

/** POST /api/v1/tokens: the token (wpt_<id>_<secret>) is shown this once. */
export interface CreatedToken {
  token: string;
  info: ApiToken;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actorId: string | null;
  actorRole: string | null;
  actorName: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  reason: string | null;
  detail: Record<string, unknown>;
  ip: string | null;
  hash: string;
}

/** One entry of the audit trail that does not hold, and why. */
export interface AuditChainProblem {
  seq: number;
  code: string;
  message: string;
}

/** GET /api/v1/audit/verify: whether the hash chain of the audit trail is unbroken; every entry that is not. */
export interface AuditChainCheck {
  intact: boolean;
  checked: number;
  lastHash?: string | null;
  /** Entries from before the chain was keyed. */
  unkeyed?: number;
  problems?: AuditChainProblem[];
  problemCount?: number;
  /** The first problem. */
  brokenAt?: number;
  problem?: string;
}
