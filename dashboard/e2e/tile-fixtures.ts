/**
 * Tiles for the basemap tests, made here so that no test needs a tile server or the internet:
 * a plain PNG tile (what Tianditu and AMap answer, mocked), and a small PMTiles v3 archive of
 * vector tiles in the Protomaps basemap schema (earth, water, roads, places) around Xuyi, as an
 * operator would cut one for a county with `pmtiles extract`.
 */
import { deflateSync } from 'node:zlib';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { FeatureCollection } from 'geojson';
import { zxyToTileId } from 'pmtiles';
import { at } from './county-fixture.js';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf: Buffer) => (buf.reduce((c, b) => CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0;

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A 256 × 256 PNG of one colour. */
export function solidPng([r, g, b]: [number, number, number]): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(256, 0);
  ihdr.writeUInt32BE(256, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB
  const row = Buffer.alloc(1 + 256 * 3);
  for (let x = 0; x < 256; x++) row.set([r, g, b], 1 + x * 3);
  const pixels = Buffer.concat(Array.from({ length: 256 }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]);
}

function varints(values: number[]): number[] {
  const out: number[] = [];
  for (let v of values) {
    while (v >= 0x80) {
      out.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    out.push(v);
  }
  return out;
}

const tileOf = (lon: number, lat: number, z: number): [number, number] => {
  const n = 2 ** z;
  const rad = (lat * Math.PI) / 180;
  return [Math.floor(((lon + 180) / 360) * n), Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n)];
};

/** The county seat in the Protomaps schema: land, Hongze Lake's shore, streets, a county road, names. */
function seatLayers(): Record<string, FeatureCollection> {
  const fc = (features: FeatureCollection['features']): FeatureCollection => ({ type: 'FeatureCollection', features });
  const box = (x0: number, y0: number, x1: number, y1: number) => [[at(x0, y0), at(x1, y0), at(x1, y1), at(x0, y1), at(x0, y0)]];
  const streets = [];
  for (let i = -3; i <= 3; i++) {
    const kind = i === 0 ? 'major_road' : 'minor_road';
    streets.push({
      type: 'Feature' as const,
      properties: { kind, kind_detail: i === 0 ? 'primary' : 'residential', name: `街道${i + 4}`, min_zoom: 10 },
      geometry: { type: 'LineString' as const, coordinates: [at(i * 0.4, -1.5), at(i * 0.4, 1.5)] },
    });
    streets.push({
      type: 'Feature' as const,
      properties: { kind, kind_detail: i === 0 ? 'primary' : 'residential', name: `大道${i + 4}`, min_zoom: 10 },
      geometry: { type: 'LineString' as const, coordinates: [at(-1.5, i * 0.4), at(1.5, i * 0.4)] },
    });
  }
  return {
    earth: fc([{ type: 'Feature', properties: { kind: 'earth' }, geometry: { type: 'Polygon', coordinates: box(-30, -30, 30, 30) } }]),
    water: fc([{ type: 'Feature', properties: { kind: 'water', kind_detail: 'lake', name: '洪泽湖' }, geometry: { type: 'Polygon', coordinates: box(-30, 1.1, 0.6, 30) } }]),
    roads: fc(streets),
    places: fc([
      {
        type: 'Feature',
        properties: { kind: 'locality', kind_detail: 'town', name: '盱眙', 'name:en': 'Xuyi', min_zoom: 6, population_rank: 10 },
        geometry: { type: 'Point', coordinates: at(0.2, 0.2) },
      },
    ]),
  };
}

/** A PMTiles v3 archive (uncompressed directories and tiles) of the seat from zoom 8 to 15. */
export function seatPmtiles(): Buffer {
  const layers = seatLayers();
  const indexes = Object.fromEntries(Object.entries(layers).map(([name, data]) => [name, new GeoJSONVT(data, { maxZoom: 15, indexMaxZoom: 15, extent: 4096, buffer: 64 })]));
  const [lon0, lat0] = at(-2, -2);
  const [lon1, lat1] = at(2, 2);
  const tiles: { id: number; data: Buffer }[] = [];
  for (let z = 8; z <= 15; z++) {
    const [xa, ya] = tileOf(lon0, lat1, z);
    const [xb, yb] = tileOf(lon1, lat0, z);
    for (let x = xa; x <= xb; x++) {
      for (let y = ya; y <= yb; y++) {
        const drawn = Object.fromEntries(Object.entries(indexes).flatMap(([name, index]) => (index.getTile(z, x, y) ? [[name, index.getTile(z, x, y)!]] : [])));
        if (Object.keys(drawn).length) tiles.push({ id: zxyToTileId(z, x, y), data: Buffer.from(fromGeojsonVt(drawn, { version: 2, extent: 4096 })) });
      }
    }
  }
  tiles.sort((a, b) => a.id - b.id);
  let offset = 0;
  const entries = tiles.map((t) => ({ id: t.id, offset: (offset += t.data.length) - t.data.length, length: t.data.length }));
  const directory = Buffer.from(
    varints([
      entries.length,
      ...entries.map((e, i) => e.id - (i ? entries[i - 1]!.id : 0)),
      ...entries.map(() => 1),
      ...entries.map((e) => e.length),
      ...entries.map((e, i) => (i && e.offset === entries[i - 1]!.offset + entries[i - 1]!.length ? 0 : e.offset + 1)),
    ]),
  );
  const metadata = Buffer.from(JSON.stringify({ name: 'xuyi-test', vector_layers: Object.keys(layers).map((id) => ({ id, fields: {} })) }));
  const data = Buffer.concat(tiles.map((t) => t.data));
  const header = Buffer.alloc(127);
  header.write('PMTiles', 0, 'ascii');
  header.writeUInt8(3, 7);
  const u64 = (at: number, v: number) => header.writeBigUInt64LE(BigInt(v), at);
  u64(8, 127);
  u64(16, directory.length);
  u64(24, 127 + directory.length);
  u64(32, metadata.length);
  u64(40, 0);
  u64(48, 0);
  u64(56, 127 + directory.length + metadata.length);
  u64(64, data.length);
  u64(72, tiles.length);
  u64(80, tiles.length);
  u64(88, tiles.length);
  header.set([1, 1, 1, 1, 8, 15], 96); // clustered, no internal compression, no tile compression, MVT, zooms 8–15
  header.writeInt32LE(Math.round(lon0 * 1e7), 102);
  header.writeInt32LE(Math.round(lat0 * 1e7), 106);
  header.writeInt32LE(Math.round(lon1 * 1e7), 110);
  header.writeInt32LE(Math.round(lat1 * 1e7), 114);
  header.writeUInt8(13, 118);
  header.writeInt32LE(Math.round(at(0, 0)[0] * 1e7), 119);
  header.writeInt32LE(Math.round(at(0, 0)[1] * 1e7), 123);
  return Buffer.concat([header, directory, metadata, data]);
}
