import assert from 'node:assert/strict';
import { it } from 'node:test';
import { gcj02ToWgs84, outOfChina, wgs84ToGcj02, type LonLat } from './gcj02.js';

/** Metres between two nearby positions (equirectangular: fine over a few hundred metres). */
function metres(a: LonLat, b: LonLat): number {
  const k = (Math.PI / 180) * 6_371_000;
  return Math.hypot((a[0] - b[0]) * k * Math.cos((a[1] * Math.PI) / 180), (a[1] - b[1]) * k);
}

it('shifts a WGS-84 position to the published GCJ-02 value', () => {
  // wandergis/coordtransform, test/app.js: wgs84togcj02(116.404, 39.915) = [116.41024449916938, 39.91640428150164]
  // (Beijing, Tiananmen). The reference code behind it is the one every Chinese map SDK reproduces.
  const [lon, lat] = wgs84ToGcj02([116.404, 39.915]);
  assert.ok(Math.abs(lon - 116.41024449916938) < 1e-12, String(lon));
  assert.ok(Math.abs(lat - 39.91640428150164) < 1e-12, String(lat));
});

it('brings a GCJ-02 position back to WGS-84 as published, and round-trips within 1 m anywhere in China', () => {
  // hujiulong/gcoord, test/unit/crs/GCJ02.spec.js: GCJ02 → WGS84 of [123, 45] ≈ [122.99395597, 44.99804071] (5 decimals).
  const [lon, lat] = gcj02ToWgs84([123, 45]);
  assert.ok(Math.abs(lon - 122.99395597) < 5e-6 && Math.abs(lat - 44.99804071) < 5e-6, `${lon} ${lat}`);
  // Xuyi, Beijing, Urumqi, Harbin, Sanya, Lhasa, Shanghai.
  const places: LonLat[] = [
    [118.53, 32.99],
    [116.404, 39.915],
    [87.6168, 43.8256],
    [126.535, 45.8038],
    [109.512, 18.2528],
    [91.1409, 29.6456],
    [121.4737, 31.2304],
  ];
  for (const wgs of places) {
    const gcj = wgs84ToGcj02(wgs);
    const shift = metres(wgs, gcj);
    assert.ok(shift > 50 && shift < 1_000, `the datum shift at ${wgs} is ${shift} m`);
    assert.ok(metres(gcj02ToWgs84(gcj), wgs) < 1, `round trip at ${wgs}`);
    assert.ok(metres(gcj02ToWgs84(gcj), wgs) < 0.01, `and in fact within 1 cm at ${wgs}`);
  }
});

it('leaves positions outside China as they are', () => {
  for (const p of [
    [139.767, 35.681],
    [-0.1276, 51.5072],
    [151.2093, -33.8688],
  ] as LonLat[]) {
    assert.equal(outOfChina(p), true);
    assert.deepEqual(wgs84ToGcj02(p), p);
    assert.deepEqual(gcj02ToWgs84(p), p);
  }
});
