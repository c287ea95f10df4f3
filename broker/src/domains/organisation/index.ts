/** The organisation home: jurisdictions and where things fall in them, units, map layers. */
export { OrganisationService, type JurisdictionInput } from './service.js';
export { organisationRoutes, type MapSettings } from './routes.js';
export { JurisdictionMap, boundaryProblem, type Boundary } from './jurisdiction-map.js';
export type { JurisdictionRow, UnitRow } from './store.js';
export { basemapOrigins } from './basemaps.js';
export { partyRoutes } from './party-routes.js';
export { PartyDirectory, DEFAULT_CHANNELS, type ResolvedParty, type UnitChannels } from './parties.js';
export { PartiesService, type PartyView, type ReceiverDirectory } from './parties-service.js';
export { PARTY_ROLES, type PartyRole } from './parties-store.js';
