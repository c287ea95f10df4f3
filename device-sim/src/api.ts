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

export class ApiClient {
  constructor(readonly baseUrl: string) {}

  private async request(method: string, path: string, body?: unknown): Promise<Response> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
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
