// Regenerates src/generated/ from proto/ with protobufjs's pbjs.
// With --check, generates into a temporary folder and fails on any difference
// from the committed files (so the committed code always matches the .proto).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const protoDir = join(root, 'proto');
const protos = readdirSync(join(protoDir, 'watchpost/v1'))
  .filter((f) => f.endsWith('.proto'))
  .sort();
const outDir = check ? mkdtempSync(join(tmpdir(), 'wp-gen-')) : join(root, 'src/generated');

execFileSync(
  process.execPath,
  [
    join(root, '../node_modules/protobufjs-cli/bin/pbjs'),
    ...['-t', 'static-module', '-w', 'esm', '--no-create', '--no-verify', '--no-delimited', '--no-typeurl', '--no-convert'],
    ...['-p', protoDir, '-o', join(outDir, 'watchpost.js'), '-d'],
    ...protos.map((p) => join(protoDir, 'watchpost/v1', p)),
  ],
  { stdio: 'inherit' },
);

if (check) {
  const stale = ['watchpost.js', 'watchpost.d.ts'].filter((f) => readFileSync(join(outDir, f), 'utf8') !== readFileSync(join(root, 'src/generated', f), 'utf8'));
  rmSync(outDir, { recursive: true, force: true });
  if (stale.length) {
    console.error(`src/generated is stale (${stale.join(', ')}): run npm run generate -w firmware-protocol and commit`);
    process.exit(1);
  }
  console.log('src/generated matches proto/');
}
