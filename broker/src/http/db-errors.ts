/**
 * Database errors the request caused (a value the column cannot take, a
 * reference to a record that does not exist, a duplicate), answered as the
 * 4xx they are, with a sentence naming the field, instead of a 500. Routes
 * still check what they can first; this is the net under all of them.
 */
import { HttpError } from './errors.js';

/** What PostgreSQL (pg) and PGlite errors carry: SQLSTATE and the parts of the message. */
interface DatabaseErrorFields {
  code: string;
  severity: string;
  detail?: string;
  column?: string;
  constraint?: string;
}

function isDatabaseError(err: unknown): err is DatabaseErrorFields {
  const e = err as Partial<DatabaseErrorFields> | null;
  return typeof e?.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) && typeof e.severity === 'string';
}

/** jurisdiction_id → jurisdictionId: the API's name of a column. */
const fieldName = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** 'Key (jurisdiction_id)=(nope) is not present in table "jurisdictions".' → its parts. */
function keyOf(detail: string | undefined): { field: string; value: string; table?: string } | null {
  const m = /^Key \(([^)]+)\)=\((.*)\) (?:is not present in table "([^"]+)"|already exists)/.exec(detail ?? '');
  return m ? { field: m[1]!.split(', ').map(fieldName).join(', '), value: m[2]!, ...(m[3] ? { table: m[3] } : {}) } : null;
}

/** The HttpError for a database error the request caused; null for anything else (a fault of ours or of the database: a 5xx). */
export function requestCausedDatabaseError(err: unknown): HttpError | null {
  if (!isDatabaseError(err)) return null;
  const key = keyOf(err.detail);
  switch (err.code) {
    case '23503': // foreign_key_violation
      return new HttpError(
        400,
        'UNKNOWN_REFERENCE',
        key ? `${key.field}: no ${key.table?.replace(/s$/, '') ?? 'record'} '${key.value}'; create it first` : 'the request refers to a record that does not exist',
      );
    case '23505': // unique_violation
      return new HttpError(409, 'ALREADY_EXISTS', key ? `${key.field}: '${key.value}' is taken` : 'a record with these values exists already');
    case '23514': // check_violation
    case '23502': // not_null_violation
      return new HttpError(400, 'REQUEST_INVALID', `${err.column ? fieldName(err.column) : (err.constraint ?? 'a value')}: not an accepted value`);
    case '22001': // string_data_right_truncation
      return new HttpError(400, 'REQUEST_INVALID', 'a text value is longer than its field holds');
    case '22003': // numeric_value_out_of_range
      return new HttpError(400, 'REQUEST_INVALID', 'a number is out of the range its field holds');
    case '22007': // invalid_datetime_format
    case '22008': // datetime_field_overflow
      return new HttpError(400, 'REQUEST_INVALID', 'a date-time is not a real instant the database can hold');
    case '22021': // character_not_in_repertoire (NUL, invalid UTF-8)
    case '22P05': // untranslatable_character (\u0000 in JSON)
      return new HttpError(400, 'REQUEST_INVALID', 'a text value holds a character text cannot hold (NUL or invalid Unicode)');
    case '22P02': // invalid_text_representation
      return new HttpError(400, 'REQUEST_INVALID', 'a value is not of the type its field holds');
    default:
      return null;
  }
}
