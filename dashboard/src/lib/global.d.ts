import type { Map as MaplibreMap } from 'maplibre-gl';

declare global {
  interface Window {
    /**
     * The dashboard's MapLibre map: the handle browser tests and debugging use
     * (e.g. `watchpostMap.queryRenderedFeatures({ layers: ['devices-station'] })`).
     */
    watchpostMap?: MaplibreMap;
    /** Message keys the page asked for and a catalog lacks, as `locale:key` (browser tests read them). */
    watchpostMissingKeys?: string[];
  }
}
