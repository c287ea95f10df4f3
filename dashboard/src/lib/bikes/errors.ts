/**
 * The bikes home's error codes (broker/src/domains/bikes) in the catalogs'
 * words: passed to describeError as the situation, so a refusal is said in
 * the page's language rather than in the platform's English sentence.
 */
import { describeError } from '../errors.js';
import { message, type Message, type MessageKey } from '../i18n/language.svelte.js';

const CODE_KEY: Record<string, MessageKey> = {
  BIKE_NOT_FOUND: 'bikes.error.BIKE_NOT_FOUND',
  BIKE_INVALID: 'bikes.register.refused',
  BIKE_IDENTIFIER_TAKEN: 'bikes.register.refused',
  BIKE_NO_TAG: 'bikes.error.BIKE_NO_TAG',
  BIKE_HAS_NO_TAG: 'bikes.error.BIKE_NO_TAG',
  LOOKUP_EMPTY: 'bikes.error.LOOKUP_EMPTY',
  CASE_OPEN: 'bikes.error.CASE_OPEN',
  CASE_NOT_FOUND: 'bikes.error.CASE_NOT_FOUND',
  CASE_NOT_OPEN: 'bikes.error.CASE_NOT_OPEN',
  CASE_STATUS_INVALID: 'bikes.error.CASE_NOT_OPEN',
  CASE_PLACE_REQUIRED: 'bikes.error.CASE_PLACE_REQUIRED',
  CASE_PLACE_OUTSIDE: 'bikes.error.CASE_PLACE_OUTSIDE',
  LAST_SEEN_FUTURE: 'bikes.error.LAST_SEEN_FUTURE',
  HIT_NOT_FOUND: 'bikes.error.HIT_NOT_FOUND',
  HIT_REVIEWED: 'bikes.error.HIT_REVIEWED',
  PHOTO_TYPE: 'bikes.error.PHOTO_TYPE',
  PHOTO_EMPTY: 'bikes.error.PHOTO_TYPE',
  PHOTO_TOO_LARGE: 'bikes.error.PHOTO_TOO_LARGE',
  MEDIA_TYPE_UNSUPPORTED: 'bikes.error.IMPORT_FILE_INVALID',
  IMPORT_FILE_INVALID: 'bikes.error.IMPORT_FILE_INVALID',
  IMPORT_EMPTY: 'bikes.error.IMPORT_EMPTY',
  IMPORT_HEADER: 'bikes.error.IMPORT_HEADER',
  IMPORT_TOO_LARGE: 'bikes.error.IMPORT_TOO_LARGE',
  IMPORT_REFUSED: 'bikes.error.IMPORT_REFUSED',
  IMPORT_CONFLICT: 'bikes.error.IMPORT_CONFLICT',
  TRACK_RANGE_INVALID: 'bikes.error.TRACK_RANGE',
  TRACK_RANGE_TOO_LONG: 'bikes.error.TRACK_RANGE',
};

/** What to tell the person when a bikes request fails. */
export function describeBikeError(err: unknown): Message {
  return describeError(err, Object.fromEntries(Object.entries(CODE_KEY).map(([code, key]) => [code, message(key)])));
}
