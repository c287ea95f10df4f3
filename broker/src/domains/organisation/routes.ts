/** Jurisdictions (with boundaries), units, and the map's configuration and layers. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { BasemapSetting } from '../../kernel/config.js';
import { callerOf, can } from '../access/policy/index.js';
import { BoundaryImport, Jurisdiction, JurisdictionBody, JurisdictionParams, JurisdictionWithBoundary, MapConfig, MapLayer, MapLayerBody, MapLayerParams, Unit } from './schemas.js';
import type { OrganisationService } from './service.js';

export interface MapSettings {
  mapStyleUrl: string;
  mapBasemaps: BasemapSetting[];
  mapCenter: [number, number];
  mapZoom: number;
  timeZone: string;
}

export const organisationRoutes: FastifyPluginAsyncTypebox<{ organisation: OrganisationService; map: MapSettings }> = async (app, { organisation, map }) => {
  app.get(
    '/jurisdictions',
    {
      config: { access: can('read', 'jurisdiction') },
      schema: {
        summary: 'Jurisdictions; with ?boundaries=true their boundaries too (GeoJSON)',
        tags: ['organisation'],
        querystring: Type.Object({ boundaries: Type.Optional(Type.Boolean()) }),
        response: { 200: Type.Object({ jurisdictions: Type.Array(Type.Union([JurisdictionWithBoundary, Jurisdiction])) }) },
      },
    },
    async (request) => ({
      jurisdictions: (await organisation.listJurisdictions()).map((j) => ({
        id: j.id,
        name: j.name,
        kind: j.kind,
        parentId: j.parent_id,
        ...(request.query.boundaries ? { boundary: j.boundary } : {}),
      })),
    }),
  );

  app.put(
    '/jurisdictions/:id',
    {
      config: { access: can('write', 'jurisdiction') },
      schema: {
        summary: 'Create or change a jurisdiction: its name, kind, parent and boundary (devices inside it are placed in it)',
        tags: ['organisation'],
        params: JurisdictionParams,
        body: JurisdictionBody,
        response: { 200: Type.Object({ id: Type.String() }), 400: { $ref: 'Error' } },
      },
    },
    async (request) => {
      await organisation.putJurisdiction(callerOf(request), request.params.id, request.body);
      return { id: request.params.id };
    },
  );

  app.post(
    '/jurisdictions/import',
    {
      config: { access: can('write', 'jurisdiction') },
      // A county's boundaries run to a few megabytes.
      bodyLimit: 32 * 1024 * 1024,
      schema: {
        summary: 'Import jurisdictions with their boundaries from a GeoJSON FeatureCollection: all or nothing, every refused feature said (details)',
        tags: ['organisation'],
        body: BoundaryImport,
        response: { 200: Type.Object({ imported: Type.Integer() }), 400: { $ref: 'Error' } },
      },
    },
    async (request) => organisation.importBoundaries(callerOf(request), request.body),
  );

  app.get(
    '/units',
    { config: { access: can('read', 'unit') }, schema: { summary: 'Units (parties)', tags: ['organisation'], response: { 200: Type.Object({ units: Type.Array(Unit) }) } } },
    async () => ({
      units: (await organisation.listUnits()).map((u) => ({ id: u.id, name: u.name, kind: u.kind, jurisdictionId: u.jurisdiction_id })),
    }),
  );

  app.put(
    '/units/:id',
    {
      config: { access: can('write', 'unit') },
      schema: { summary: 'Create or rename a unit', tags: ['organisation'], params: Type.Object({ id: Unit.properties.id }), body: Type.Omit(Unit, ['id']) },
    },
    async (request) => {
      await organisation.putUnit(callerOf(request), request.params.id, request.body);
      return { id: request.params.id };
    },
  );

  app.get(
    '/map/config',
    { config: { access: can('read', 'map.layer') }, schema: { summary: 'Basemap and initial view of the dashboard map', tags: ['map'], response: { 200: MapConfig } } },
    async () => ({
      styleUrl: map.mapStyleUrl || null,
      center: map.mapCenter,
      zoom: map.mapZoom,
      basemaps: map.mapBasemaps,
      timeZone: map.timeZone,
    }),
  );

  app.get(
    '/map/layers',
    { config: { access: can('read', 'map.layer') }, schema: { summary: 'Overlay layers (GeoJSON)', tags: ['map'], response: { 200: Type.Object({ layers: Type.Array(MapLayer) }) } } },
    async () => ({
      layers: (await organisation.listMapLayers()).map((r) => ({ name: r.name, title: r.title, geojson: r.geojson, updatedAt: r.updated_at.toISOString() })),
    }),
  );

  app.put(
    '/map/layers/:name',
    {
      config: { access: can('write', 'map.layer') },
      schema: { summary: 'Create or replace an overlay layer', tags: ['map'], params: MapLayerParams, body: MapLayerBody, response: { 204: Type.Null() } },
    },
    async (request, reply) => {
      await organisation.putMapLayer(callerOf(request), request.params.name, request.body.title ?? request.params.name, request.body.geojson);
      return reply.status(204).send(null);
    },
  );
};
