/** The simulated county, its riders and their sightings. */
export { buildCounty, policeAreaAt, type County, type CountyOptions } from './county.js';
export { basemapLayers, deviceList, jurisdictionsLayer, placesLayer, roadsLayer, waterLayer, type DeviceEntry } from './layers.js';
export { buildPopulation, FULL_BIKES, type PopulationOptions, type Rider } from './riders.js';
export { DAY_S, DEFAULT_EPOCH_MS, Traffic, type Pass, type SightingRecord, type Theft, type TrafficOptions, type TrafficSink } from './traffic.js';
export { DEFAULT_RADIO, type RadioParams } from './radio.js';
export type { Leg, Trip } from './trip.js';
export { runCounty, type CountyRun, type CountyRunOptions } from './county-run.js';
export { ownerPhone, plateOf } from './bikes.js';
export { PARTY_ROLES, PillarAlarms, type Delivery, type PartyRole, type PillarAlarmOptions, type Receiver } from './pillar-alarms.js';
export { CountyPlatformApi } from './platform-api.js';
