/**
 * The platform API as the dashboard sees it. These mirror broker/src/http/schemas.ts
 * and broker/src/http/live-feed.ts (the OpenAPI document at /api/docs is the reference).
 */
import type { FeatureCollection } from 'geojson';

export const DEVICE_KINDS = ['pillar', 'station', 'tag'] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];

export const PRESENCES = ['online', 'offline', 'never_seen'] as const;
export type Presence = (typeof PRESENCES)[number];

/** A device with its presence. Coordinates are WGS-84 as registered: never shifted (no GCJ-02). */
export interface Device {
  id: string;
  kind: DeviceKind;
  name: string;
  lat: number | null;
  lon: number | null;
  registeredAt: string;
  lastSeenAt: string | null;
  presence: Presence;
  presenceSince: string | null;
  heartbeatIntervalS: number;
  offlineAfterS: number;
}

/** One entry of a `changes` batch on GET /api/v1/live. */
export type LiveEvent =
  | { type: 'device'; device: Device }
  | { type: 'presence'; id: string; presence: 'online' | 'offline'; at: string; lastSeenAt: string | null; reason: string };

export interface MapConfig {
  /** A MapLibre style URL, or null: a plain background, no tile server needed. */
  styleUrl: string | null;
  center: [lon: number, lat: number];
  zoom: number;
}

export interface OverlayLayer {
  name: string;
  title: string;
  geojson: FeatureCollection;
  updatedAt: string;
}

export type PresenceCounts = Record<Presence, number>;
