import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { checkI18n, DASHBOARD_ROOT, readDashboard, type Problem } from './i18n-check.js';

const kinds = (problems: Problem[]) => problems.map((p) => `${p.kind}: ${p.message}`);

it('finds the dashboard’s catalogs complete, all used, and no words hard-coded in its markup', () => {
  const { catalogs, sources } = readDashboard(DASHBOARD_ROOT);
  assert.deepEqual(Object.keys(catalogs).sort(), ['en', 'zh-CN']);
  assert.ok(sources.some((s) => s.path === 'src/App.svelte'));
  assert.deepEqual(kinds(checkI18n(catalogs, sources)), []);
});

describe('reports faults planted in memory', () => {
  const uses = { path: 'src/lib/uses.ts', text: "t('greeting'); t('devices', { count: 2 }); message('bye');" };
  const sound = {
    'zh-CN': { greeting: '你好，{{name}}', devices_other: '{{count}} 台设备', bye: '再见' },
    en: { greeting: 'Hello, {{name}}', devices_one: '{{count}} device', devices_other: '{{count}} devices', bye: 'Bye' },
  };

  it('passes sound catalogs', () => {
    assert.deepEqual(checkI18n(sound, [uses]), []);
  });

  it('a key one catalog lacks', () => {
    const { bye: _bye, ...en } = sound.en;
    assert.deepEqual(kinds(checkI18n({ ...sound, en }, [uses])), ["missing: en lacks 'bye' (zh-CN has it)"]);
  });

  it('a key nobody uses, and a key asked for that no catalog has', () => {
    const catalogs = { 'zh-CN': { ...sound['zh-CN'], old: '旧' }, en: { ...sound.en, old: 'Old' } };
    const typo = { path: 'src/x.ts', text: "t('greetin');" };
    assert.deepEqual(kinds(checkI18n(catalogs, [uses, typo])), ["unused: 'old' is in the catalogs but no source names it", "undefined: src/x.ts:1: 'greetin' is asked for but no catalog has it"]);
  });

  it('a plural without the forms its language needs, and placeholders that differ', () => {
    const { devices_one: _one, ...en } = sound.en;
    const zh = { ...sound['zh-CN'], greeting: '你好，{{who}}' };
    assert.deepEqual(kinds(checkI18n({ 'zh-CN': zh, en }, [uses])), [
      "placeholder: 'greeting' has other placeholders in each language: zh-CN {who}, en {name}",
      "plural: en 'devices' is a plural: it needs the forms one, other (lacks one)",
    ]);
  });

  it('words in markup: text, readable attributes, strings shown from expressions', () => {
    const page = {
      path: 'src/Page.svelte',
      text: [
        '<script lang="ts">let busy = $state(false); let role = "admin";</script>',
        '<h1>Hello there</h1>',
        '<input placeholder="Search here" class="wide" data-testid="search-box" />',
        "<button aria-label={busy ? t('greeting') : 'Go now'}>{busy ? 'Signing out…' : t('bye')}</button>",
        '{#if role === \'admin\'}<img alt="A map" src="x.png" />{/if}',
        "<p>MQTT</p><p>{`${t('bye')} · `}</p><p>— 42 %</p><code>Authorization: Bearer</code>",
        '<!-- a comment says what it likes -->',
      ].join('\n'),
    };
    assert.deepEqual(kinds(checkI18n(sound, [uses, page])), [
      'hard-coded: src/Page.svelte:2: text "Hello there" is not from a catalog',
      'hard-coded: src/Page.svelte:3: placeholder= "Search here" is not from a catalog',
      'hard-coded: src/Page.svelte:4: aria-label= "Go now" is not from a catalog',
      'hard-coded: src/Page.svelte:4: text "Signing out…" is not from a catalog',
      'hard-coded: src/Page.svelte:5: alt= "A map" is not from a catalog',
    ]);
  });
});

describe('reports faults planted in a copy of the dashboard', () => {
  const copy = mkdtempSync(join(tmpdir(), 'wp-i18n-check-'));
  after(() => rmSync(copy, { recursive: true, force: true }));
  cpSync(join(DASHBOARD_ROOT, 'src'), join(copy, 'src'), { recursive: true });

  it('a removed English key, an orphaned key and a sentence typed into a component', () => {
    const en = join(copy, 'src/lib/i18n/en.json');
    const zh = join(copy, 'src/lib/i18n/zh-CN.json');
    const { 'panel.title': _gone, ...rest } = JSON.parse(readFileSync(en, 'utf8')) as Record<string, string>;
    writeFileSync(en, JSON.stringify({ ...rest, 'panel.retired': 'Retired' }));
    writeFileSync(zh, JSON.stringify({ ...(JSON.parse(readFileSync(zh, 'utf8')) as object), 'panel.retired': '已弃用' }));
    const panel = join(copy, 'src/components/panel/SidePanel.svelte');
    writeFileSync(panel, readFileSync(panel, 'utf8').replace('<ConnectionIndicator {status} />', '<ConnectionIndicator {status} /><span title="Live devices">Updated live</span>'));

    const { catalogs, sources } = readDashboard(copy);
    const found = kinds(checkI18n(catalogs, sources));
    assert.deepEqual(
      found.filter((p) => !p.startsWith('hard-coded')),
      ["missing: en lacks 'panel.title' (zh-CN has it)", "unused: 'panel.retired' is in the catalogs but no source names it"],
    );
    assert.deepEqual(
      found.filter((p) => p.startsWith('hard-coded')).map((p) => p.replace(/:\d+:/, ':N:')),
      [
        'hard-coded: src/components/panel/SidePanel.svelte:N: title= "Live devices" is not from a catalog',
        'hard-coded: src/components/panel/SidePanel.svelte:N: text "Updated live" is not from a catalog',
      ],
    );
  });
});
