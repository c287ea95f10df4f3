/** The simulated county, its riders and their sightings. */
export { buildCounty, policeAreaAt, type County, type CountyOptions } from './county.js';
export { basemapLayers, deviceList, jurisdictionsLayer, placesLayer, roadsLayer, waterLayer, type DeviceEntry } from './layers.js';
