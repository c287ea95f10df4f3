/** The few platform API calls the simulator makes, as an installer's tool would. */
export type DeviceKind = 'pillar' | 'station' | 'tag';

export interface Registered {
  id: string;
  kind: DeviceKind;
  secret: string;
  lat: number;
  lon: number;
  name: string;
}

/** How the simulator signs in: an API token (scope devices, map), or a user name and password. */
export type ApiCredentials = { token: string } | { username: string; password: string };

export class ApiClient {
  private auth: Promise<Record<string, string>> | null = null;

  constructor(
    readonly baseUrl: string,
    private readonly credentials: ApiCredentials,
  ) {}

  /** The headers that authenticate: the bearer token, or the session cookie and CSRF token of a sign-in. */
  private authHeaders(): Promise<Record<string, string>> {
    const c = this.credentials;
    if ('token' in c) return Promise.resolve({ authorization: `Bearer ${c.token}` });
    this.auth ??= (async () => {
      const res = await fetch(`${this.baseUrl}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: c.username, password: c.password }),
      });
      if (!res.ok) throw new Error(`sign-in as ${c.username} failed: ${res.status} ${await res.text()}`);
      const { csrfToken } = (await res.json()) as { csrfToken: string };
      const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
      return { cookie, 'x-csrf-token': csrfToken };
    })();
    this.auth.catch(() => (this.auth = null));
    return this.auth;
  }

  private async request(method: string, path: string, body?: unknown): Promise<Response> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { ...(await this.authHeaders()), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res;
  }

  async register(kind: DeviceKind, name: string, lat: number, lon: number): Promise<Registered> {
    const res = await this.request('POST', '/api/v1/devices', { kind, name, lat, lon });
    const json = (await res.json()) as { device: { id: string }; secret: string };
    return { id: json.device.id, kind, secret: json.secret, lat, lon, name };
  }

  async putLayer(name: string, title: string, geojson: GeoJSON.FeatureCollection): Promise<void> {
    await this.request('PUT', `/api/v1/map/layers/${name}`, { title, geojson });
  }

  async knownDeviceIds(): Promise<Set<string>> {
    const res = await this.request('GET', '/api/v1/devices');
    const json = (await res.json()) as { devices: { id: string }[] };
    return new Set(json.devices.map((d) => d.id));
  }
}
