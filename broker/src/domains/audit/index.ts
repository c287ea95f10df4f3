/** The audit home: the hash-chained, keyed trail every change and every read of personal data is written to. */
export { AuditLog, AuditKeyMissingError, type Actor, type AuditEntry, type AuditRow, type AuditProblem, type AuditVerification } from './audit-log.js';
export { auditRoutes } from './routes.js';
export { loadAuditKey, AuditKeyError, GENERATED_KEY_FILE, type AuditKeySettings } from './key.js';
export { auditKeyOf, type AuditKey } from './hash.js';
export { signCheckpoint, parseCheckpoint, CheckpointError, type AuditCheckpoint } from './checkpoint.js';
