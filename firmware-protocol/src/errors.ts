/** Why a frame or topic was refused by the protocol layer. */
export type ProtocolErrorCode =
  | 'PROTO_TOPIC_INVALID'
  | 'PROTO_FRAME_EMPTY'
  | 'PROTO_FRAME_TOO_LARGE'
  | 'PROTO_MALFORMED'
  | 'PROTO_NO_BODY'
  | 'PROTO_DEVICE_MISMATCH'
  | 'PROTO_KIND_MISMATCH'
  | 'PROTO_SEQ_MISSING'
  | 'PROTO_BODY_INVALID'
  | 'PROTO_VALUE_OUT_OF_RANGE'
  | 'PROTO_MAC_MISSING'
  | 'PROTO_MAC_INVALID';

/** A refusal with a stable code (for counters and firmware authors) and context (for logs). */
export class ProtocolError extends Error {
  override readonly name = 'ProtocolError';
  constructor(
    readonly code: ProtocolErrorCode,
    message: string,
    readonly context: Record<string, unknown> = {},
  ) {
    super(message);
  }
}
