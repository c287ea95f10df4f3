/**
 * Input that no route can store or even walk safely, refused once for every
 * route before its schema is checked: text PostgreSQL cannot hold (a NUL
 * character, invalid Unicode such as a lone UTF-16 surrogate, which JSON may
 * carry as "\ud800"), JSON nested deeper than any real document, and
 * date-times that name no real instant. Each refusal is a 400 naming the field.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Ajv } from 'ajv';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { HttpError } from '../kernel/http-error.js';
import { printable, textProblem } from '../kernel/input.js';

export { printable, textProblem };

/** Deeper than any GeoJSON (a FeatureCollection of MultiPolygons is about 9 levels in a body) and far from the stack's end. */
export const MAX_JSON_DEPTH = 32;

/** The deepest nesting of arrays and objects in JSON text, read without parsing it; stops counting past `limit`. */
export function jsonDepth(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > deepest && (deepest = depth) > limit) return deepest;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

/**
 * The first string (value or key) in a parsed request part that text cannot
 * hold, as a sentence naming its path ('body/devices/0/name …'). Walks without
 * recursion; a body's depth is bounded by the JSON parser already.
 */
export function findBadText(part: string, value: unknown): string | null {
  const stack: [unknown, string][] = [[value, part]];
  while (stack.length > 0) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') {
      const problem = textProblem(v);
      if (problem) return `${path} ${problem}`;
    } else if (v !== null && typeof v === 'object') {
      for (const [key, child] of Object.entries(v)) {
        const problem = textProblem(key);
        if (problem) return `${path}: the key '${printable(key)}' ${problem}`;
        stack.push([child, `${path}/${key}`]);
      }
    }
  }
  return null;
}

function refuseBadText(request: FastifyRequest): void {
  for (const [part, value] of [
    ['params', request.params],
    ['querystring', request.query],
    ['body', request.body],
  ] as const) {
    const problem = findBadText(part, value);
    if (problem) throw new HttpError(400, 'REQUEST_INVALID', problem);
  }
}

/** JSON bodies, parsed as fastify does (prototype poisoning refused), after their depth is checked. */
function installJsonParser(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string;
    if (jsonDepth(text) > MAX_JSON_DEPTH) {
      done(new HttpError(400, 'REQUEST_INVALID', `body nests arrays and objects deeper than ${MAX_JSON_DEPTH} levels`), undefined);
      return;
    }
    parse(request, text, done);
  });
}

/** Installs the guards on the root instance: every route after this is covered. */
export function guardInput(app: FastifyInstance): void {
  installJsonParser(app);
  app.addHook('preValidation', async (request) => refuseBadText(request));
}

/** The earliest and latest instants accepted: what both JavaScript dates and PostgreSQL timestamps hold. */
const EARLIEST = Date.parse('0001-01-01T00:00:00Z');
const LATEST = Date.parse('9999-12-31T23:59:59.999Z');
const rfc3339 = (fullFormats['date-time'] as { validate: (s: string) => boolean }).validate;

/**
 * ajv plugin: a 'date-time' is RFC 3339 and names a real instant between
 * the years 1 and 9999. A leap second (23:59:60) is refused, as JavaScript
 * dates cannot hold it. Runs after ajv-formats, replacing its 'date-time'.
 */
export function realInstants(ajv: Ajv): void {
  ajv.addFormat('date-time', {
    type: 'string',
    compare: (fullFormats['date-time'] as { compare: (a: string, b: string) => number | undefined }).compare,
    validate: (s: string) => {
      if (!rfc3339(s)) return false;
      const at = Date.parse(s);
      return Number.isFinite(at) && at >= EARLIEST && at <= LATEST;
    },
  });
}
