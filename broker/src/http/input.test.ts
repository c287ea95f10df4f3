// Malformed input never answers 5xx: each case below answered 500 once (issue 8,
// defect 5) and is now a 400 with a stable code and a sentence naming the field.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { adminFetch, startTestPlatform, type TestPlatform } from '../test-support.js';

let platform: TestPlatform;
before(async () => {
  platform = await startTestPlatform();
});
after(() => platform.dispose());

/** Sends raw JSON text (so it may carry "\ud800"), as the administrator unless `anonymous`. */
async function send(method: string, path: string, json?: string, anonymous = false): Promise<{ status: number; code: string; message: string }> {
  const init = { method, ...(json === undefined ? {} : { body: json, headers: { 'content-type': 'application/json' } }) };
  const res = anonymous ? await fetch(`${platform.baseUrl}${path}`, init) : await adminFetch(platform.baseUrl, path, init);
  const body = (await res.json()) as { code: string; message: string };
  return { status: res.status, ...body };
}

function assertRefused(answer: { status: number; code: string; message: string }, code: string, field: RegExp) {
  assert.equal(answer.status, 400, JSON.stringify(answer));
  assert.equal(answer.code, code);
  assert.match(answer.message, field);
}

const NUL = '\\u0000';
const emptyLayer = '"geojson":{"type":"FeatureCollection","features":[]}';

describe('text the database cannot hold', () => {
  const cases: [string, string, string, RegExp][] = [
    ['POST', '/api/v1/devices', `{"kind":"station","name":"gate${NUL}"}`, /body\/name contains a NUL/],
    ['POST', '/api/v1/users', `{"username":"nul-user","displayName":"a${NUL}","role":"operator","password":"a-long-password"}`, /body\/displayName contains a NUL/],
    ['POST', '/api/v1/owners', `{"displayName":"a${NUL}","phone":"13700000001"}`, /body\/displayName contains a NUL/],
    ['PUT', '/api/v1/units/nul-unit', `{"name":"a${NUL}","kind":"installer"}`, /body\/name contains a NUL/],
    ['PUT', '/api/v1/jurisdictions/nul-j', `{"name":"a${NUL}","kind":"county"}`, /body\/name contains a NUL/],
    ['PUT', '/api/v1/map/layers/nul-layer', `{"title":"a${NUL}",${emptyLayer}}`, /body\/title contains a NUL/],
    ['PUT', '/api/v1/map/layers/nul-layer', `{"geojson":{"type":"FeatureCollection","features":[{"properties":{"name":"x${NUL}"}}]}}`, /body\/geojson\/features\/0\/properties\/name contains a NUL/],
    ['POST', '/api/v1/tokens', `{"name":"a${NUL}","scopes":["devices"]}`, /body\/name contains a NUL/],
    ['POST', '/api/v1/devices', '{"kind":"station","name":"gate\\ud800"}', /body\/name is not valid Unicode/],
    ['PUT', '/api/v1/units/bad-unit', '{"name":"\\udc00x","kind":"installer"}', /body\/name is not valid Unicode/],
  ];
  for (const [method, path, json, field] of cases) {
    it(`${method} ${path} ${field.source}`, async () => assertRefused(await send(method, path, json), 'REQUEST_INVALID', field));
  }

  it('a NUL in an audit filter (a query string)', async () => {
    assertRefused(await send('GET', '/api/v1/audit?subjectId=a%00b'), 'REQUEST_INVALID', /querystring\/subjectId contains a NUL/);
    assertRefused(await send('GET', '/api/v1/audit?actorId=%00'), 'REQUEST_INVALID', /querystring\/actorId contains a NUL/);
  });

  it('a NUL or a lone surrogate in the login name: 400, and audited as a failed sign-in', async () => {
    assertRefused(await send('POST', '/api/v1/auth/login', `{"username":"nul${NUL}name","password":"x"}`, true), 'REQUEST_INVALID', /body\/username contains a NUL/);
    assertRefused(await send('POST', '/api/v1/auth/login', '{"username":"lone\\ud800","password":"x"}', true), 'REQUEST_INVALID', /body\/username is not valid Unicode/);
    const failures = await platform.audit.search({ action: 'auth.login.failed', limit: 10 });
    assert.ok(
      failures.some((f) => f.detail.username === 'nul\\u0000name'),
      'the name is audited, escaped',
    );
    assert.ok(failures.some((f) => f.detail.username === 'lone\\ud800' && /not valid Unicode/.test(String(f.detail.invalid))));
  });
});

describe('numbers and dates out of range', () => {
  it('an offset or a before beyond bigint', async () => {
    assertRefused(await send('GET', '/api/v1/users?offset=99999999999999999999'), 'REQUEST_INVALID', /querystring\/offset must be <=/);
    assertRefused(await send('GET', '/api/v1/owners?offset=1e300'), 'REQUEST_INVALID', /querystring\/offset must be <=/);
    assertRefused(await send('GET', '/api/v1/audit?before=99999999999999999999'), 'REQUEST_INVALID', /querystring\/before must be <=/);
  });

  it('a date-time that is no real instant', async () => {
    assertRefused(await send('GET', '/api/v1/audit?from=9999-12-31T23:59:60Z'), 'REQUEST_INVALID', /querystring\/from must be an RFC 3339 date-time of a real instant/);
    assertRefused(await send('GET', '/api/v1/audit?to=9999-12-31T23:59:59-01:00'), 'REQUEST_INVALID', /querystring\/to must be/);
    assert.equal((await adminFetch(platform.baseUrl, '/api/v1/audit?from=2026-05-01T08:00:00%2B08:00&to=9999-12-31T23:59:59Z')).status, 200);
  });
});

describe('references and nesting', () => {
  it('a unit in a jurisdiction that does not exist: 400 naming the field, and nothing created', async () => {
    assertRefused(await send('PUT', '/api/v1/units/lost-unit', '{"name":"Lost","kind":"installer","jurisdictionId":"atlantis"}'), 'UNKNOWN_REFERENCE', /jurisdictionId: no jurisdiction 'atlantis'/);
    assertRefused(await send('PUT', '/api/v1/jurisdictions/lost-town', '{"name":"Lost","kind":"town","parentId":"atlantis"}'), 'UNKNOWN_REFERENCE', /parentId: no jurisdiction 'atlantis'/);
    const { units } = (await (await adminFetch(platform.baseUrl, '/api/v1/units')).json()) as { units: { id: string }[] };
    assert.ok(!units.some((u) => u.id === 'lost-unit'));
  });

  it('a null parent or jurisdiction means none (it was coerced to a parent named "")', async () => {
    assert.equal((await adminFetch(platform.baseUrl, '/api/v1/jurisdictions/top-county', { method: 'PUT', body: JSON.stringify({ name: 'Top', kind: 'county', parentId: null }) })).status, 200);
    assert.equal((await adminFetch(platform.baseUrl, '/api/v1/units/free-unit', { method: 'PUT', body: JSON.stringify({ name: 'Free', kind: 'installer', jurisdictionId: null }) })).status, 200);
    assert.equal(
      (await adminFetch(platform.baseUrl, '/api/v1/units/county-unit', { method: 'PUT', body: JSON.stringify({ name: 'In', kind: 'installer', jurisdictionId: 'top-county' }) })).status,
      200,
    );
    const { units } = (await (await adminFetch(platform.baseUrl, '/api/v1/units')).json()) as { units: { id: string; jurisdictionId: string | null }[] };
    assert.deepEqual(
      units.filter((u) => u.id.endsWith('-unit')).map((u) => [u.id, u.jurisdictionId]),
      [
        ['county-unit', 'top-county'],
        ['free-unit', null],
      ],
    );
  });

  it('GeoJSON nested 5,000 deep is refused before it is parsed into the stack', async () => {
    const deep = `${'['.repeat(5000)}1${']'.repeat(5000)}`;
    assertRefused(await send('PUT', '/api/v1/map/layers/deep', `{"geojson":{"type":"FeatureCollection","features":[${deep}]}}`), 'REQUEST_INVALID', /body nests arrays and objects deeper than 32/);
    // Brackets inside strings do not count.
    const res = await adminFetch(platform.baseUrl, '/api/v1/map/layers/brackets', {
      method: 'PUT',
      body: JSON.stringify({ title: '['.repeat(100), geojson: { type: 'FeatureCollection', features: [] } }),
    });
    assert.equal(res.status, 204);
  });

  it('a path that does not decode is a 400 with our code', async () => {
    assertRefused(await send('GET', '/api/v1/devices/%ED%A0%80'), 'REQUEST_INVALID', /the URL is not valid/);
    assertRefused(await send('GET', '/api/v1/devices/%'), 'REQUEST_INVALID', /the URL is not valid/);
  });

  it('a body that is not JSON is a 400 with our code', async () => {
    assertRefused(await send('POST', '/api/v1/devices', '{"kind":'), 'REQUEST_INVALID', /^body: /);
  });
});
