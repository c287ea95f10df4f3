/** An error a route or service throws to refuse a request: status, stable code, sentence, and what else the caller needs to fix it. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    /** Sent as `details` beside code and message (e.g. each refused row of an import). */
    readonly details?: unknown,
  ) {
    super(message);
  }
}
