import { ProtocolError, type ProtocolErrorCode } from '@watchpost/firmware-protocol';

/** Why the platform refused a connection or a frame, beyond the protocol's own rules. */
export type IngestErrorCode =
  | 'AUTH_UNKNOWN_DEVICE'
  | 'AUTH_BAD_PASSWORD'
  | 'AUTH_CLIENT_ID_MISMATCH'
  | 'ACL_FOREIGN_TOPIC'
  | 'ACL_KIND_MISMATCH'
  | 'INGEST_REPLAY'
  | 'INGEST_SEQ_FAR_FUTURE'
  | 'INGEST_RATE_LIMITED'
  | 'INGEST_SOURCE_LIMITED'
  | 'INGEST_BACKPRESSURE'
  | 'INGEST_DB_UNAVAILABLE'
  | 'INGEST_STORE_FAILED'
  | 'INGEST_SHUTTING_DOWN';

export type RefusalCode = IngestErrorCode | ProtocolErrorCode;

/** Warnings about a frame that was accepted all the same (logged and counted, never refused). */
export type FrameWarningCode = 'INGEST_CLOCK_OUTSIDE_WINDOW';

/** Refusals the device should simply retry later: the frame was fine, the platform could not take it now. */
const TRANSIENT: ReadonlySet<RefusalCode> = new Set([
  'INGEST_BACKPRESSURE',
  'INGEST_DB_UNAVAILABLE',
  'INGEST_STORE_FAILED',
  'INGEST_RATE_LIMITED',
  'INGEST_SOURCE_LIMITED',
  'INGEST_SHUTTING_DOWN',
]);

export class IngestError extends Error {
  override readonly name = 'IngestError';
  constructor(
    readonly code: IngestErrorCode,
    message: string,
    readonly context: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** A refusal as the edges report it: a stable code, a sentence, and context for the log. */
export interface Refusal {
  code: RefusalCode;
  message: string;
  context: Record<string, unknown>;
  transient: boolean;
}

/** Turns a thrown IngestError or ProtocolError into a Refusal; anything else is rethrown (a bug). */
export function toRefusal(err: unknown): Refusal {
  if (err instanceof IngestError || err instanceof ProtocolError) {
    return { code: err.code, message: err.message, context: err.context, transient: TRANSIENT.has(err.code) };
  }
  throw err;
}
