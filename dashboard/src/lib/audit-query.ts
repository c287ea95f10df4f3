/** The audit search form's fields, and the query string GET /api/v1/audit takes. */

export interface AuditFilter {
  action: string;
  actorId: string;
  subjectType: string;
  subjectId: string;
  /** `<input type="datetime-local">` values: local time, no zone. */
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
 * become ISO instants in the browser's zone, as the person typed them.
 * `before` pages back: entries older than that seq.
 */
export function auditQuery(filter: AuditFilter, before?: number): URLSearchParams {
  const q = new URLSearchParams();
  for (const key of ['action', 'actorId', 'subjectType', 'subjectId'] as const) {
    const value = filter[key].trim();
    if (value) q.set(key, value);
  }
  for (const key of ['from', 'to'] as const) {
    const at = filter[key] ? new Date(filter[key]) : null;
    if (at && !Number.isNaN(at.getTime())) q.set(key, at.toISOString());
  }
  if (before !== undefined) q.set('before', String(before));
  q.set('limit', String(filter.limit));
  return q;
}
