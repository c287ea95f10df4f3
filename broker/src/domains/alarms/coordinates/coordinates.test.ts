// Alarm coordinates through the API: every pillar has its code from its registration (and pillars
// from before codes existed get theirs), an operator resolves a code read out on the phone to the
// pillar, its place, jurisdictions and parties; cameras get codes too; QR codes and printable labels.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import QRCode from 'qrcode';
import { inTransaction } from '@watchpost/ingest';
import { adminFetch, startTestPlatform, type TestPlatform } from '../../../test-support.js';
import { as, PLACES, registerPillar, setUpCounty, type County } from '../test-support.js';

let platform: TestPlatform;
let county: County;
before(async () => {
  platform = await startTestPlatform();
  county = await setUpCounty(platform);
});
after(async () => {
  await county.close();
  await platform.dispose();
});

const codeOf = async (deviceId: string, target = 'pillar') =>
  (await platform.db.query<{ code: string }>('SELECT code FROM alarm_coordinates WHERE device_id = $1 AND target = $2', [deviceId, target])).rows[0]?.code;

type Lookup = { code: string; target: string; device: { id: string }; jurisdictions: { id: string; name: string }[]; parties: { role: string; unitName: string }[]; camera: unknown };

describe('alarm coordinates', () => {
  it('a pillar has its code from the transaction that registers it, and an operator resolves it as it is read out', async () => {
    const pillar = await registerPillar(platform, PLACES.areaA, '东门路口');
    const code = (await codeOf(pillar.id))!;
    assert.match(code, /^[34679ACEFHJKMNPRTWXY]{6}$/);
    const spoken = `${code.slice(0, 3).toLowerCase()} ${code.slice(3).toLowerCase()}`;
    const { status, json } = await as(platform, county.parties.governance_centre.member, 'GET', `/api/v1/alarm-coordinates/${encodeURIComponent(spoken)}`);
    assert.equal(status, 200);
    const found = json as unknown as Lookup;
    assert.deepEqual([found.code, found.target, found.device.id], [`${code.slice(0, 3)}-${code.slice(3)}`, 'pillar', pillar.id]);
    assert.deepEqual(
      found.jurisdictions.map((j) => j.name),
      ['城东派出所辖区', '盱城街道', '盱眙县'],
      'deepest first, by name',
    );
    assert.deepEqual(
      found.parties.map((p) => p.role),
      ['governance_centre', 'police_station', 'town_command', 'district_centre', 'police_command'],
    );
  });

  it('a misheard code is refused, saying why; an unknown one is not found; an installer elsewhere does not reach it', async () => {
    const pillar = await registerPillar(platform, PLACES.areaA);
    const code = (await codeOf(pillar.id))!;
    const misheard = `${code.slice(0, 5)}${code[5] === '3' ? '4' : '3'}`;
    const operator = county.parties.governance_centre.member;
    const wrong = await as(platform, operator, 'GET', `/api/v1/alarm-coordinates/${misheard}`);
    assert.deepEqual([wrong.status, wrong.json.code], [400, 'COORDINATE_INVALID']);
    assert.match(String(wrong.json.message), /check character/);
    assert.match(String((await as(platform, operator, 'GET', '/api/v1/alarm-coordinates/K7M-4R0')).json.message), /'0' is never printed/);
    assert.equal((await as(platform, operator, 'GET', '/api/v1/alarm-coordinates/K7M-4RW')).status, 404);
    const elsewhere = await registerPillar(platform, PLACES.otherCounty);
    assert.equal((await as(platform, county.installer, 'GET', `/api/v1/alarm-coordinates/${await codeOf(elsewhere.id)}`)).status, 404, 'the county installer does not reach the other county');
    assert.equal((await as(platform, county.installer, 'GET', `/api/v1/alarm-coordinates/${code}`)).status, 200);
    assert.equal((await as(platform, county.policeB, 'GET', `/api/v1/alarm-coordinates/${await codeOf(elsewhere.id)}`)).status, 200, 'a caller may phone any operator or officer');
  });

  it('pillars registered before codes existed get theirs at start', async () => {
    const { devices, alarms } = platform.homes;
    const old = await inTransaction(platform.db, (work) => devices.registry.insert(work, { kind: 'pillar' }, { jurisdictions: [], placement: 'no_position' }));
    assert.equal(await codeOf(old.device.id), undefined);
    assert.equal(await alarms.coordinates.assignMissing(), 1);
    assert.ok(await codeOf(old.device.id));
    assert.equal(await alarms.coordinates.assignMissing(), 0);
  });

  it("a pillar's camera: a stream URL or a GB/T 28181 channel, with a code of its own; never a URL with a password", async () => {
    const pillar = await registerPillar(platform, PLACES.areaA);
    const put = (body: unknown) => adminFetch(platform.baseUrl, `/api/v1/pillars/${pillar.id}/camera`, { method: 'PUT', body: JSON.stringify(body) });
    assert.equal((await put({ kind: 'rtsp', url: 'rtsp://admin:12345@10.0.0.8/stream1' })).status, 400);
    assert.equal((await put({ kind: 'hls', url: 'rtsp://10.0.0.8/stream1' })).status, 400, 'an HLS stream is http(s)');
    assert.equal((await put({ kind: 'gb28181', url: 'https://x.example/a' })).status, 400);
    const res = await put({ kind: 'gb28181', channelId: '32083000001320000001', name: '东门球机' });
    assert.equal(res.status, 200);
    const { camera } = (await res.json()) as { camera: { coordinate: string; channelId: string } };
    assert.equal(camera.channelId, '32083000001320000001');
    assert.equal(camera.coordinate.replace('-', ''), await codeOf(pillar.id, 'camera'));
    const { json } = await as(platform, county.parties.governance_centre.member, 'GET', `/api/v1/alarm-coordinates/${camera.coordinate}`);
    assert.deepEqual([json.target, (json.device as { id: string }).id], ['camera', pillar.id]);
    assert.equal((await adminFetch(platform.baseUrl, '/api/v1/pillars/st-not-a-pillar/camera', { method: 'PUT', body: JSON.stringify({ kind: 'hls', url: 'https://v.example/a.m3u8' }) })).status, 404);
  });

  it('QR codes (SVG, PNG) that read as the code, and a printable page of labels', async () => {
    const pillar = await registerPillar(platform, PLACES.areaA, '<b>东门</b> & 路口');
    const code = (await codeOf(pillar.id))!;
    const shown = `${code.slice(0, 3)}-${code.slice(3)}`;
    const svg = await adminFetch(platform.baseUrl, `/api/v1/alarm-coordinates/${code}/qr`);
    assert.match(svg.headers.get('content-type')!, /^image\/svg\+xml/);
    assert.equal(await svg.text(), await QRCode.toString(shown, { errorCorrectionLevel: 'M', margin: 1, type: 'svg' }));
    const png = Buffer.from(await (await adminFetch(platform.baseUrl, `/api/v1/alarm-coordinates/${code}/qr?format=png`)).arrayBuffer());
    assert.deepEqual([...png.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);

    const page = await adminFetch(platform.baseUrl, `/api/v1/alarm-coordinate-labels?device=${pillar.id}`);
    assert.match(page.headers.get('content-type')!, /^text\/html/);
    const html = await page.text();
    assert.ok(html.includes(`<p class="code" translate="no">${shown}</p>`));
    assert.ok(html.includes('报警坐标') && html.includes('Alarm coordinate'));
    assert.ok(html.includes('&lt;b&gt;东门&lt;/b&gt; &amp; 路口') && !html.includes('<b>东门'), 'names are escaped');
    assert.equal((html.match(/<section class="label">/g) ?? []).length, 1);
    const installerPage = await (await fetch(`${platform.baseUrl}/api/v1/alarm-coordinate-labels`, { headers: { authorization: `Bearer ${county.installer.token}` } })).text();
    assert.ok(installerPage.includes(shown));
  });
});
