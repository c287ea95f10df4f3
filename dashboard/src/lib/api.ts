/**
 * Everything the dashboard asks the platform, in one place. Paths are absolute
 * (`/api/v1/...`): the platform, the dashboard server and the vite dev server all
 * serve the API beside the page.
 */
import type {
  ApiToken,
  AuditChainCheck,
  AuditEntry,
  CreatedToken,
  Device,
  LiveEvent,
  MapConfig,
  NewDevice,
  NewOwner,
  NewStaff,
  NewToken,
  Owner,
  OverlayLayer,
  RegisteredDevice,
  SignedIn,
  Staff,
} from './types.js';

const API = '/api/v1';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** How long to wait before trying again (429: Retry-After, else the seconds the sentence names). */
    readonly retryAfterS: number | null = null,
  ) {
    super(message);
  }
}

/** The seconds of a Retry-After header, or the first "N s" in the platform's sentence ("try again in 56 s"). */
function retryAfter(header: string | null, sentence: string | undefined): number | null {
  const seconds = header !== null ? Number(header) : Number(sentence?.match(/(\d+) s\b/)?.[1]);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}

/**
 * What requests need from the session (session.svelte.ts plugs itself in here,
 * so this module does not depend on it): the CSRF token for changes, and who to
 * tell when the platform says we are no longer signed in.
 */
export interface SessionHooks {
  csrfToken(): string | null;
  /** A request got 401 AUTH_REQUIRED: the session expired or was ended elsewhere. */
  lost(): void;
  /**
   * The CSRF token was refused: the cookie belongs to another session than the
   * token (another tab signed in again), or to a live session this page took for
   * signed out (the platform checks the token even on the sign-in routes then).
   * Fetch the current one.
   */
  refresh(): Promise<void>;
}

let hooks: SessionHooks = { csrfToken: () => null, lost: () => {}, refresh: async () => {} };

export function connectSession(session: SessionHooks): void {
  hooks = session;
}

export async function request<T>(method: string, path: string, options: { body?: unknown; signal?: AbortSignal; retried?: boolean } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const csrf = hooks.csrfToken();
  if (csrf && UNSAFE.has(method)) headers['x-csrf-token'] = csrf;
  const res = await fetch(`${API}${path}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body), signal: options.signal });
  if (res.ok) return (await res.json()) as T;
  const body = (await res.json().catch(() => null)) as { code?: string; message?: string } | null;
  const retry = res.status === 429 ? retryAfter(res.headers.get('retry-after'), body?.message) : null;
  const err = new ApiError(res.status, body?.code ?? `HTTP_${res.status}`, body?.message ?? `${path}: HTTP ${res.status}`, retry);
  // AUTH_REQUIRED only: a wrong password or code (AUTH_FAILED) is the sign-in form's business.
  if (err.status === 401 && err.code === 'AUTH_REQUIRED') hooks.lost();
  if (err.code === 'CSRF_TOKEN_INVALID' && !options.retried) {
    await hooks.refresh();
    return request<T>(method, path, { ...options, retried: true });
  }
  throw err;
}

function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return request<T>('GET', path, { signal });
}

// --- signing in and out ------------------------------------------------------

export function getMe(): Promise<SignedIn> {
  return getJson<SignedIn>('/auth/me');
}

export function signInWithPassword(username: string, password: string): Promise<SignedIn> {
  return request<SignedIn>('POST', '/auth/login', { body: { username, password } });
}

/** Asks for a sign-in code by SMS; the answer is the same whether or not the phone is registered. */
export function sendSignInCode(phone: string): Promise<{ sent: boolean; validForS: number }> {
  return request('POST', '/auth/code', { body: { phone } });
}

export function signInWithCode(phone: string, code: string): Promise<SignedIn> {
  return request<SignedIn>('POST', '/auth/code/verify', { body: { phone, code } });
}

/** The language the signed-in person reads the dashboard and their text messages in. */
export async function saveMyLocale(locale: 'zh-CN' | 'en'): Promise<void> {
  await request('PATCH', '/auth/me', { body: { locale } });
}

export async function signOut(): Promise<void> {
  await request('POST', '/auth/logout');
}

/** Staff only (owners have no password). The user's other sessions end; this one continues. */
export async function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  await request('POST', '/auth/password', { body: { currentPassword, newPassword } });
}

// --- people, API tokens and the audit trail ----------------------------------

/** An owner's own record: GET /owners answers an owner with only themselves. */
export async function getOwnOwnerRecord(signal?: AbortSignal): Promise<Owner | null> {
  return (await getJson<{ owners: Owner[] }>('/owners', signal)).owners[0] ?? null;
}

/** Owners, masked for administrators; a full page may mean there are more (`offset`). */
export async function listOwners(offset: number, limit: number, signal?: AbortSignal): Promise<Owner[]> {
  return (await getJson<{ owners: Owner[] }>(`/owners?limit=${limit}&offset=${offset}`, signal)).owners;
}

/** At a registration point (police, administrators): answers the new owner in full. 409 USER_EXISTS when the phone is registered. */
export async function registerOwner(owner: NewOwner): Promise<Owner> {
  return (await request<{ owner: Owner }>('POST', '/owners', { body: owner })).owner;
}

export async function listStaff(limit: number, signal?: AbortSignal): Promise<Staff[]> {
  return (await getJson<{ users: Staff[] }>(`/users?limit=${limit}`, signal)).users;
}

/** 409 USER_EXISTS (user name or phone taken), 400 UNKNOWN_REFERENCE (no such unit or jurisdiction). */
export async function createStaff(user: NewStaff): Promise<Staff> {
  return (await request<{ user: Staff }>('POST', '/users', { body: user })).user;
}

/** Disabling ends the account's sessions at once; 409 SELF_DISABLE for one's own account. */
export async function setStaffDisabled(id: string, disabled: boolean): Promise<Staff> {
  return (await request<{ user: Staff }>('PATCH', `/users/${encodeURIComponent(id)}`, { body: { disabled } })).user;
}

export async function listTokens(signal?: AbortSignal): Promise<ApiToken[]> {
  return (await getJson<{ tokens: ApiToken[] }>('/tokens', signal)).tokens;
}

export function createToken(token: NewToken): Promise<CreatedToken> {
  return request<CreatedToken>('POST', '/tokens', { body: token });
}

export async function revokeToken(id: string): Promise<void> {
  await request('DELETE', `/tokens/${encodeURIComponent(id)}`);
}

export async function searchAudit(query: URLSearchParams, signal?: AbortSignal): Promise<AuditEntry[]> {
  return (await getJson<{ entries: AuditEntry[] }>(`/audit?${query}`, signal)).entries;
}

export function verifyAuditChain(signal?: AbortSignal): Promise<AuditChainCheck> {
  return getJson<AuditChainCheck>('/audit/verify', signal);
}

// --- devices and the map ------------------------------------------------------

/** 409 DEVICE_ID_TAKEN when the serial is registered already; the secret in the answer is never shown again. */
export function registerDevice(device: NewDevice): Promise<RegisteredDevice> {
  return request<RegisteredDevice>('POST', '/devices', { body: device });
}

/**
 * Places a device where it is mounted (WGS-84), optionally renaming it; installers and
 * administrators. The live feed then shows it there. 404 DEVICE_NOT_FOUND outside one's reach.
 */
export async function placeDevice(id: string, place: { lat: number; lon: number; name?: string }): Promise<Device> {
  return (await request<{ device: Device }>('PATCH', `/devices/${encodeURIComponent(id)}`, { body: place })).device;
}

export function getMapConfig(signal?: AbortSignal): Promise<MapConfig> {
  return getJson<MapConfig>('/map/config', signal);
}

export async function getOverlayLayers(signal?: AbortSignal): Promise<OverlayLayer[]> {
  return (await getJson<{ layers: OverlayLayer[] }>('/map/layers', signal)).layers;
}

export type LiveStatus = 'connecting' | 'connected' | 'reconnecting';

export interface LiveHandlers {
  snapshot(devices: Device[]): void;
  changes(events: LiveEvent[]): void;
  status(status: LiveStatus): void;
}

const RETRY_MIN_MS = 1_000;
const RETRY_MAX_MS = 30_000;

/**
 * Follows GET /api/v1/live until the returned function is called. EventSource
 * retries a dropped stream by itself (and each reconnection starts with a fresh
 * snapshot), but gives up for good on an HTTP error such as a 502 from a proxy
 * while the platform restarts: then we open a new one, backing off to 30 s.
 * An EventSource never tells which status it got, so a give-up also asks
 * /auth/me: if the session has ended, that 401 sends the user to sign in.
 */
export function followLiveFeed(handlers: LiveHandlers): () => void {
  let source: EventSource | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let retryMs = RETRY_MIN_MS;
  let stopped = false;

  const open = () => {
    handlers.status(source ? 'reconnecting' : 'connecting');
    const es = new EventSource(`${API}/live`);
    source = es;
    es.addEventListener('snapshot', (e) => {
      retryMs = RETRY_MIN_MS;
      handlers.snapshot((JSON.parse((e as MessageEvent<string>).data) as { devices: Device[] }).devices);
      handlers.status('connected');
    });
    es.addEventListener('changes', (e) => handlers.changes(JSON.parse((e as MessageEvent<string>).data) as LiveEvent[]));
    es.addEventListener('error', () => {
      if (stopped) return;
      handlers.status('reconnecting');
      if (es.readyState !== EventSource.CLOSED) return; // the browser retries on its own
      es.close();
      getMe().catch(() => undefined); // its 401, if any, is handled by the session
      retryTimer = setTimeout(open, retryMs);
      retryMs = Math.min(retryMs * 2, RETRY_MAX_MS);
    });
  };
  open();

  return () => {
    stopped = true;
    clearTimeout(retryTimer);
    source?.close();
  };
}
