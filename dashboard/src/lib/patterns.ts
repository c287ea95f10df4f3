/**
 * The platform's rules for what people type, checked here first so a form can
 * say what is wrong in plain words before sending anything. They mirror
 * broker/src/http/schemas/devices.ts and people.ts; the platform checks them
 * again (400 REQUEST_INVALID), so a drift shows its sentence instead.
 */
import { message, type Message } from './i18n/message.js';
import type { MessageKey } from './i18n/translator.js';

/** The serial printed on a device: lower-case letters, digits and dashes, 3 to 64 long. */
export const DEVICE_ID = /^[a-z0-9][a-z0-9-]{2,63}$/;
/** Mainland China mobile numbers: 11 digits starting with 1. */
export const PHONE = /^1[3-9][0-9]{9}$/;
/** Resident identity number: 17 digits and a check digit or X. */
export const ID_NUMBER = /^[0-9]{17}[0-9X]$/;
export const USERNAME = /^[a-z0-9][a-z0-9._-]{2,31}$/;
export const PASSWORD_MIN = 10;
export const SIGN_IN_CODE = /^[0-9]{6}$/;

/** A form's request body, or the sentence saying what to fix. */
export type Checked<T> = { ok: true; body: T } | { ok: false; error: Message };

export const fail = (key: MessageKey, params?: Record<string, string | number>): { ok: false; error: Message } => ({ ok: false, error: message(key, params) });

/** People type phone numbers with spaces or dashes (138 0000 0000); the platform wants the digits. */
export function normalisePhone(typed: string): string {
  return typed.replace(/[\s-]/g, '');
}

/** A number typed into a field, or null when left empty; NaN when it is not a number. */
export function optionalNumber(typed: string | number | null | undefined): number | null {
  if (typed === null || typed === undefined) return null;
  if (typeof typed === 'number') return typed;
  const trimmed = typed.trim();
  return trimmed === '' ? null : Number(trimmed);
}
