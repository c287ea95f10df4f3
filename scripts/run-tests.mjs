// Runs a package's tests with node's built-in test runner, TypeScript through tsx.
// Usage: node ../scripts/run-tests.mjs <dir...> [--pattern <substring>] [node --test flags]
// Node 20's --test does not expand globs, so the files are found here.
// The "source" condition makes workspace packages resolve to their src/ (no build needed).
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const dirs = [];
const passThrough = [];
let pattern = process.env.TEST_FILTER ?? '';
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--pattern') pattern = args[++i] ?? '';
  else if (a.startsWith('-')) passThrough.push(a);
  else if (statSync(a, { throwIfNoEntry: false })?.isDirectory()) dirs.push(a);
  else pattern = a;
}

const suffix = process.env.TEST_SUFFIX ?? '.test.ts';
const files = dirs
  .flatMap((dir) => readdirSync(dir, { recursive: true }).map((f) => join(dir, String(f))))
  .filter((f) => f.endsWith(suffix) && !f.includes('node_modules') && f.includes(pattern))
  .sort();

if (files.length === 0) {
  console.log(`no ${suffix} files under ${dirs.join(', ')}${pattern ? ` matching '${pattern}'` : ''}`);
  process.exit(0);
}

const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', '--test', '--test-reporter=spec', ...passThrough, ...files], { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
