// The county generator: deterministic, the seed county's figures at full scale, a connected road network, small layers.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildCounty } from './county.js';
import { segmentDistance } from './geo.js';
import { basemapLayers, deviceList } from './layers.js';

describe('county', () => {
  const full = buildCounty({ seed: 1, scale: 1 });

  it('is the same county for the same seed, and another for another seed', () => {
    const again = buildCounty({ seed: 1, scale: 1 });
    assert.deepEqual(basemapLayers(again), basemapLayers(full));
    assert.deepEqual(deviceList(again), deviceList(full));
    const other = buildCounty({ seed: 2, scale: 1 });
    assert.notDeepEqual(
      deviceList(other).map((d) => [d.lon, d.lat]),
      deviceList(full).map((d) => [d.lon, d.lat]),
    );
  });

  it('has 559 stations and 300 pillars at full scale, proportionally fewer below, never closer than 150 m', () => {
    assert.equal(full.stations.length, 559);
    assert.equal(full.pillars.length, 300);
    const tenth = buildCounty({ seed: 1, scale: 0.1 });
    assert.equal(tenth.stations.length, 56);
    assert.equal(tenth.pillars.length, 30);
    for (let i = 0; i < full.stations.length; i++) {
      for (let j = i + 1; j < full.stations.length; j++) {
        const [a, b] = [full.stations[i]!.at, full.stations[j]!.at];
        assert.ok(Math.hypot(a[0] - b[0], a[1] - b[1]) >= 150, `${full.stations[i]!.key} and ${full.stations[j]!.key} too close`);
      }
    }
    const sites = new Set(full.stations.map((s) => s.site));
    assert.ok(sites.has('crossing') && sites.has('entrance') && sites.has('county_road'));
    assert.ok(full.stations.every((s) => s.rangeM >= 30 && s.rangeM <= 80 && /基站$/.test(s.name)));
    assert.ok(full.pillars.every((p) => /报警柱$/.test(p.name)));
  });

  it('is one road network of county roads, main streets and streets, with bends', () => {
    const { graph } = full;
    assert.equal(graph.component(0).size, graph.nodes.length, 'every node reachable');
    const kinds = new Set(graph.edges.map((e) => e.kind));
    assert.deepEqual([...kinds].sort(), ['county_road', 'main', 'street']);
    // A county road between villages strays from the straight line between its ends by tens of metres.
    const countyRoads = graph.edges.filter((e) => e.kind === 'county_road' && e.length > 1000);
    const bent = countyRoads.filter((e) => Math.max(...e.line.map((p) => segmentDistance(p, e.line[0]!, e.line[e.line.length - 1]!).d)) > 25);
    assert.ok(bent.length > countyRoads.length / 2, `${bent.length} of ${countyRoads.length} county roads bend`);
  });

  it('builds the full county in well under a second and its layers in a few hundred kB', () => {
    const started = performance.now();
    buildCounty({ seed: 3, scale: 1 });
    const ms = performance.now() - started;
    assert.ok(ms < 1500, `built in ${ms.toFixed(0)} ms (a loaded shared machine; ~100 ms when quiet)`);
    const layers = basemapLayers(full);
    assert.deepEqual(
      layers.map((l) => l.name),
      ['county-water', 'county-roads', 'county-jurisdictions', 'county-places'],
    );
    const bytes = layers.reduce((n, l) => n + JSON.stringify(l.geojson).length, 0);
    assert.ok(bytes < 2 * 2 ** 20, `${bytes} bytes`);
    const places = layers[3]!.geojson.features;
    assert.ok(places.some((f) => f.properties!.name_zh === '盱城镇' && f.properties!.rank === 1));
    assert.ok(places.every((f) => typeof f.properties!.name_zh === 'string' && typeof f.properties!.name_en === 'string' && Number.isInteger(f.properties!.rank)));
    const roads = layers[1]!.geojson.features;
    assert.ok(roads.every((f) => ['county_road', 'main', 'street'].includes(f.properties!.kind as string)));
  });

  it('lists devices with a kind, a Chinese name and WGS-84 coordinates near Xuyi', () => {
    const list = deviceList(full);
    assert.equal(list.filter((d) => d.kind === 'station').length, 559);
    assert.ok(list.some((d) => d.kind === 'registration_point'));
    for (const d of list) {
      assert.ok(d.lon > 118.2 && d.lon < 119 && d.lat > 32.6 && d.lat < 33.3, `${d.id} at ${d.lon},${d.lat}`);
      assert.match(d.name, /[\u4e00-\u9fff]/);
    }
  });
});
