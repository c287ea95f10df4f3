// The import direction is checked (npm run lint:imports, dependency-cruiser with
// .dependency-cruiser.cjs): a home that imports one above it, or a package that
// imports back, fails the check. Shown here on a small tree of its own.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, it } from 'node:test';

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'wp-layers-'));
after(() => rmSync(work, { recursive: true, force: true }));

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(work, 't-'));
  mkdirSync(join(dir, 'broker/src'), { recursive: true });
  mkdirSync(join(dir, 'ingest/src'), { recursive: true });
  writeFileSync(join(dir, 'tsconfig.depcruise.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', allowJs: true }, include: ['**/*.ts'] }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function check(dir: string): { status: number | null; output: string } {
  const bin = join(root, 'node_modules/.bin/depcruise');
  const r = spawnSync(bin, ['--config', join(root, '.dependency-cruiser.cjs'), 'broker/src', 'ingest/src', '--output-type', 'err'], { cwd: dir, encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

it('passes imports that run down the layers', () => {
  const dir = tree({
    'broker/src/kernel/texts.ts': 'export const x = 1;\n',
    'broker/src/domains/devices/service.ts': "import { x } from '../../kernel/texts.js';\nexport const y = x;\n",
    'broker/src/domains/alarms/rules.ts': "import { y } from '../devices/service.js';\nexport const z = y;\n",
  });
  const r = check(dir);
  assert.equal(r.status, 0, r.output);
});

it('fails on a home importing one above it, naming the rule', () => {
  const dir = tree({
    'broker/src/domains/alarms/rules.ts': 'export const z = 1;\n',
    'broker/src/domains/devices/service.ts': "import { z } from '../alarms/rules.js';\nexport const y = z;\n",
  });
  const r = check(dir);
  assert.notEqual(r.status, 0);
  assert.match(r.output, /layer-devices-imports-verticals/);
});

it('fails on the verticals importing each other, and on ingest importing the broker', () => {
  const dir = tree({
    'broker/src/domains/bikes/hits.ts': "import { a } from '../alarms/alarm.js';\nexport const b = a;\n",
    'broker/src/domains/alarms/alarm.ts': 'export const a = 1;\n',
    'ingest/src/pipeline/steps.ts': "import { a } from '../../../broker/src/domains/alarms/alarm.js';\nexport const s = a;\n",
  });
  const r = check(dir);
  assert.notEqual(r.status, 0);
  assert.match(r.output, /verticals-apart/);
  assert.match(r.output, /ingest-below-broker/);
});
