/** Next-station prediction for e-bike tags: pure, no database, no network. */
export { collapseSightings, type CollapseOptions, type Position, type TagSighting } from './positions.js';
export { DEFAULT_MODEL_OPTIONS, NextStationModel, type ModelJson, type ModelOptions, type Prediction, type TrackPoint } from './model.js';
export { TravelHistogram } from './travel-histogram.js';
