import type { DeviceKind } from '../../lib/types.js';

/** Every device layer's id starts with this; overlays go beneath the first one. */
export const DEVICE_LAYER_PREFIX = 'devices-';

/** The source of one kind and its layer of single devices share this id, e.g. `devices-station`. */
export function deviceLayerId(kind: DeviceKind): string {
  return `${DEVICE_LAYER_PREFIX}${kind}`;
}

/** The layers of one kind: single devices, their labels, clusters and the clusters' counts. */
export function deviceLayerIds(kind: DeviceKind): { points: string; labels: string; clusters: string; counts: string } {
  const id = deviceLayerId(kind);
  return { points: id, labels: `${id}-labels`, clusters: `${id}-clusters`, counts: `${id}-counts` };
}
