/** Reading the MapLibre map of the page (window.watchpostMap) in browser tests. */
import type { Page } from 'playwright-core';
import { adminFetch, registerDevice, type RegisteredDevice } from '@watchpost/broker/test-support';

/** Resolves once the map has drawn everything after a move or a change. */
export function mapIdle(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.watchpostMap!;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

export interface Camera {
  lng: number;
  lat: number;
  zoom: number;
}

export const cameraOf = (page: Page): Promise<Camera> =>
  page.evaluate(() => {
    const m = window.watchpostMap!;
    return { lng: m.getCenter().lng, lat: m.getCenter().lat, zoom: m.getZoom() };
  });

/** The rendered features of layers: ids of single devices and, for clusters, their sizes. */
export function renderedDevices(page: Page, kinds: string[]): Promise<{ singles: string[]; clusters: { id: number; count: number; lngLat: [number, number]; translate: [number, number] }[] }> {
  return page.evaluate((kinds) => {
    const map = window.watchpostMap!;
    const singles = new Set<string>();
    const clusters = new Map<number, { id: number; count: number; lngLat: [number, number]; translate: [number, number] }>();
    for (const f of map.queryRenderedFeatures({ layers: kinds.flatMap((k) => [`devices-${k}`, `devices-${k}-clusters`]) })) {
      const p = f.properties as { id?: string; cluster_id?: number; point_count?: number };
      if (p.cluster_id !== undefined) {
        // Clusters of each kind are drawn shifted (circle-translate): where they are on the screen.
        const translate = (map.getPaintProperty(f.layer.id, 'circle-translate') as [number, number] | undefined) ?? [0, 0];
        clusters.set(p.cluster_id * 10 + kinds.indexOf(f.layer.id.split('-')[1]!), {
          id: p.cluster_id,
          count: p.point_count!,
          lngLat: (f.geometry as unknown as { coordinates: [number, number] }).coordinates,
          translate,
        });
      } else if (p.id) singles.add(p.id);
    }
    return { singles: [...singles], clusters: [...clusters.values()] };
  }, kinds);
}

/** Uploads overlay layers as the simulator does. */
export async function putLayers(baseUrl: string, layers: { name: string; title: string; geojson: unknown }[]): Promise<void> {
  for (const layer of layers) {
    const res = await adminFetch(baseUrl, `/api/v1/map/layers/${layer.name}`, { method: 'PUT', body: JSON.stringify({ title: layer.title, geojson: layer.geojson }) });
    if (res.status !== 204) throw new Error(`PUT ${layer.name}: ${res.status} ${await res.text()}`);
  }
}

/** Registers devices a few at a time. */
export async function registerAll(baseUrl: string, bodies: Record<string, unknown>[], parallel = 8): Promise<RegisteredDevice[]> {
  const out: RegisteredDevice[] = new Array(bodies.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < bodies.length) {
        const i = next++;
        out[i] = await registerDevice(baseUrl, bodies[i]!);
      }
    }),
  );
  return out;
}
