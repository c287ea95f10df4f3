/** How the API writes a time: ISO 8601 in UTC, or null. */
export const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
