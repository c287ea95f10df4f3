/**
 * For the bikes home's HTTP tests (a file of test support: not imported by
 * the platform): a county with two police areas, people of every role with
 * API tokens, and fetch as each of them.
 */
import { createApiToken } from '../access/credentials-store.js';
import { insertUser } from '../access/people-store.js';
import type { Role } from '../access/policy/index.js';
import { adminFetch, type TestPlatform } from '../../test-support.js';
import { EAST, WEST } from './test-support.js';

export interface Person {
  id: string;
  token: string;
  phone: string | null;
}

export async function putCountyOverHttp(platform: TestPlatform): Promise<void> {
  for (const [id, body] of [
    ['county', { name: 'County', kind: 'county' }],
    ['west', { name: 'West', kind: 'police_area', parentId: 'county', boundary: WEST }],
    ['east', { name: 'East', kind: 'police_area', parentId: 'county', boundary: EAST }],
  ] as const) {
    const res = await adminFetch(platform.baseUrl, `/api/v1/jurisdictions/${id}`, { method: 'PUT', body: JSON.stringify(body) });
    if (res.status !== 200) throw new Error(`jurisdiction ${id}: ${res.status} ${await res.text()}`);
  }
}

let n = 0;
export async function person(platform: TestPlatform, role: Role, jurisdictions: string[] = [], phone: string | null = null): Promise<Person> {
  n++;
  const ownPhone = role === 'owner' ? (phone ?? `137${String(Date.now() % 1e5).padStart(5, '0')}${String(n).padStart(3, '0')}`) : phone;
  const id = await insertUser(platform.db, {
    username: role === 'owner' ? null : `${role}-${n}-${Math.random().toString(36).slice(2, 8)}`,
    displayName: role === 'owner' ? `车主${n}` : `${role} ${n}`,
    role,
    phone: ownPhone,
    passwordHash: null,
    createdBy: null,
    jurisdictions: role === 'owner' ? [] : jurisdictions,
  });
  return { id, token: (await createApiToken(platform.db, id, `${role} ${n}`, ['*'], null)).token, phone: ownPhone };
}

/** fetch as a person (Bearer token); a JSON body is sent as JSON. */
export function as(platform: TestPlatform, who: Person, path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Response> {
  const raw = init.body instanceof Uint8Array || typeof init.body === 'string';
  return fetch(`${platform.baseUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${who.token}`, ...(init.body !== undefined && !raw ? { 'content-type': 'application/json' } : {}), ...init.headers },
    body: init.body === undefined ? undefined : raw ? (init.body as string | Uint8Array) : JSON.stringify(init.body),
  });
}

export async function json<T = Record<string, unknown>>(res: Response): Promise<T> {
  return (await res.json()) as T;
}
