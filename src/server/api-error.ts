// The one JSON error shape of the HTTP API ({"error": {"code", "message"}}) and the error type routes throw.
import type { Response } from 'express';
import type { z } from 'zod';

/** An error a route throws to answer with a given status, code and message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
    /** Extra fields of the error object, after code and message (e.g. retryAfterSeconds). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The 503 every API call gets while the assistant is still loading. */
export function loadingError(): ApiError {
  return new ApiError(503, 'loading', 'The assistant is loading; try again shortly', { 'Retry-After': '5' });
}

/** The 503 a question gets at once when too many answers are already waiting: retry after `seconds`. */
export function busyError(seconds: number): ApiError {
  const message = `The assistant is busy; retry in ${seconds} s`;
  return new ApiError(503, 'busy', message, { 'Retry-After': String(seconds) }, { retryAfterSeconds: seconds });
}

/** Writes `{"error": {"code", "message", ...details}}` with `status`. */
export function sendError(res: Response, status: number, code: string, message: string, details: Record<string, unknown> = {}): void {
  res.status(status).json({ error: { code, message, ...details } });
}

/** Parses `input` with `schema`, throwing a 400 ApiError that lists every invalid field. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const message = parsed.error.issues
    .map((i) => `${i.path.length ? i.path.join('.') : '(body)'}: ${i.message}`)
    .join('; ');
  throw new ApiError(400, 'invalid_request', message);
}
