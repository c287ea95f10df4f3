// Every code a device edge refuses or logs with is in PROTOCOL.md's Refusals tables, and every code there is used:
// firmware authors and operators read the code in a log line or a diagnostic payload and look it up.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { it } from 'node:test';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The sources of device-facing refusals and log lines. */
const SOURCES = ['ingest/src', 'broker/src/mqtt', 'broker/src/coap', 'broker/src/refusal-log.ts', 'firmware-protocol/src'];
/** Not device-facing: the embedded database's start-up errors, and the HTTP API's registry errors (their own codes in the API). */
const NOT_DEVICE_FACING_DIRS = ['ingest/src/db', 'ingest/src/test-support'];
const NOT_DEVICE_FACING_UNIONS = ['RegistryErrorCode'];
const NOT_DEVICE_FACING_ERRORS = ['RegistryError'];

const CODE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

function sourceFiles(path: string): string[] {
  const full = join(root, path);
  if (path.endsWith('.ts')) return [full];
  return readdirSync(full, { recursive: true })
    .map((f) => join(path, String(f)))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.includes('/generated/') && !NOT_DEVICE_FACING_DIRS.some((d) => f.startsWith(`${d}/`)))
    .map((f) => join(root, f));
}

/** Codes in `type …Code = 'A' | 'B';` unions, `code: 'X'` and `code = 'X'` values, and `new …Error('X'` calls. */
export function codesUsedIn(text: string): Set<string> {
  const codes = new Set<string>();
  const literals = (s: string) => [...s.matchAll(/'([^']+)'/g)].map((m) => m[1]!).filter((c) => CODE.test(c));
  for (const m of text.matchAll(/type\s+(\w*Code)\s*=([^;]*);/g)) {
    if (!NOT_DEVICE_FACING_UNIONS.includes(m[1]!)) for (const c of literals(m[2]!)) codes.add(c);
  }
  for (const m of text.matchAll(/\bcode\s*[:=]\s*'([^']+)'/g)) if (CODE.test(m[1]!)) codes.add(m[1]!);
  for (const m of text.matchAll(/new\s+(\w+Error)\(\s*'([^']+)'/g)) if (!NOT_DEVICE_FACING_ERRORS.includes(m[1]!) && CODE.test(m[2]!)) codes.add(m[2]!);
  return codes;
}

function documentedCodes(): Set<string> {
  const doc = readFileSync(join(root, 'firmware-protocol/PROTOCOL.md'), 'utf8');
  const start = doc.indexOf('\n## Refusals');
  const end = doc.indexOf('\n## ', start + 1);
  assert.ok(start > 0 && end > start, 'PROTOCOL.md has a Refusals section');
  const codes = new Set<string>();
  for (const line of doc.slice(start, end).split('\n')) {
    if (!line.startsWith('| `')) continue;
    const firstCell = line.split('|')[1]!;
    for (const m of firstCell.matchAll(/`([^`]+)`/g)) if (CODE.test(m[1]!)) codes.add(m[1]!);
  }
  return codes;
}

it('finds the codes the way the sources write them', () => {
  const sample = `export type XErrorCode =\n  | 'A_ONE'\n  | 'B_TWO';\nlog.warn({ code: 'C_THREE' }); readonly code = 'D_FOUR'; new IngestError('E_FIVE', 'x'); res.code = '4.05';`;
  assert.deepEqual([...codesUsedIn(sample)].sort(), ['A_ONE', 'B_TWO', 'C_THREE', 'D_FOUR', 'E_FIVE']);
});

it("every code the device edges refuse or log with is in PROTOCOL.md's Refusals tables, and every code there is used", () => {
  const used = new Map<string, string>();
  for (const file of SOURCES.flatMap(sourceFiles)) {
    for (const code of codesUsedIn(readFileSync(file, 'utf8'))) if (!used.has(code)) used.set(code, file.slice(root.length));
  }
  assert.ok(used.size > 25, `only ${used.size} codes found: is the scan still looking at the right files?`);
  const documented = documentedCodes();
  const missing = [...used].filter(([code]) => !documented.has(code)).map(([code, file]) => `${code} (${file})`);
  assert.deepEqual(missing, [], 'codes used in the source but not in the Refusals tables of PROTOCOL.md');
  const unused = [...documented].filter((code) => !used.has(code));
  assert.deepEqual(unused, [], 'codes in PROTOCOL.md that no source uses any more');
});
