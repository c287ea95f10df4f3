/**
 * What to tell a person when a request fails. The platform answers English
 * sentences with stable codes; each code known here has its own sentence in
 * the catalogs, and a code not known (a newer platform) shows the platform's
 * own sentence. A form may say a code its own way (`situation`): it knows that
 * a 401 AUTH_FAILED on the password form means the current password is wrong.
 */
import { ApiError } from './api.js';
import { message, type Message } from './i18n/message.js';
import type { MessageKey } from './i18n/translator.js';

/** The API's codes (broker/src/http: HttpError and the error handler; the dashboard server's proxy). */
const API_CODE_KEY: Record<string, MessageKey> = {
  AUTH_REQUIRED: 'error.AUTH_REQUIRED',
  AUTH_FAILED: 'error.AUTH_FAILED',
  // Said only to whoever gave the right password of a disabled account.
  AUTH_DISABLED: 'error.AUTH_FAILED.disabled',
  FORBIDDEN: 'error.FORBIDDEN',
  TOKEN_SCOPE: 'error.TOKEN_SCOPE',
  TOKEN_REACH_EXCEEDED: 'error.TOKEN_REACH_EXCEEDED',
  TOKEN_SCOPE_EXCEEDED: 'error.TOKEN_SCOPE_EXCEEDED',
  TOKEN_EXPIRY_EXCEEDED: 'error.TOKEN_EXPIRY_EXCEEDED',
  TOKEN_ROLE_PERSONAL: 'error.TOKEN_ROLE_PERSONAL',
  SERVICE_TOKEN_CREATES_NONE: 'error.SERVICE_TOKEN_CREATES_NONE',
  CSRF_TOKEN_INVALID: 'error.CSRF_TOKEN_INVALID',
  DATABASE_UNAVAILABLE: 'error.DATABASE_UNAVAILABLE',
  NOT_FOUND: 'error.NOT_FOUND',
  REQUEST_REFUSED: 'error.REQUEST_REFUSED',
  INTERNAL: 'error.INTERNAL',
  PASSWORD_UNCHANGED: 'error.PASSWORD_UNCHANGED',
  UNKNOWN_REFERENCE: 'error.UNKNOWN_REFERENCE',
  NO_PASSWORD: 'error.NO_PASSWORD',
  REASON_REQUIRED: 'error.REASON_REQUIRED',
  DEVICE_NOT_FOUND: 'error.DEVICE_NOT_FOUND',
  OWNER_NOT_FOUND: 'error.OWNER_NOT_FOUND',
  TOKEN_NOT_FOUND: 'error.TOKEN_NOT_FOUND',
  USER_NOT_FOUND: 'error.USER_NOT_FOUND',
  LAST_ADMIN: 'error.LAST_ADMIN',
  SELF_DISABLE: 'error.SELF_DISABLE',
  SMS_UNAVAILABLE: 'error.SMS_UNAVAILABLE',
  USER_EXISTS: 'error.USER_EXISTS',
  DEVICE_ID_INVALID: 'error.DEVICE_ID_INVALID',
  DEVICE_ID_TAKEN: 'error.DEVICE_ID_TAKEN',
  SECRET_INVALID: 'error.SECRET_INVALID',
  PLATFORM_UNAVAILABLE: 'error.PLATFORM_UNAVAILABLE',
  // The alarms home (broker/src/domains/alarms) and the parties of the organisation home.
  ALARM_NOT_FOUND: 'error.ALARM_NOT_FOUND',
  ALARM_CLOSED: 'error.ALARM_CLOSED',
  ALARM_ALREADY_RECEIVED: 'error.ALARM_ALREADY_RECEIVED',
  CALL_ALREADY_OPEN: 'error.CALL_ALREADY_OPEN',
  CALL_NOT_OPEN: 'error.CALL_NOT_OPEN',
  ALARM_ALREADY_VERIFIED: 'error.ALARM_ALREADY_VERIFIED',
  ALARM_NOT_VERIFIED: 'error.ALARM_NOT_VERIFIED',
  ALARM_FALSE: 'error.ALARM_FALSE',
  ALARM_NOT_DISPATCHED: 'error.ALARM_NOT_DISPATCHED',
  NOT_A_PARTY: 'error.NOT_A_PARTY',
  ALREADY_ACKNOWLEDGED: 'error.ALREADY_ACKNOWLEDGED',
  PLAN_INVALID: 'error.PLAN_INVALID',
  PLAN_NOT_FOUND: 'error.PLAN_NOT_FOUND',
  JURISDICTION_NOT_FOUND: 'error.JURISDICTION_NOT_FOUND',
  PARTY_UNIT_MISMATCH: 'error.PARTY_UNIT_MISMATCH',
  UNIT_NOT_FOUND: 'error.UNIT_NOT_FOUND',
  COORDINATE_INVALID: 'error.COORDINATE_INVALID',
  COORDINATE_NOT_FOUND: 'error.COORDINATE_NOT_FOUND',
  ALERT_NOT_FOUND: 'error.ALERT_NOT_FOUND',
};

/**
 * Why the platform refused a device's connection or frame (ingest/src/errors.ts
 * and firmware-protocol's codes): for the installer who brings a device online.
 */
export const REFUSAL_KEY: Record<string, MessageKey> = {
  AUTH_UNKNOWN_DEVICE: 'refusal.AUTH_UNKNOWN_DEVICE',
  AUTH_BAD_PASSWORD: 'refusal.AUTH_BAD_PASSWORD',
  AUTH_CLIENT_ID_MISMATCH: 'refusal.AUTH_CLIENT_ID_MISMATCH',
  ACL_FOREIGN_TOPIC: 'refusal.ACL_FOREIGN_TOPIC',
  ACL_KIND_MISMATCH: 'refusal.ACL_KIND_MISMATCH',
  INGEST_REPLAY: 'refusal.INGEST_REPLAY',
  INGEST_SEQ_FAR_FUTURE: 'refusal.INGEST_SEQ_FAR_FUTURE',
  INGEST_RATE_LIMITED: 'refusal.INGEST_RATE_LIMITED',
  INGEST_BACKPRESSURE: 'refusal.INGEST_BACKPRESSURE',
  INGEST_DB_UNAVAILABLE: 'refusal.INGEST_DB_UNAVAILABLE',
  INGEST_STORE_FAILED: 'refusal.INGEST_STORE_FAILED',
  INGEST_SHUTTING_DOWN: 'refusal.INGEST_SHUTTING_DOWN',
  PROTO_TOPIC_INVALID: 'refusal.PROTO_TOPIC_INVALID',
  PROTO_FRAME_EMPTY: 'refusal.PROTO_FRAME_EMPTY',
  PROTO_FRAME_TOO_LARGE: 'refusal.PROTO_FRAME_TOO_LARGE',
  PROTO_MALFORMED: 'refusal.PROTO_MALFORMED',
  PROTO_NO_BODY: 'refusal.PROTO_NO_BODY',
  PROTO_DEVICE_MISMATCH: 'refusal.PROTO_DEVICE_MISMATCH',
  PROTO_KIND_MISMATCH: 'refusal.PROTO_KIND_MISMATCH',
  PROTO_SEQ_MISSING: 'refusal.PROTO_SEQ_MISSING',
  PROTO_BODY_INVALID: 'refusal.PROTO_BODY_INVALID',
  PROTO_VALUE_OUT_OF_RANGE: 'refusal.PROTO_VALUE_OUT_OF_RANGE',
  PROTO_MAC_MISSING: 'refusal.PROTO_MAC_MISSING',
  PROTO_MAC_INVALID: 'refusal.PROTO_MAC_INVALID',
};

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const sentence = (s: string) => capitalised(s.trim()).replace(/([^.!?])$/, '$1.');

/** How a form says a code in its own words, e.g. `{ AUTH_FAILED: message('error.AUTH_FAILED.currentPassword') }`. */
export type Situation = Partial<Record<string, Message>>;

export function describeError(err: unknown, situation: Situation = {}): Message {
  if (err instanceof ApiError) {
    const own = situation[err.code];
    if (own) return own;
    if (err.code === 'RATE_LIMITED') return message('error.RATE_LIMITED', { count: err.retryAfterS ?? 60 });
    // The platform's sentence names the field it refused; no catalog can know it.
    if (err.code === 'REQUEST_INVALID') return message('error.REQUEST_INVALID', { detail: { text: sentence(err.message) } });
    const key = API_CODE_KEY[err.code] ?? REFUSAL_KEY[err.code];
    return key ? message(key) : { text: sentence(err.message) };
  }
  // fetch rejects with a TypeError when nothing answered at all.
  if (err instanceof TypeError) return message('error.unreachable');
  return { text: sentence(err instanceof Error ? err.message : String(err)) };
}
