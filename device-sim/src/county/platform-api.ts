/**
 * What the county run asks of the platform beyond the demo fleet's calls:
 * jurisdictions (PUT /api/v1/jurisdictions/:id, name/kind/parentId; the API
 * takes no boundaries yet, so the polygons travel in the map layer), and
 * registration of many devices a few at a time.
 */
import type { ApiClient, ApiCredentials, DeviceKind, Registered } from '../api.js';
import type { Pt } from './geo.js';
import type { Jurisdiction } from './jurisdictions.js';

const closed = (ring: Pt[]): Pt[] => (ring.length > 0 && (ring[0]![0] !== ring.at(-1)![0] || ring[0]![1] !== ring.at(-1)![1]) ? [...ring, ring[0]!] : ring);

export class CountyPlatformApi {
  private headers: Promise<Record<string, string>> | null = null;

  constructor(
    readonly api: ApiClient,
    private readonly credentials: ApiCredentials,
  ) {}

  /** Parents before children: the platform checks that a parent exists. With `toLonLat`, each with its boundary (pillars and stations are placed in them). */
  async putJurisdictions(list: readonly Jurisdiction[], toLonLat?: (p: Pt) => Pt): Promise<void> {
    const order = { county: 0, town: 1, police_area: 2 };
    for (const j of [...list].sort((a, b) => order[a.kind] - order[b.kind])) {
      // A top-level one is sent without parentId: the API coerces an explicit null to "" today (a foreign-key 500).
      const boundary = toLonLat ? { type: 'Polygon', coordinates: [closed(j.ring.map(toLonLat))] } : undefined;
      await this.request('PUT', `/api/v1/jurisdictions/${j.id}`, { name: `${j.nameZh} ${j.nameEn}`, kind: j.kind, ...(j.parentId ? { parentId: j.parentId } : {}), ...(boundary ? { boundary } : {}) });
    }
  }

  /** Registers devices `parallel` at a time; results in the order asked. */
  async registerAll(items: readonly { kind: DeviceKind; name: string; lat: number; lon: number }[], parallel = 8): Promise<Registered[]> {
    const out: Registered[] = new Array(items.length);
    let next = 0;
    await Promise.all(
      Array.from({ length: parallel }, async () => {
        while (next < items.length) {
          const i = next++;
          const d = items[i]!;
          out[i] = await this.api.register(d.kind, d.name, d.lat, d.lon);
        }
      }),
    );
    return out;
  }

  /** A call as the simulator's user; statuses in `accept` (besides 2xx) are answered, not thrown. */
  async call<T = Record<string, unknown>>(method: string, path: string, body?: unknown, accept: readonly number[] = []): Promise<{ status: number; json: T }> {
    const res = await fetch(`${this.api.baseUrl}${path}`, {
      method,
      headers: { ...(await this.auth()), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok && !accept.includes(res.status)) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return { status: res.status, json: (text ? JSON.parse(text) : {}) as T };
  }

  private async request(method: string, path: string, body: unknown): Promise<void> {
    await this.call(method, path, body);
  }

  private auth(): Promise<Record<string, string>> {
    const c = this.credentials;
    if ('token' in c) return Promise.resolve({ authorization: `Bearer ${c.token}` });
    this.headers ??= (async () => {
      const res = await fetch(`${this.api.baseUrl}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: c.username, password: c.password }),
      });
      if (!res.ok) throw new Error(`sign-in as ${c.username} failed: ${res.status} ${await res.text()}`);
      const { csrfToken } = (await res.json()) as { csrfToken: string };
      return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]!, 'x-csrf-token': csrfToken };
    })();
    this.headers.catch(() => (this.headers = null));
    return this.headers;
  }
}
