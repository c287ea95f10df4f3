/** The audit search form's fields, and the query string GET /api/v1/audit takes. */
import { zonedInstant } from './i18n/intl-format.js';

export interface AuditFilter {
  action: string;
  actorId: string;
  subjectType: string;
  subjectId: string;
  /** `<input type="datetime-local">` values: wall-clock time in the platform's zone. */
  from: string;
  to: string;
  limit: number;
}

export const PAGE_SIZES = [10, 50, 100, 500] as const;

export function emptyAuditFilter(): AuditFilter {
  return { action: '', actorId: '', subjectType: '', subjectId: '', from: '', to: '', limit: 50 };
}

/**
 * Empty fields are left out (the platform would match them literally); times
 * become ISO instants, read in the platform's zone (the one the table shows
 * times in, whatever the computer's clock says). `before` pages back: entries
 * older than that seq.
 */
export function auditQuery(filter: AuditFilter, timeZone: string, before?: number): URLSearchParams {
  const q = new URLSearchParams();
  for (const key of ['action', 'actorId', 'subjectType', 'subjectId'] as const) {
    const value = filter[key].trim();
    if (value) q.set(key, value);
  }
  for (const key of ['from', 'to'] as const) {
    const at = zonedInstant(filter[key], timeZone);
    if (at && !Number.isNaN(at.getTime())) q.set(key, at.toISOString());
  }
  if (before !== undefined) q.set('before', String(before));
  q.set('limit', String(filter.limit));
  return q;
}
