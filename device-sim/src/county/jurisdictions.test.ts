// Jurisdictions are a partition: towns cover the county, police areas cover their town, every device falls in exactly one.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seededRandom } from '@watchpost/firmware-protocol/testing';
import { buildCounty } from './county.js';
import { pointInRing, type Pt } from './geo.js';
import { jurisdictionsLayer } from './layers.js';

describe('jurisdictions', () => {
  const county = buildCounty({ seed: 1, scale: 1 });
  const police = county.jurisdictions.filter((j) => j.kind === 'police_area');
  const towns = county.jurisdictions.filter((j) => j.kind === 'town');
  const containing = (list: typeof police, p: Pt) => list.filter((j) => pointInRing(p, j.ring));

  it('puts every station and pillar in exactly one police area, inside its town', () => {
    for (const d of [...county.stations, ...county.pillars]) {
      const areas = containing(police, d.at);
      assert.equal(areas.length, 1, `${d.key} (${d.name}) is in ${areas.length} police areas`);
      const town = containing(towns, d.at);
      assert.equal(town.length, 1);
      assert.equal(areas[0]!.parentId, town[0]!.id);
    }
  });

  it('covers the county: random points inside the outline fall in exactly one town and one police area', () => {
    const rand = seededRandom(5);
    const xs = county.outline.map((p) => p[0]);
    const ys = county.outline.map((p) => p[1]);
    let tested = 0;
    while (tested < 3000) {
      const p: Pt = [Math.min(...xs) + rand() * (Math.max(...xs) - Math.min(...xs)), Math.min(...ys) + rand() * (Math.max(...ys) - Math.min(...ys))];
      if (!pointInRing(p, county.outline)) continue;
      tested++;
      assert.equal(containing(towns, p).length, 1, `town cells at ${p}`);
      assert.equal(containing(police, p).length, 1, `police areas at ${p}`);
    }
  });

  it('has two or three police areas per town, with ids, names and parents as the API takes them', () => {
    for (const t of towns) {
      const n = police.filter((p) => p.parentId === t.id).length;
      assert.ok(n === 2 || n === 3, `${t.id}: ${n} police areas`);
      assert.equal(t.parentId, 'xuyi');
    }
    for (const j of county.jurisdictions) assert.match(j.id, /^[a-z0-9][a-z0-9-]{1,63}$/);
    const features = jurisdictionsLayer(county).features;
    assert.equal(features.length, county.jurisdictions.length);
    assert.deepEqual(Object.keys(features[0]!.properties!).sort(), ['id', 'kind', 'name_en', 'name_zh', 'parentId']);
  });
});
