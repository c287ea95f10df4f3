/**
 * How presence and kinds look, in one place for the map layers, the legend, the list
 * and the popup (their words are in i18n/labels.ts). Colours from the Okabe-Ito palette: distinct for colour-blind eyes too.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { DeviceKind, Presence } from './types.js';

export const PRESENCE_COLOR: Record<Presence, string> = {
  online: '#009e73',
  offline: '#d55e00',
  never_seen: '#8a8f98',
};

/** Circle radius in pixels at zoom 12 (smaller zoomed out, larger zoomed in); pillars biggest, tags smallest. */
export const KIND_RADIUS: Record<DeviceKind, number> = { pillar: 8, station: 6, tag: 4 };

/** The MapLibre expression colouring a device circle by its `presence` property. */
export const presenceColorExpression: ExpressionSpecification = ['match', ['get', 'presence'], 'online', PRESENCE_COLOR.online, 'offline', PRESENCE_COLOR.offline, PRESENCE_COLOR.never_seen];
