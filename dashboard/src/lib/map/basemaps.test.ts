import assert from 'node:assert/strict';
import { it } from 'node:test';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { amapTiles, basemapsOf, chooseBasemap, tiandituTiles, tiledStyle } from './basemaps.js';

it('offers the configured basemaps with their datums, and always the offline one', () => {
  const list = basemapsOf({
    styleUrl: null,
    basemaps: [
      { id: 'tianditu', tianditu: { key: 'tk-1' } },
      { id: 'gaode', amap: {} },
      { id: 'county', title: ' 县域底图 ', pmtilesUrl: '/basemap/county.pmtiles' },
      { id: 'gaode', amap: { style: 'satellite' } },
      { id: 'nothing' },
    ],
  });
  assert.deepEqual(
    list.map((b) => [b.id, b.system, b.source.type, b.title]),
    [
      ['tianditu', 'wgs84', 'tianditu', null],
      ['gaode', 'gcj02', 'amap', null],
      ['county', 'wgs84', 'pmtiles', '县域底图'],
      ['offline', 'wgs84', 'offline', null],
    ],
  );
  assert.equal(list[0]!.titleKey, 'map.basemap.tianditu');
});

it('an older platform: its style URL, then offline; nothing configured: offline alone', () => {
  assert.deepEqual(
    basemapsOf({ styleUrl: 'https://tiles.example.cn/style.json' }).map((b) => b.source.type),
    ['style', 'offline'],
  );
  assert.deepEqual(
    basemapsOf({ styleUrl: null, basemaps: [] }).map((b) => b.id),
    ['offline'],
  );
});

it('picks the remembered basemap while it is offered, else the first', () => {
  const list = basemapsOf({
    styleUrl: null,
    basemaps: [
      { id: 'tianditu', tianditu: { key: 'k' } },
      { id: 'offline', offline: true },
    ],
  });
  assert.equal(chooseBasemap(list, 'offline').id, 'offline');
  assert.equal(chooseBasemap(list, 'gone').id, 'tianditu');
  assert.equal(chooseBasemap(list, null).id, 'tianditu');
});

it('builds Tianditu tiles on its eight hosts with the key, labels in the language; AMap in the language', () => {
  const tiles = tiandituTiles('vec', 'a&b');
  assert.equal(tiles.length, 8);
  assert.ok(tiles.every((t, i) => t.startsWith(`https://t${i}.tianditu.gov.cn/vec_w/wmts?`) && t.endsWith('&tk=a%26b') && t.includes('TILEMATRIX={z}&TILEROW={y}&TILECOL={x}')));
  const [tianditu] = basemapsOf({ styleUrl: null, basemaps: [{ id: 't', tianditu: { key: 'k' } }] });
  const zh = tiledStyle(tianditu!, 'zh-CN', '© 天地图')!;
  const en = tiledStyle(tianditu!, 'en', '© Tianditu')!;
  assert.deepEqual(validateStyleMin(zh), []);
  assert.match(JSON.stringify(zh.sources), /cva_w/);
  assert.match(JSON.stringify(en.sources), /eva_w/);
  assert.ok(amapTiles('road', 'zh-CN').every((t) => /^https:\/\/webrd0[1-4]\.is\.autonavi\.com\/appmaptile\?lang=zh_cn&/.test(t)));
  assert.ok(amapTiles('road', 'en').every((t) => t.includes('lang=en')));
});
