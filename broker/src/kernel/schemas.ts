/** Schemas every route shares. */
import { Type } from 'typebox';

export const ErrorBody = Type.Object(
  {
    code: Type.String({ description: 'stable machine-readable code' }),
    message: Type.String(),
    details: Type.Optional(Type.Unknown({ description: 'what else the caller needs to fix it, e.g. every refused row of an import' })),
  },
  { $id: 'Error', description: 'Every refusal: a code and a sentence saying why' },
);

/**
 * The largest integer a query may carry: a JavaScript number holds it exactly
 * and PostgreSQL's bigint holds it (a larger one reached the database as 1e20).
 */
export const MAX_QUERY_INTEGER = Number.MAX_SAFE_INTEGER;

/** limit and offset of a list. */
export const Paging = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_QUERY_INTEGER, default: 0 })),
});
