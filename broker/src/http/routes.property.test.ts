// Every route of the OpenAPI document, called with generated input (valid,
// nearly valid and hostile: NUL, lone surrogates, huge numbers, deep nesting,
// long strings, wrong types), as an administrator (API token) and as anonymous.
// Fails on any 5xx, on a refusal without a code and a sentence, and on a 2xx
// change (POST, PUT, PATCH, DELETE) that added no audit entry. A new route is
// covered because the routes are read from the document.
// Bounded by default; PROPERTY_RUNS (per route and caller) and PROPERTY_SEED widen or replay a run.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { encodeUplink, uplinkTopic } from '@watchpost/firmware-protocol';
import { adminFetch, connectDevice, publishAcked, registerDevice, startTestPlatform } from '../test-support.js';

// --- generated input ------------------------------------------------------

interface Schema {
  type?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  nullable?: boolean;
  $ref?: string;
}

/** JSON text put into a body as it is: what JSON.stringify cannot make (1e400, nesting 5,000 deep, a "__proto__" key). */
class Raw {
  constructor(readonly text: string) {}
}
const NO_BODY = Symbol('no body');

function serialize(value: unknown): string {
  if (value instanceof Raw) return value.text;
  if (Array.isArray(value)) return `[${value.map(serialize).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}:${serialize(v)}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

const nest = (depth: number) => new Raw(`${'['.repeat(depth)}1${']'.repeat(depth)}`);
const hostileText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('\u0000', 'a\u0000b', '\u0000'.repeat(3)) },
  { weight: 3, arbitrary: fc.constantFrom('\ud800', 'x\udfff', '\udc00\ud800', 'a\ud83d') },
  { weight: 2, arbitrary: fc.constantFrom('', ' ', '%00', "' OR 1=1 --", '../../etc/passwd', '<script>', '\u202e', '𝔘𝔫𝔦', 'NaN', '-1', '1e400', '99999999999999999999', '9999-12-31T23:59:60Z') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);
const longText = fc.constantFrom(1_000, 70_000, 1_000_000).map((n) => 'x'.repeat(n));
const hostileNumber = fc.oneof(
  fc.constantFrom(1e308, -1e308, 2 ** 63, 2 ** 64, Number.MAX_SAFE_INTEGER + 2, 0.5, -1, -0, 5e-324),
  fc.constantFrom('1e400', '-1e400', '123456789012345678901234567890', '1.0000000000000000000001').map((t) => new Raw(t)),
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: hostileText },
  { weight: 1, arbitrary: longText },
  { weight: 2, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.constantFrom(true, null, [], {}) },
  { weight: 1, arbitrary: fc.constantFrom(33, 5_000, 100_000).map(nest) },
  { weight: 1, arbitrary: fc.constantFrom('{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{"admin":true}}}', '{"a\\u0000":1}', '{"\\ud800":1}').map((t) => new Raw(t)) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** Ids of records that exist (set once the fixtures are made), so that some requests reach past "not found". */
const known: string[] = [];

/** Values the schema admits (near enough: the server is the judge). */
function valid(schema: Schema, refs: Record<string, Schema>): fc.Arbitrary<unknown> {
  if (schema.$ref) return valid(refs[schema.$ref.split('/').pop()!] ?? {}, refs);
  if (schema.nullable) return fc.option(valid({ ...schema, nullable: false }, refs), { nil: null });
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((a) => valid(a, refs)));
  const min = schema.minimum ?? -1000;
  const max = Math.min(schema.maximum ?? 1000, Math.max(min, 1000));
  switch (schema.type) {
    case 'string': {
      if (schema.format === 'date-time') return fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
      const lengthOk = (s: string) => s.length >= (schema.minLength ?? 0) && s.length <= (schema.maxLength ?? Infinity);
      if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern)).filter(lengthOk);
      const text = fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 40, 40) });
      // Free text passes the schema with a NUL or a lone surrogate in it: only the edge's own guard stops those.
      const tainted = fc
        .tuple(text, fc.constantFrom('\u0000', '\ud800', '\udc00'), fc.nat())
        .map(([t, c, at]) => t.slice(0, at % (t.length + 1)) + c + t.slice(at % (t.length + 1)))
        .filter(lengthOk);
      return fc.oneof({ weight: 3, arbitrary: text }, { weight: 1, arbitrary: fc.constantFrom(...known).filter(lengthOk) }, { weight: 2, arbitrary: tainted });
    }
    case 'integer':
      return fc.integer({ min, max });
    case 'number':
      return fc.double({ min, max, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const constraints = { minLength: schema.minItems ?? 0, maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 3, 3)) };
      const item = valid(schema.items ?? {}, refs);
      return schema.uniqueItems ? fc.uniqueArray(item, { ...constraints, selector: (v) => JSON.stringify(v) }) : fc.array(item, constraints);
    }
    case 'object': {
      const properties = schema.properties ?? {};
      if (Object.keys(properties).length === 0) return fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 });
      return fc.record(Object.fromEntries(Object.entries(properties).map(([k, p]) => [k, valid(p, refs)])), { requiredKeys: schema.required ?? [] });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** A valid value with one thing wrong: a node replaced by a hostile value, a key dropped, or a key added. */
function nearlyValid(schema: Schema, refs: Record<string, Schema>): fc.Arbitrary<unknown> {
  return fc.tuple(valid(schema, refs), fc.nat(), fc.constantFrom('replace', 'drop', 'add'), hostileValue).map(([value, n, how, hostile]) => {
    const nodes: { parent: Record<string, unknown> | unknown[] | null; key: string | number }[] = [{ parent: null, key: '' }];
    const stack: unknown[] = [value];
    while (stack.length > 0) {
      const v = stack.pop();
      if (v !== null && typeof v === 'object' && !(v instanceof Raw)) {
        for (const [k, child] of Object.entries(v)) {
          nodes.push({ parent: v as Record<string, unknown>, key: Array.isArray(v) ? Number(k) : k });
          stack.push(child);
        }
      }
    }
    const target = nodes[n % nodes.length]!;
    if (!target.parent) return how === 'replace' ? hostile : value;
    const parent = target.parent as Record<string | number, unknown>;
    if (how === 'drop' && !Array.isArray(parent)) delete parent[target.key];
    else if (how === 'add' && !Array.isArray(parent)) parent[`extra${n % 7}`] = hostile;
    else parent[target.key] = hostile;
    return value;
  });
}

function bodyInput(schema: Schema | undefined, refs: Record<string, Schema>): fc.Arbitrary<unknown> {
  const s = schema ?? { type: 'object' };
  return fc.oneof(
    { weight: 4, arbitrary: valid(s, refs) },
    { weight: 4, arbitrary: nearlyValid(s, refs) },
    { weight: 1, arbitrary: hostileValue },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(NO_BODY, new Raw(''), new Raw('{"kind":'), new Raw('\u0000'), new Raw('{"a":1}{"b":2}')) },
  );
}

/** Percent-encodes every UTF-16 code unit, lone surrogates as the bytes WTF-8 gives them (invalid UTF-8 on the wire). */
function encode(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const bytes = c >= 0xd800 && c <= 0xdfff ? [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)] : [...Buffer.from(ch)];
    out += /^[A-Za-z0-9._~-]$/.test(ch) ? ch : bytes.map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
  }
  return out;
}

/** Text for a URL (path segment or query value): valid, hostile, or malformed percent-encoding. Short enough for one request line. */
function urlText(schema: Schema): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: valid(schema, {}).map((v) => encode(String(v))) },
    { weight: 2, arbitrary: fc.constantFrom(...known) },
    { weight: 1, arbitrary: hostileText.map(encode) },
    { weight: 1, arbitrary: fc.constantFrom('%', '%zz', '%FF', '%C0%80', '%2F..%2F', '..', 'x'.repeat(6_000), '1e400', '-99999999999999999999') },
  );
}

function queryInput(params: { name: string; schema: Schema }[]): fc.Arbitrary<string> {
  const pairs = params.map((p) =>
    fc.option(
      urlText(p.schema).map((v) => `${encode(p.name)}=${v}`),
      { nil: undefined, freq: 2 },
    ),
  );
  const extra = fc.option(fc.constantFrom('x=1', '__proto__=1', 'limit=1&limit=2', 'a[b]=1', '%00=1', '&&=', 'reason'), { nil: undefined, freq: 2 });
  return fc.tuple(fc.tuple(...pairs), extra).map(([ps, e]) => {
    const parts = [...ps, e].filter((p): p is string => p !== undefined);
    return parts.length ? `?${parts.join('&')}` : '';
  });
}

// --- the property ---------------------------------------------------------

const RUNS = Number(process.env.PROPERTY_RUNS ?? 10);
const SEED = Number(process.env.PROPERTY_SEED ?? 20_260_508);
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** 2xx answers that may commit nothing, and why. */
const NO_AUDIT_NEEDED: Record<string, string> = {
  'POST /api/v1/auth/code': 'answers 202 alike whether or not the phone is registered (the answer must not tell); a code that is sent is audited (sign-in-guard.test.ts)',
};

interface Operation {
  parameters?: { in: 'path' | 'query'; name: string; schema: Schema; required?: boolean }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

// Behind a trusted proxy, each request comes from an address of its own: the sign-in routes are not all refused for one address's failures.
const platform = await startTestPlatform({ trustProxy: '127.0.0.1' });
after(() => platform.dispose());
const doc = (await (await fetch(`${platform.baseUrl}/api/docs/json`)).json()) as OpenApi;

// Records that exist, so that some generated requests reach past "not found".
const station = await registerDevice(platform.baseUrl, { kind: 'station' });
const post = async (path: string, body: unknown) => (await (await adminFetch(platform.baseUrl, path, { method: 'POST', body: JSON.stringify(body) })).json()) as Record<string, { id: string }>;
const staff = (await post('/api/v1/users', { username: 'prop-staff', displayName: 'Prop', role: 'operator', password: 'a-long-password' })).user!;
const owner = (await post('/api/v1/owners', { displayName: 'Prop Owner', phone: '13700000077' })).owner!;
const token = (await post('/api/v1/tokens', { name: 'prop', scopes: ['devices'] })).info!;
await adminFetch(platform.baseUrl, '/api/v1/jurisdictions/prop-county', { method: 'PUT', body: JSON.stringify({ name: 'Prop County', kind: 'county' }) });
await adminFetch(platform.baseUrl, '/api/v1/units/prop-unit', { method: 'PUT', body: JSON.stringify({ name: 'Prop Unit', kind: 'police_station', jurisdictionId: 'prop-county' }) });
// An alarm (a pillar's button pressed) and its pillar's alarm coordinate, so the alarm routes reach past "not found".
const pillar = await registerDevice(platform.baseUrl, { kind: 'pillar' });
const pillarClient = await connectDevice(platform.mqtt.port, pillar);
await publishAcked(
  pillarClient,
  uplinkTopic('pillar', pillar.id),
  encodeUplink({ deviceId: pillar.id, seq: 1, deviceTimeMs: Date.now(), body: { type: 'pillarEvent', event: 'PILLAR_EVENT_TYPE_BUTTON_PRESSED' } }),
);
pillarClient.end(true);
const alarmId = (await platform.db.query<{ id: string }>('SELECT id FROM alarms WHERE device_id = $1', [pillar.id])).rows[0]!.id;
const coordinate = (await platform.db.query<{ code: string }>('SELECT code FROM alarm_coordinates WHERE device_id = $1', [pillar.id])).rows[0]!.code;
known.push(station.id, staff.id, owner.id, token.id, 'prop-county', 'prop-unit', pillar.id, alarmId, coordinate);

const auditCount = async () => (await platform.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log')).rows[0]!.n;

interface Input {
  from: string;
  path: Record<string, string>;
  query: string;
  body: unknown;
  contentType: string;
}

interface Answer {
  status: number;
  contentType: string;
  text: string;
}

async function call(method: string, template: string, input: Input, who: 'admin' | 'anonymous'): Promise<Answer> {
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => input.path[name] ?? 'x');
  const headers: Record<string, string> = { 'x-forwarded-for': input.from, ...(who === 'admin' ? { authorization: `Bearer ${platform.adminToken}` } : {}) };
  const withBody = method !== 'GET' && method !== 'HEAD' && input.body !== NO_BODY;
  if (withBody) headers['content-type'] = input.contentType;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), 15_000);
  try {
    const res = await fetch(`${platform.baseUrl}${path}${input.query}`, { method, headers, signal: abort.signal, ...(withBody ? { body: serialize(input.body) } : {}) });
    const contentType = res.headers.get('content-type') ?? '';
    // The live feed never ends: its status and headers are the answer.
    if (contentType.startsWith('text/event-stream')) {
      abort.abort();
      return { status: res.status, contentType, text: '' };
    }
    return { status: res.status, contentType, text: await res.text() };
  } finally {
    clearTimeout(timer);
  }
}

function inputOf(op: Operation): fc.Arbitrary<Input> {
  const params = op.parameters ?? [];
  const body = op.requestBody?.content['application/json']?.schema;
  const path = fc.record(Object.fromEntries(params.filter((p) => p.in === 'path').map((p) => [p.name, urlText(p.schema)])));
  return fc.record({
    from: fc.oneof({ weight: 9, arbitrary: fc.oneof(fc.ipV4(), fc.ipV6()) }, { weight: 1, arbitrary: fc.constantFrom('unknown', '', '1.2.3.4, 10.0.0.1', 'x'.repeat(2_000), '999.999.999.999') }),
    path,
    query: queryInput(params.filter((p) => p.in === 'query')),
    body: bodyInput(body, doc.components?.schemas ?? {}),
    contentType: fc.oneof(
      { weight: 8, arbitrary: fc.constant('application/json') },
      { weight: 1, arbitrary: fc.constantFrom('application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1') },
    ),
  });
}

/** What must hold of any answer to any request. */
async function check(route: string, method: string, answer: Answer, auditBefore: number): Promise<void> {
  assert.ok(answer.status < 500, `answered ${answer.status}: ${answer.text.slice(0, 300)}`);
  if (answer.status >= 400 && answer.contentType.startsWith('application/json')) {
    const body = JSON.parse(answer.text) as { code?: unknown; message?: unknown };
    assert.ok(typeof body.code === 'string' && typeof body.message === 'string' && body.message.length > 0, `a refusal without a code and a sentence: ${answer.text.slice(0, 300)}`);
  }
  if (UNSAFE.has(method) && answer.status < 300 && !NO_AUDIT_NEEDED[route]) {
    assert.ok((await auditCount()) > auditBefore, `answered ${answer.status} to a change and wrote no audit entry`);
  }
}

const operations = Object.entries(doc.paths).flatMap(([template, ops]) => Object.entries(ops).map(([m, op]) => ({ method: m.toUpperCase(), template, op })));

describe('every route of the OpenAPI document, with generated input', () => {
  it('the document lists every route the API serves', () => {
    const documented = new Set(operations.map((o) => `${o.method} ${o.template.replace(/\{(\w+)\}/g, ':$1')}`));
    const served = platform.http.declaredRoutes.filter((r) => r.url.startsWith('/api/v1') && r.method !== 'HEAD').map((r) => `${r.method} ${r.url}`);
    assert.deepEqual(
      served.filter((r) => !documented.has(r)),
      [],
    );
    assert.ok(operations.length >= 30, `${operations.length} operations`);
  });

  for (const { method, template, op } of operations) {
    const route = `${method} ${template.replace(/\{(\w+)\}/g, ':$1')}`;
    it(route, async () => {
      for (const who of ['admin', 'anonymous'] as const) {
        const property = fc.asyncProperty(inputOf(op), async (input) => {
          const before = await auditCount();
          await check(route, method, await call(method, template, input, who), before);
        });
        const result = await fc.check(property, { seed: SEED, numRuns: who === 'admin' ? RUNS : Math.ceil(RUNS / 2), interruptAfterTimeLimit: 10_000 });
        if (result.failed) {
          const why = result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance);
          assert.fail(`${route} as ${who}: ${why.slice(0, 1000)}\n${fc.defaultReportMessage(result)?.slice(0, 3000)}\nreplay with PROPERTY_SEED=${SEED} PROPERTY_RUNS=${RUNS}`);
        }
      }
    });
  }
});
