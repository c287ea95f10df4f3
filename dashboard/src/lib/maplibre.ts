/**
 * MapLibre set up for Watchpost: the worker bundled beside the app (MapLibre 6
 * needs its URL under a bundler), and a basemap that needs no internet: without
 * a style URL, or when that style cannot be loaded, the map is a plain
 * background and our own layers. No glyphs or sprites, so no font requests.
 */
import { Map as MaplibreMap, NavigationControl, ScaleControl, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { t } from './i18n/language.svelte.js';
import type { MapConfig } from './types.js';

setWorkerUrl(workerUrl);

export const OFFLINE_STYLE: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#e8edf1' } }],
};

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

/** Creates the map; `onLoad` runs once the style (ours or the configured one) has loaded. */
export function createMap(container: HTMLElement, config: MapConfig, onLoad: (map: MaplibreMap) => void): MaplibreMap {
  const map = new MaplibreMap({
    container,
    style: config.styleUrl ?? OFFLINE_STYLE,
    center: config.center,
    zoom: config.zoom,
    attributionControl: { compact: true },
    locale: mapLocale(),
  });
  let loaded = false;
  let fellBack = false;
  map.on('error', (e) => {
    // A basemap out of reach (no internet, tile server down) must not leave operators without a map.
    // Tile and source errors carry a sourceId; only a style that cannot be loaded at all falls back.
    if (loaded || fellBack || !config.styleUrl || 'sourceId' in e) return;
    fellBack = true;
    console.warn(`basemap ${config.styleUrl} could not be loaded; using the plain background`, e.error);
    map.setStyle(OFFLINE_STYLE);
  });
  map.once('load', () => {
    loaded = true;
    onLoad(map);
  });
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');
  return map;
}
