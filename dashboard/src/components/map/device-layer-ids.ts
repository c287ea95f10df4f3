import type { DeviceKind } from '../../lib/types.js';

/** Every device layer's id starts with this; overlays go beneath the first one. */
export const DEVICE_LAYER_PREFIX = 'devices-';

/** The source and the circle layer of one kind share this id, e.g. `devices-station`. */
export function deviceLayerId(kind: DeviceKind): string {
  return `${DEVICE_LAYER_PREFIX}${kind}`;
}
