/**
 * What the county run asks of the platform beyond the demo fleet's calls:
 * jurisdictions (PUT /api/v1/jurisdictions/:id, name/kind/parentId; the API
 * takes no boundaries yet, so the polygons travel in the map layer), and
 * registration of many devices a few at a time.
 */
import type { ApiClient, ApiCredentials, DeviceKind, Registered } from '../api.js';
import type { Jurisdiction } from './jurisdictions.js';

export class CountyPlatformApi {
  private headers: Promise<Record<string, string>> | null = null;

  constructor(
    readonly api: ApiClient,
    private readonly credentials: ApiCredentials,
  ) {}

  /** Parents before children: the platform checks that a parent exists. */
  async putJurisdictions(list: readonly Jurisdiction[]): Promise<void> {
    const order = { county: 0, town: 1, police_area: 2 };
    for (const j of [...list].sort((a, b) => order[a.kind] - order[b.kind])) {
      // A top-level one is sent without parentId: the API coerces an explicit null to "" today (a foreign-key 500).
      await this.request('PUT', `/api/v1/jurisdictions/${j.id}`, { name: `${j.nameZh} ${j.nameEn}`, kind: j.kind, ...(j.parentId ? { parentId: j.parentId } : {}) });
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

  private async request(method: string, path: string, body: unknown): Promise<void> {
    const res = await fetch(`${this.api.baseUrl}${path}`, { method, headers: { ...(await this.auth()), 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
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
