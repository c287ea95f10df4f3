// Placing a device (PATCH /api/v1/devices/:id) and the map configuration's basemaps, over a real
// socket: the table and the registry change together, the audit trail says who moved it from
// where, the live feed shows it at its new place, and bad input is refused with a sentence.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApiToken } from '../domains/access/credentials-store.js';
import { insertUser } from '../domains/access/people-store.js';
import { ConfigError, loadConfig } from '../kernel/config.js';
import { adminFetch, registerDevice, startTestPlatform, type TestPlatform } from '../test-support.js';

const BASEMAPS = [
  { id: 'tianditu', title: '天地图', tianditu: { key: 'test-tk' } },
  { id: 'gaode', title: '高德地图', amap: {} },
  { id: 'county', title: 'County PMTiles', pmtilesUrl: 'https://tiles.example.cn/xuyi.pmtiles' },
  { id: 'offline', offline: true },
];

let platform: TestPlatform;
before(async () => {
  platform = await startTestPlatform({ mapBasemaps: loadConfig({ MAP_BASEMAPS: JSON.stringify(BASEMAPS) }).mapBasemaps });
});
after(() => platform.dispose());

const patch = (id: string, body: unknown, headers: Record<string, string> = {}) => adminFetch(platform.baseUrl, `/api/v1/devices/${id}`, { method: 'PATCH', body: JSON.stringify(body), headers });

/** The next `changes` batch of the live feed that mentions `id`, within 3 s. */
async function nextChangeOf(id: string, act: () => Promise<unknown>): Promise<Record<string, unknown>> {
  const controller = new AbortController();
  const res = await adminFetch(platform.baseUrl, '/api/v1/live', { signal: controller.signal });
  const timer = setTimeout(() => controller.abort(), 3_000);
  const decoder = new TextDecoder();
  let buffer = '';
  let acted = false;
  try {
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (event === 'snapshot' && !acted) {
          acted = true;
          await act();
        }
        if (event !== 'changes' || !data) continue;
        const found = (JSON.parse(data) as { type: string; device?: { id: string } }[]).find((e) => e.device?.id === id);
        if (found) return found as Record<string, unknown>;
      }
    }
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  throw new Error(`no live change of ${id} within 3 s`);
}

describe('PATCH /api/v1/devices/:id', () => {
  it('places a device without a position: table, registry, audit trail and live feed agree', async () => {
    const station = await registerDevice(platform.baseUrl, { kind: 'station', name: '城南基站' });
    let answer: Response | undefined;
    const change = await nextChangeOf(station.id, async () => {
      answer = await patch(station.id, { lat: 32.981234, lon: 118.512345, name: ' 城南基站（已安装） ' });
    });
    assert.equal(answer!.status, 200);
    const { device } = (await answer!.json()) as { device: { lat: number; lon: number; name: string; presence: string } };
    assert.deepEqual([device.lat, device.lon, device.name, device.presence], [32.981234, 118.512345, '城南基站（已安装）', 'never_seen']);
    assert.deepEqual(change, { type: 'device', device: { ...(change.device as object), lat: 32.981234, lon: 118.512345 } });

    const { rows } = await platform.db.query<{ lat: number; lon: number; name: string }>('SELECT lat, lon, name FROM devices WHERE id = $1', [station.id]);
    assert.deepEqual(rows[0], { lat: 32.981234, lon: 118.512345, name: '城南基站（已安装）' });
    assert.equal(platform.homes.devices.registry.get(station.id)?.lat, 32.981234);

    const [entry] = await platform.audit.search({ action: 'device.move', subjectId: station.id, limit: 1 });
    assert.deepEqual(entry?.detail, { fromLat: null, fromLon: null, lat: 32.981234, lon: 118.512345, name: '城南基站（已安装）', fromJurisdictions: '', placement: 'outside' });
  });

  it('moves a placed device and keeps its name when none is given', async () => {
    const pillar = await registerDevice(platform.baseUrl, { kind: 'pillar', name: 'Market', lat: 33, lon: 118.5 });
    const res = await patch(pillar.id, { lat: 33.0001, lon: 118.5002 });
    assert.equal(res.status, 200);
    const { device } = (await res.json()) as { device: { lat: number; lon: number; name: string } };
    assert.deepEqual([device.lat, device.lon, device.name], [33.0001, 118.5002, 'Market']);
    const [entry] = await platform.audit.search({ action: 'device.move', subjectId: pillar.id, limit: 1 });
    assert.deepEqual(entry?.detail, { fromLat: 33, fromLon: 118.5, lat: 33.0001, lon: 118.5002, fromJurisdictions: '', placement: 'outside' });
  });

  it('refuses bad positions with a code and a sentence naming the field, and an unknown device with 404', async () => {
    const station = await registerDevice(platform.baseUrl, { kind: 'station' });
    const cases: [unknown, RegExp][] = [
      [{ lat: 91, lon: 118 }, /lat must be <= 90/],
      [{ lat: 32 }, /must have required property 'lon'/],
      [{ lat: 32, lon: 'east' }, /lon must be number/],
      [{ lat: 32, lon: 118, kind: 'pillar' }, /must NOT have additional properties/],
    ];
    for (const [body, message] of cases) {
      const res = await patch(station.id, body);
      assert.equal(res.status, 400, JSON.stringify(body));
      const json = (await res.json()) as { code: string; message: string };
      assert.equal(json.code, 'REQUEST_INVALID');
      assert.match(json.message, message);
    }
    const missing = await patch('st-nobody-here', { lat: 32, lon: 118 });
    assert.equal(missing.status, 404);
    assert.equal(((await missing.json()) as { code: string }).code, 'DEVICE_NOT_FOUND');
    assert.equal(platform.homes.devices.registry.get(station.id)?.lat, null, 'nothing moved');
  });

  it('an installer places stations but is told a tag does not exist', async () => {
    const installer = await insertUser(platform.db, { username: 'place-installer', displayName: 'Installer', role: 'installer', phone: null, passwordHash: null, createdBy: null });
    const { token } = await createApiToken(platform.db, installer, 'test', ['*'], null);
    const as = (id: string) =>
      fetch(`${platform.baseUrl}/api/v1/devices/${id}`, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ lat: 32.99, lon: 118.53 }),
      });
    const station = await registerDevice(platform.baseUrl, { kind: 'station' });
    const tag = await registerDevice(platform.baseUrl, { kind: 'tag' });
    assert.equal((await as(station.id)).status, 200);
    assert.equal((await as(tag.id)).status, 404);
    assert.equal(platform.homes.devices.registry.get(tag.id)?.lat, null);
  });
});

describe('GET /api/v1/map/config basemaps', () => {
  it('answers the configured basemaps with their coordinate systems, and the time zone; the page may load their tiles', async () => {
    const res = await adminFetch(platform.baseUrl, '/api/v1/map/config');
    const config = (await res.json()) as { basemaps: { id: string; coordinateSystem: string; tianditu?: { key: string } }[]; timeZone: string };
    assert.deepEqual(
      config.basemaps.map((b) => [b.id, b.coordinateSystem]),
      [
        ['tianditu', 'wgs84'],
        ['gaode', 'gcj02'],
        ['county', 'wgs84'],
        ['offline', 'wgs84'],
      ],
    );
    assert.equal(config.basemaps[0]!.tianditu?.key, 'test-tk');
    assert.equal(config.timeZone, 'Asia/Shanghai');
    const csp = (await fetch(`${platform.baseUrl}/`)).headers.get('content-security-policy') ?? '';
    for (const origin of ['https://*.tianditu.gov.cn', 'https://*.is.autonavi.com', 'https://tiles.example.cn']) assert.ok(csp.includes(origin), `${origin} in ${csp}`);
  });

  it('MAP_BASEMAPS and TIME_ZONE are checked at start, naming the entry and the field', () => {
    const refused: [Record<string, string>, RegExp][] = [
      [{ MAP_BASEMAPS: '{"id":"x"}' }, /MAP_BASEMAPS: expected a JSON array/],
      [{ MAP_BASEMAPS: '[{"id":"a b","offline":true}]' }, /basemap 0: id must be/],
      [{ MAP_BASEMAPS: '[{"id":"two","offline":true,"styleUrl":"https://x/style.json"}]' }, /basemap 0 \(two\): give exactly one of/],
      [{ MAP_BASEMAPS: '[{"id":"t","tianditu":{}}]' }, /tianditu needs its key/],
      [{ MAP_BASEMAPS: '[{"id":"s","styleUrl":"https://x/s.json","coordinateSystem":"bd09"}]' }, /coordinateSystem is wgs84 or gcj02/],
      [{ MAP_BASEMAPS: 'not json' }, /MAP_BASEMAPS: expected JSON/],
      [{ TIME_ZONE: 'Mars/Olympus' }, /TIME_ZONE: expected an IANA time zone/],
    ];
    for (const [env, message] of refused)
      assert.throws(
        () => loadConfig(env),
        (err: Error) => err instanceof ConfigError && message.test(err.message),
        JSON.stringify(env),
      );
    assert.equal(loadConfig({ TIME_ZONE: 'Asia/Urumqi' }).timeZone, 'Asia/Urumqi');
  });
});
