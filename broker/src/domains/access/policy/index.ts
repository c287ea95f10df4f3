/**
 * The data policy and route access: what every home declares its routes
 * against and applies its reach with. Pure (no SQL, no network), so every
 * home may import it, whatever its layer.
 */
export * from './policy.js';
export * from './route-access.js';
export * from './caller.js';
export * from './subject-reach.js';
