/**
 * Keeps the message catalogs and the markup honest:
 * - every catalog has every key the others have, each plural with the forms its
 *   language needs (Intl.PluralRules: English one/other, Chinese other), and the
 *   same {{placeholders}};
 * - every key is used somewhere in the sources (a quoted literal: the code names
 *   keys literally, never builds them), and every key the code asks for exists;
 * - no .svelte template says words of its own: text, and the attributes people
 *   read (placeholder, title, aria-label, alt, label), come from the catalogs.
 * `npm test` runs it (i18n-check.test.ts); `npm run check:i18n` prints what it finds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'svelte/compiler';

export interface Source {
  path: string;
  text: string;
}

export interface Problem {
  kind: 'missing' | 'plural' | 'placeholder' | 'unused' | 'undefined' | 'hard-coded';
  message: string;
}

export type Catalogs = Record<string, Record<string, string>>;

/** Attributes a person reads (or hears from a screen reader). */
export const READABLE_ATTRIBUTES = new Set(['placeholder', 'title', 'aria-label', 'alt', 'label']);

/**
 * Markup allowed to stay as it is: protocol and product names, and example
 * values in placeholders (ids, codes). Text with no letter at all (numbers,
 * punctuation such as '—' or ' · ') is always allowed.
 */
export const ALLOWED_TEXT = new Set(['MQTT', 'CoAP (UDP)', 'auth.login', 'u-…', 'st-0001']);

/** The functions whose first argument is a catalog key (their arguments are not markup text). */
const TRANSLATING = new Set(['t', 'tIn', 'message', 'fail', 'say']);

const PLURAL = /_(zero|one|two|few|many|other)$/;
const baseKey = (key: string) => key.replace(PLURAL, '');
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]!);

// --- catalogs -----------------------------------------------------------------

function checkCatalogShapes(catalogs: Catalogs): Problem[] {
  const problems: Problem[] = [];
  const locales = Object.keys(catalogs);
  /** base key → locale → its forms (plural categories, or '' for a plain key) and placeholders. */
  const entries = new Map<string, Map<string, { forms: Set<string>; names: Set<string> }>>();
  for (const locale of locales) {
    for (const [key, text] of Object.entries(catalogs[locale]!)) {
      const base = baseKey(key);
      const byLocale = entries.get(base) ?? new Map();
      entries.set(base, byLocale);
      const entry = byLocale.get(locale) ?? { forms: new Set<string>(), names: new Set<string>() };
      byLocale.set(locale, entry);
      entry.forms.add(PLURAL.exec(key)?.[1] ?? '');
      for (const name of placeholders(text)) entry.names.add(name);
    }
  }
  for (const [base, byLocale] of entries) {
    for (const locale of locales) {
      if (!byLocale.has(locale)) problems.push({ kind: 'missing', message: `${locale} lacks '${base}' (${[...byLocale.keys()].join(', ')} has it)` });
    }
    const plural = [...byLocale.values()].some((e) => !e.forms.has(''));
    for (const [locale, entry] of byLocale) {
      if (!plural) continue;
      const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      const lacking = needed.filter((category) => !entry.forms.has(category));
      if (entry.forms.has('') || lacking.length)
        problems.push({
          kind: 'plural',
          message: `${locale} '${base}' is a plural: it needs the forms ${needed.join(', ')}${lacking.length ? ` (lacks ${lacking.join(', ')})` : ', not a plain text'}`,
        });
    }
    const signatures = new Map(
      [...byLocale].map(([locale, e]) => [
        locale,
        [...e.names]
          .filter((n) => n !== 'count' || !plural)
          .sort()
          .join(','),
      ]),
    );
    if (new Set(signatures.values()).size > 1) {
      problems.push({ kind: 'placeholder', message: `'${base}' has other placeholders in each language: ${[...signatures].map(([l, s]) => `${l} {${s}}`).join(', ')}` });
    }
  }
  return problems;
}

// --- keys in the sources ----------------------------------------------------------

function checkKeyUse(catalogs: Catalogs, sources: readonly Source[]): Problem[] {
  const problems: Problem[] = [];
  const keys = new Set(Object.values(catalogs).flatMap((c) => Object.keys(c).map(baseKey)));
  const quoted = new Set<string>();
  for (const { text } of sources) for (const m of text.matchAll(/['"`]([\w.-]+)['"`]/g)) quoted.add(m[1]!);
  for (const key of [...keys].sort()) if (!quoted.has(key)) problems.push({ kind: 'unused', message: `'${key}' is in the catalogs but no source names it` });
  const call = new RegExp(`\\b(?:${[...TRANSLATING].join('|')})\\(\\s*['"]([^'"]+)['"]`, 'g');
  for (const { path, text } of sources) {
    for (const m of text.matchAll(call)) {
      if (!keys.has(m[1]!)) problems.push({ kind: 'undefined', message: `${path}:${lineOf(text, m.index)}: '${m[1]}' is asked for but no catalog has it` });
    }
  }
  return problems;
}

// --- markup ------------------------------------------------------------------------

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** Words a person would read: a letter left after the allowed texts. */
const isReadable = (text: string) => /\p{L}/u.test(text) && !ALLOWED_TEXT.has(text.trim());

interface Node {
  type: string;
  start: number;
  [key: string]: unknown;
}

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/** Strings in an expression shown as text: not keys (arguments of t() and friends), not comparison operands. */
function literalsShown(expression: Node, found: { text: string; at: number }[]): void {
  if (expression.type === 'Literal' && typeof expression.value === 'string') found.push({ text: expression.value, at: expression.start });
  else if (expression.type === 'TemplateElement') found.push({ text: String((expression.value as { cooked?: string }).cooked ?? ''), at: expression.start });
  if (expression.type === 'CallExpression' && isNode(expression.callee) && expression.callee.type === 'Identifier' && TRANSLATING.has(String(expression.callee.name))) return;
  if (expression.type === 'BinaryExpression' && ['===', '!==', '==', '!=', 'in', 'instanceof'].includes(String(expression.operator))) return;
  for (const [key, value] of Object.entries(expression)) {
    if (key === 'type' || key === 'loc' || key === 'value') continue;
    for (const child of Array.isArray(value) ? value : [value]) if (isNode(child)) literalsShown(child, found);
  }
}

function checkMarkup(source: Source): Problem[] {
  const problems: Problem[] = [];
  const report = (text: string, at: number, where: string) =>
    problems.push({ kind: 'hard-coded', message: `${source.path}:${lineOf(source.text, at)}: ${where} ${JSON.stringify(text.trim())} is not from a catalog` });
  const expression = (tag: Node, where: string) => {
    const found: { text: string; at: number }[] = [];
    literalsShown(tag.expression as Node, found);
    for (const f of found) if (isReadable(f.text)) report(f.text, f.at, where);
  };
  const walk = (node: unknown): void => {
    if (!isNode(node)) return;
    switch (node.type) {
      case 'Fragment':
        for (const child of node.nodes as Node[]) walk(child);
        return;
      case 'Text':
        if (isReadable(String(node.data))) report(String(node.data), node.start, 'text');
        return;
      case 'ExpressionTag':
        expression(node, 'text');
        return;
      case 'Comment':
        return;
    }
    if (Array.isArray(node.attributes)) {
      // Code samples are not translated.
      if (node.name === 'code') return;
      for (const attribute of node.attributes as Node[]) {
        if (attribute.type !== 'Attribute' || !READABLE_ATTRIBUTES.has(String(attribute.name).toLowerCase())) continue;
        for (const part of Array.isArray(attribute.value) ? attribute.value : [attribute.value]) {
          if (!isNode(part)) continue;
          if (part.type === 'Text' && isReadable(String(part.data))) report(String(part.data), part.start, `${String(attribute.name)}=`);
          else if (part.type === 'ExpressionTag') expression(part, `${String(attribute.name)}=`);
        }
      }
    }
    for (const key of ['fragment', 'consequent', 'alternate', 'body', 'fallback', 'pending', 'then', 'catch']) walk(node[key]);
  };
  walk((parse(source.text, { modern: true, filename: source.path }) as unknown as { fragment: Node }).fragment);
  return problems;
}

// --- all of it ----------------------------------------------------------------------

export function checkI18n(catalogs: Catalogs, sources: readonly Source[]): Problem[] {
  return [...checkCatalogShapes(catalogs), ...checkKeyUse(catalogs, sources), ...sources.filter((s) => s.path.endsWith('.svelte')).flatMap(checkMarkup)];
}

/** The dashboard's catalogs (src/lib/i18n/<locale>.json) and the sources that use them (no tests). */
export function readDashboard(root: string): { catalogs: Catalogs; sources: Source[] } {
  const catalogDir = join(root, 'src/lib/i18n');
  const catalogs: Catalogs = {};
  // <locale>.json and its parts <part>.<locale>.json (bikes.zh-CN.json) make one catalog; a key in two parts is a problem.
  const duplicates: string[] = [];
  for (const file of readdirSync(catalogDir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const name = file.replace(/\.json$/, '');
    const locale = /^[a-z]+\./.test(name) && !/^[a-z]{2}(-[A-Z]{2})?$/.test(name) ? name.slice(name.indexOf('.') + 1) : name;
    const part = JSON.parse(readFileSync(join(catalogDir, file), 'utf8')) as Record<string, string>;
    const into = (catalogs[locale] ??= {});
    for (const key of Object.keys(part)) if (Object.hasOwn(into, key)) duplicates.push(`${file}: ${key}`);
    Object.assign(into, part);
  }
  if (duplicates.length) throw new Error(`keys defined in two catalog parts: ${duplicates.join(', ')}`);
  const sources = readdirSync(join(root, 'src'), { recursive: true })
    .map(String)
    .filter((f) => /\.(ts|svelte)$/.test(f) && !f.endsWith('.test.ts'))
    .sort()
    .map((f) => ({ path: relative(root, join(root, 'src', f)), text: readFileSync(join(root, 'src', f), 'utf8') }));
  return { catalogs, sources };
}

export const DASHBOARD_ROOT = fileURLToPath(new URL('../', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { catalogs, sources } = readDashboard(DASHBOARD_ROOT);
  const problems = checkI18n(catalogs, sources);
  for (const p of problems) console.log(`${p.kind}: ${p.message}`);
  console.log(problems.length ? `${problems.length} problems` : `catalogs ${Object.keys(catalogs).join(', ')}: ${Object.keys(catalogs['zh-CN'] ?? {}).length} keys, all used, no hard-coded markup`);
  process.exit(problems.length ? 1 : 0);
}
