/**
 * @watchpost/ingest: the database (engines, migrations, tables) and the path
 * of a device frame into it (registry, pipeline, group commit, presence).
 * Transport-free: the broker package feeds it frames from MQTT and CoAP.
 */
export * from './db/database.js';
export { openDatabase, type OpenDatabaseOptions } from './db/open.js';
export { wrapPglite, DataDirLockedError, type PGliteLike } from './db/pglite.js';
export { migrate, loadMigrations, type TimescaleMode, type MigrationReport } from './db/migrate.js';
export * from './errors.js';
export * from './events.js';
export * from './credentials.js';
export { DeviceRegistry, RegistryError, viewOf, type DeviceRecord, type DeviceView, type RegisterDevice } from './registry.js';
export { PresenceTracker, type PresenceOptions } from './presence.js';
export { UplinkPipeline, UPLINK_STEPS, type UplinkOutcome } from './pipeline/pipeline.js';
export { DEFAULT_CLOCK_WINDOW, DEFAULT_SOURCE_LIMIT, type ClockWindow, type InboundFrame, type PipelineOptions } from './pipeline/context.js';
export { RateLimiter, type RateLimit } from './pipeline/rate-limiter.js';
export { GroupCommit, type GroupCommitOptions } from './writer/group-commit.js';
export { Ingest, type IngestOptions, type WriterOptions, type WriterMetrics } from './ingest.js';
export { selectPresenceHistory, type Presence } from './store/devices.js';
export type { ClockFlag, Transport, UplinkRecord } from './store/uplinks.js';
