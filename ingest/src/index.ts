/**
 * @watchpost/ingest: the database (engines, migrations, units of work) and the
 * path of a device frame into it: the pipeline's checks and runner, the
 * group-commit writers that commit each batch with the platform's rules, and
 * the raw frames' tables. Transport-free and home-free: the broker package
 * feeds it frames from MQTT and CoAP and gives it its list of steps.
 */
export * from './db/database.js';
export { inTransaction, workOf, AfterCommit, type Work } from './db/work.js';
export { openDatabase, type OpenDatabaseOptions } from './db/open.js';
export { wrapPglite, DataDirLockedError, type PGliteLike } from './db/pglite.js';
export { migrate, loadMigrations, type TimescaleMode, type MigrationReport } from './db/migrate.js';
export * from './errors.js';
export { FrameEvents, type FrameEvent } from './pipeline/events.js';
export * as checks from './pipeline/steps.js';
export { UplinkPipeline, type UplinkOutcome, type NamedCheck, type AfterCommitStep } from './pipeline/pipeline.js';
export { commitBatch, RuleFailedError, type CommitRule } from './pipeline/commit.js';
export { DEFAULT_CLOCK_WINDOW, DEFAULT_SOURCE_LIMIT, type ClockWindow, type FrameDevice, type FrameDevices, type InboundFrame, type PipelineOptions } from './pipeline/context.js';
export { RateLimiter, type RateLimit } from './pipeline/rate-limiter.js';
export { GroupCommit, type GroupCommitOptions } from './writer/group-commit.js';
export { Ingest, type IngestOptions, type UplinkSteps, type WriterOptions, type WriterMetrics } from './ingest.js';
export { UPLINK_TABLES, enumLabel, platformTime } from './store/uplink-tables.js';
export type { ClockFlag, Transport, UplinkRecord } from './store/uplinks.js';
export { pruneReceiptsBatch, type ReceiptCursor, type ReceiptPruneBatch } from './store/receipts.js';
