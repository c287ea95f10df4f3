/** @watchpost/device-sim: simulated devices for demos, tests and load. */
export { ApiClient, type Registered, type DeviceKind } from './api.js';
export { prepareFleet, loadFleetFile, saveFleetFile, SEQ_RESTART_MARGIN, type FleetDevice } from './fleet.js';
export { SimulatedDevice, type DeviceOptions } from './mqtt-device.js';
export { buildTown, type Town } from './town.js';
/** The simulated county: its run against a platform, and the pillar scenario's five parties. */
export * from './county/index.js';
