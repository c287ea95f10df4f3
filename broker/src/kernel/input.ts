/** Text as PostgreSQL can hold it and a log line can show it. */

export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What text cannot hold, if anything: the reason, as the end of a sentence. */
export function textProblem(s: string): string | null {
  if (s.includes('\u0000')) return 'contains a NUL character (\\u0000), which text cannot hold';
  if (LONE_SURROGATE.test(s)) return 'is not valid Unicode (a lone UTF-16 surrogate)';
  return null;
}

/** A value fit for a log line or an audit entry: NUL, control characters and lone surrogates escaped, at most `max` characters. */
export function printable(value: unknown, max = 64): string {
  const s = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  // eslint-disable-next-line no-control-regex -- control characters are what is escaped here
  const escaped = s.replace(/[\u0000-\u001f\u007f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return escaped.length > max ? `${escaped.slice(0, max)}…` : escaped;
}
