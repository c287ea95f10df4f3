/**
 * MapLibre set up for Watchpost: the worker bundled beside the app (MapLibre 6 needs its URL
 * under a bundler), MapLibre's own words in the page's language, labels drawn with the
 * browser's fonts (no glyph server), and the style of each basemap (map/basemaps.ts).
 */
import { Map as MaplibreMap, NavigationControl, ScaleControl, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { t } from './i18n/language.svelte.js';
import type { Locale } from './i18n/locales.js';
import type { Basemap } from './map/basemaps.js';
import { tiledStyle } from './map/basemaps.js';
import { LABEL_FONT, offlineStyle } from './map/offline-style.js';
import type { OverlayLayer } from './types.js';

setWorkerUrl(workerUrl);

/**
 * MapLibre's own words (control titles, the popup's close button, scale units)
 * in the page's language. MapLibre reads them once, when the map is made: the
 * map view makes a new map when the language changes.
 */
function mapLocale(): Record<string, string> {
  return {
    'AttributionControl.ToggleAttribution': t('map.control.attribution'),
    'Map.Title': t('view.map'),
    'NavigationControl.ResetBearing': t('map.control.resetBearing'),
    'NavigationControl.ZoomIn': t('map.control.zoomIn'),
    'NavigationControl.ZoomOut': t('map.control.zoomOut'),
    'Popup.Close': t('map.control.closePopup'),
    'ScaleControl.Meters': t('map.unit.metres'),
    'ScaleControl.Kilometers': t('map.unit.kilometres'),
  };
}

/** The style of a basemap: built here for offline, tiles and PMTiles; a style URL as it is. */
export async function styleOf(basemap: Basemap, overlays: readonly OverlayLayer[], locale: Locale): Promise<StyleSpecification | string> {
  const s = basemap.source;
  if (s.type === 'offline') return offlineStyle(overlays, locale);
  if (s.type === 'style') return s.url;
  if (s.type === 'pmtiles') {
    // Loaded only when chosen: most counties have no archive.
    const { pmtilesStyle } = await import('./map/pmtiles-style.js');
    return pmtilesStyle(basemap.id, s.url, locale, t('map.attribution.osm'));
  }
  const attribution = s.type === 'tianditu' ? t('map.attribution.tianditu') : s.type === 'amap' ? t('map.attribution.amap') : '';
  return tiledStyle(basemap, locale, attribution)!;
}

export interface Camera {
  center: [number, number];
  zoom: number;
}

/**
 * Creates the map on `style`; `onLoad` runs once it has loaded, `onFailed` when the basemap
 * cannot be had at all (the style does not load, or not one of its tiles does: no internet).
 */
export function createMap(container: HTMLElement, style: StyleSpecification | string, camera: Camera, onLoad: (map: MaplibreMap) => void, onFailed: (err: unknown) => void): MaplibreMap {
  const map = new MaplibreMap({
    container,
    style,
    center: camera.center,
    zoom: camera.zoom,
    attributionControl: { compact: true },
    locale: mapLocale(),
    // Chinese labels of a style that has a glyph server are drawn locally all the same (fonts of this computer).
    localIdeographFontFamily: LABEL_FONT.join(', '),
  });
  let loaded = false;
  /** The basemap's own sources (ours are added after the load). */
  let basemapSources = new Set<string>();
  let tilesOk = 0;
  let tilesFailed = 0;
  let failed = false;
  const fail = (err: unknown) => {
    if (failed) return;
    failed = true;
    onFailed(err);
  };
  map.on('error', (e) => {
    if (!('sourceId' in e)) {
      // A style that cannot be loaded at all.
      if (!loaded) fail(e.error);
      return;
    }
    if (basemapSources.has(String(e.sourceId))) tilesFailed++;
  });
  map.on('data', (e) => {
    if (e.dataType === 'source' && 'tile' in e && e.tile && basemapSources.has(e.sourceId)) tilesOk++;
  });
  // The style's own sources, known as soon as it is parsed: tiles fail fast without internet, before 'load'.
  map.once('styledata', () => (basemapSources = new Set(Object.keys(map.getStyle().sources))));
  map.once('load', () => {
    loaded = true;
    onLoad(map);
    // Once everything in view has been tried: not one tile came, some failed: the basemap is out of reach.
    map.once('idle', () => {
      if (tilesOk === 0 && tilesFailed > 0) fail(new Error(`${tilesFailed} basemap tiles failed`));
    });
  });
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');
  return map;
}
