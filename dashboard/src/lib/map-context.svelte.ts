/**
 * What the map components share: the MapLibre map once its style has loaded, the datum of its
 * basemap (positions are WGS-84; a GCJ-02 basemap needs them shifted), and what must still
 * happen before the map counts as ready (its container gets `data-ready="true"`, which browser
 * tests and installers' checks wait for).
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { getContext, setContext } from 'svelte';
import { SvelteSet } from 'svelte/reactivity';
import { WGS84, type Datum } from './map/datum.js';

const KEY = Symbol('watchpost-map');

export class MapContext {
  /** Set once the style has loaded: components add their sources and layers then. */
  map = $state.raw<MaplibreMap | null>(null);
  /** Style, sources and first data are in, and the map has drawn them. */
  ready = $state(false);
  private readonly pending = new SvelteSet<string>();

  constructor(readonly datum: Datum = WGS84) {}

  /** Registers work the map must wait for; call the returned function when it is done. */
  expect(what: string): () => void {
    this.pending.add(what);
    return () => this.pending.delete(what);
  }

  /** The map has loaded and nothing registered is still pending. */
  get settled(): boolean {
    return this.map !== null && this.pending.size === 0;
  }
}

export function provideMapContext(ctx: MapContext): MapContext {
  return setContext(KEY, ctx);
}

export function mapContext(): MapContext {
  const ctx = getContext<MapContext | undefined>(KEY);
  if (!ctx) throw new Error('a map component must be placed inside <MapView>');
  return ctx;
}
