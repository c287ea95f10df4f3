import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { can } from '../../access/access.js';
import { actorOf } from '../../access/audit.js';
import type { Config } from '../../config.js';
import type { AppDeps } from '../app.js';
import { MapConfig, MapLayer, MapLayerBody, MapLayerParams } from '../schemas/devices.js';

interface LayerRow {
  name: string;
  title: string;
  geojson: unknown;
  updated_at: Date;
}

/** Where the tiles of the preset basemaps come from (the dashboard builds their URLs). */
const PRESET_ORIGINS = { tianditu: ['https://*.tianditu.gov.cn'], amap: ['https://*.is.autonavi.com'] } as const;

/** 'https://t{s}.example.cn/{z}/{x}/{y}' → 'https://*.example.cn'; a plain URL → its origin; else none. */
function originOf(url: string): string[] {
  const m = /^(https?:)\/\/([^/?#]+)/.exec(url);
  if (!m) return [];
  const labels = m[2]!.split('.');
  if (labels.slice(1).some((l) => l.includes('{'))) return [];
  if (labels[0]!.includes('{')) labels[0] = '*';
  return [`${m[1]}//${labels.join('.')}`];
}

/** The hosts the dashboard's basemaps load from, for the page's Content-Security-Policy. */
export function basemapOrigins(config: Pick<Config, 'mapStyleUrl' | 'mapBasemaps'>): string[] {
  const origins = config.mapStyleUrl ? originOf(config.mapStyleUrl) : [];
  for (const b of config.mapBasemaps) {
    if (b.tianditu) origins.push(...PRESET_ORIGINS.tianditu);
    if (b.amap) origins.push(...PRESET_ORIGINS.amap);
    for (const url of [b.styleUrl, b.pmtilesUrl, ...(b.tiles ?? [])]) if (url) origins.push(...originOf(url));
  }
  return [...new Set(origins)];
}

/**
 * What the dashboard map needs: its basemap (a style URL, or none for the
 * plain background) and overlay layers such as roads and jurisdiction
 * outlines, stored as GeoJSON for networks without a tile server.
 */
export const mapRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, { config, ingest, access: acc }) => {
  app.get('/map/config', { config: { access: can('read', 'map.layer') }, schema: { summary: 'Basemap and initial view of the dashboard map', tags: ['map'], response: { 200: MapConfig } } }, async () => ({
    styleUrl: config.mapStyleUrl || null,
    center: config.mapCenter,
    zoom: config.mapZoom,
    basemaps: config.mapBasemaps,
    timeZone: config.timeZone,
  }));

  app.get('/map/layers', { config: { access: can('read', 'map.layer') }, schema: { summary: 'Overlay layers (GeoJSON)', tags: ['map'], response: { 200: Type.Object({ layers: Type.Array(MapLayer) }) } } }, async () => {
    const { rows } = await ingest.db.query<LayerRow>('SELECT name, title, geojson, updated_at FROM map_layers ORDER BY name');
    return { layers: rows.map((r) => ({ name: r.name, title: r.title, geojson: r.geojson, updatedAt: r.updated_at.toISOString() })) };
  });

  app.put(
    '/map/layers/:name',
    { config: { access: can('write', 'map.layer') }, schema: { summary: 'Create or replace an overlay layer', tags: ['map'], params: MapLayerParams, body: MapLayerBody, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await ingest.db.query(
        `INSERT INTO map_layers (name, title, geojson, updated_at) VALUES ($1, $2, $3::jsonb, now())
         ON CONFLICT (name) DO UPDATE SET title = EXCLUDED.title, geojson = EXCLUDED.geojson, updated_at = now()`,
        [request.params.name, request.body.title ?? request.params.name, JSON.stringify(request.body.geojson)],
      );
      await acc.audit.append({ ...actorOf(request.principal), action: 'map.layer.put', subjectType: 'map-layer', subjectId: request.params.name, detail: { features: request.body.geojson.features.length }, ip: request.ip });
      return reply.status(204).send(null);
    },
  );
};
