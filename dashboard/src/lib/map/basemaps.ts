/**
 * The basemaps the map offers, from the platform's configuration (GET /api/v1/map/config
 * `basemaps`, set by MAP_BASEMAPS), and the MapLibre style of each: the offline one drawn from
 * the overlay layers, a MapLibre style URL, a PMTiles archive, raster tiles, and the two map
 * services every Chinese county knows: Tianditu (天地图, CGCS2000: drawn as WGS-84) with its
 * key, and AMap (高德, GCJ-02: positions shifted on the way in). The offline basemap is always
 * offered, last unless configured elsewhere: without internet it is the one that works.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { Locale } from '../i18n/locales.js';
import type { MessageKey } from '../i18n/translator.js';
import type { BasemapConfig, MapConfig } from '../types.js';
import type { CoordinateSystem } from './datum.js';

export type BasemapSource =
  | { type: 'offline' }
  | { type: 'style'; url: string }
  | { type: 'pmtiles'; url: string }
  | { type: 'raster'; tiles: string[]; attribution?: string; maxZoom?: number }
  | { type: 'tianditu'; key: string; layer: 'vec' | 'img' | 'ter' }
  | { type: 'amap'; style: 'road' | 'satellite' };

export interface Basemap {
  id: string;
  /** As the operator configured it (shown as data), or null: then `titleKey` names it. */
  title: string | null;
  titleKey: MessageKey;
  system: CoordinateSystem;
  source: BasemapSource;
}

export const OFFLINE_ID = 'offline';
const OFFLINE: Basemap = { id: OFFLINE_ID, title: null, titleKey: 'map.basemap.offline', system: 'wgs84', source: { type: 'offline' } };

function sourceOf(b: BasemapInput): BasemapSource | null {
  if (b.offline) return { type: 'offline' };
  if (b.styleUrl) return { type: 'style', url: b.styleUrl };
  if (b.pmtilesUrl) return { type: 'pmtiles', url: b.pmtilesUrl };
  if (b.tiles?.length) return { type: 'raster', tiles: b.tiles, attribution: b.attribution, maxZoom: b.maxZoom };
  if (b.tianditu?.key) return { type: 'tianditu', key: b.tianditu.key, layer: b.tianditu.layer ?? 'vec' };
  if (b.amap) return { type: 'amap', style: b.amap.style ?? 'road' };
  return null;
}

const TITLE_KEY: Record<BasemapSource['type'], MessageKey> = {
  offline: 'map.basemap.offline',
  style: 'map.basemap.style',
  pmtiles: 'map.basemap.pmtiles',
  raster: 'map.basemap.raster',
  tianditu: 'map.basemap.tianditu',
  amap: 'map.basemap.amap',
};

/** A basemap as platforms send it: older ones leave out the datum (AMap's is GCJ-02, every other WGS-84). */
export type BasemapInput = Omit<BasemapConfig, 'coordinateSystem'> & Partial<Pick<BasemapConfig, 'coordinateSystem'>>;

/** The basemaps to offer, in order; older platforms send only `styleUrl`. */
export function basemapsOf(config: Pick<MapConfig, 'styleUrl'> & { basemaps?: readonly BasemapInput[] }): Basemap[] {
  const list: Basemap[] = [];
  const configured = config.basemaps?.length ? config.basemaps : config.styleUrl ? [{ id: 'style', styleUrl: config.styleUrl, coordinateSystem: 'wgs84' as const }] : [];
  for (const b of configured) {
    const source = sourceOf(b);
    if (!source || list.some((x) => x.id === b.id)) continue;
    const system = b.coordinateSystem ?? (source.type === 'amap' ? 'gcj02' : 'wgs84');
    list.push({ id: b.id, title: b.title?.trim() || null, titleKey: TITLE_KEY[source.type], system, source });
  }
  if (!list.some((b) => b.source.type === 'offline')) list.push(OFFLINE);
  return list;
}

/** The remembered choice if it is still offered, else the first. */
export function chooseBasemap(list: readonly Basemap[], remembered: string | null): Basemap {
  return list.find((b) => b.id === remembered) ?? list[0] ?? OFFLINE;
}

const TIANDITU_LABELS: Record<'vec' | 'img' | 'ter', Record<Locale, string>> = {
  vec: { 'zh-CN': 'cva', en: 'eva' },
  img: { 'zh-CN': 'cia', en: 'eia' },
  ter: { 'zh-CN': 'cta', en: 'cta' },
};

/** Tianditu's WMTS tiles in Web Mercator ('_w'), on its eight hosts t0…t7, with the key as `tk`. */
export function tiandituTiles(layer: string, key: string): string[] {
  return Array.from(
    { length: 8 },
    (_, i) =>
      `https://t${i}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`,
  );
}

/** AMap's raster tiles on its four hosts: the road map in the page's language, or imagery. */
export function amapTiles(style: 'road' | 'satellite', locale: Locale): string[] {
  return [1, 2, 3, 4].map((n) =>
    style === 'satellite'
      ? `https://webst0${n}.is.autonavi.com/appmaptile?style=6&x={x}&y={y}&z={z}`
      : `https://webrd0${n}.is.autonavi.com/appmaptile?lang=${locale === 'en' ? 'en' : 'zh_cn'}&size=1&scale=1&style=8&x={x}&y={y}&z={z}`,
  );
}

/** Raster layers stacked bottom to top, as one style. */
export function rasterStyle(id: string, stack: { tiles: string[]; attribution?: string; maxZoom?: number }[]): StyleSpecification {
  const sources: StyleSpecification['sources'] = {};
  stack.forEach((s, i) => {
    sources[`${id}-${i}`] = { type: 'raster', tiles: s.tiles, tileSize: 256, maxzoom: s.maxZoom ?? 18, ...(s.attribution ? { attribution: s.attribution } : {}) };
  });
  return {
    version: 8,
    name: id,
    sources,
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#f3f0e8' } }, ...stack.map((_, i) => ({ id: `${id}-${i}`, type: 'raster' as const, source: `${id}-${i}` }))],
  };
}

/** The style of a tiled basemap (not offline, style URL or PMTiles, which need more than this). */
export function tiledStyle(b: Basemap, locale: Locale, attribution: string): StyleSpecification | null {
  const s = b.source;
  if (s.type === 'tianditu') return rasterStyle(b.id, [{ tiles: tiandituTiles(s.layer, s.key), attribution }, { tiles: tiandituTiles(TIANDITU_LABELS[s.layer][locale], s.key) }]);
  if (s.type === 'amap') return rasterStyle(b.id, [{ tiles: amapTiles(s.style, locale), attribution }]);
  if (s.type === 'raster') return rasterStyle(b.id, [{ tiles: s.tiles, attribution: s.attribution, maxZoom: s.maxZoom }]);
  return null;
}
