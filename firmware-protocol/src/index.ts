/**
 * @watchpost/firmware-protocol: the device wire contract, version 1.
 * Pure: topics, frames and MACs, no network and no storage.
 */
export * from './errors.js';
export * from './topics.js';
export * from './frames.js';
export * from './codec.js';
export * from './mac.js';
export * from './validate.js';
