import type { Map as MaplibreMap } from 'maplibre-gl';

declare global {
  /** The Barcode Detection API (Chromium on Android and macOS, Safari): feature-detected before use. */
  class BarcodeDetector {
    constructor(options?: { formats?: string[] });
    detect(source: CanvasImageSource | ImageBitmapSource): Promise<{ rawValue: string; format: string }[]>;
    static getSupportedFormats(): Promise<string[]>;
  }

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
