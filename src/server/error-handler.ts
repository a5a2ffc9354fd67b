// The last middleware: turns any error into the API's JSON error shape, never leaking a stack trace.
import type { ErrorRequestHandler } from 'express';
import { ApiError, sendError } from './api-error.js';
import type { Logger } from './logger.js';
import { requestId } from './observe-requests.js';

/** Status and code of the errors express.json raises, by their `type`. */
const BODY_ERRORS: Record<string, [number, string, string]> = {
  'entity.parse.failed': [400, 'malformed_json', 'The body is not valid JSON'],
  'entity.too.large': [413, 'payload_too_large', 'The body is too large'],
  'encoding.unsupported': [415, 'unsupported_media_type', 'Unsupported content encoding'],
  'charset.unsupported': [415, 'unsupported_media_type', 'Unsupported charset'],
  'request.aborted': [400, 'request_aborted', 'The request was aborted'],
  'request.size.invalid': [400, 'bad_request', 'The body does not match its Content-Length'],
};

/** Error middleware writing `{"error": {"code", "message"}}`; 500s are logged with their stack, not sent. */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    if (res.headersSent) {
      log.error({ reqId: requestId(res), path: req.path, err: String(err) }, 'error after response started');
      res.destroy();
      return;
    }
    if (err instanceof ApiError) {
      for (const [name, value] of Object.entries(err.headers)) res.setHeader(name, value);
      return sendError(res, err.status, err.code, err.message, err.details);
    }
    const e = (err ?? {}) as { type?: unknown; status?: unknown; expose?: unknown; message?: unknown; stack?: unknown; limit?: unknown };
    const body = typeof e.type === 'string' ? BODY_ERRORS[e.type] : undefined;
    if (body) {
      const [status, code, message] = body;
      const limit = typeof e.limit === 'number' ? ` (limit ${e.limit} bytes)` : '';
      return sendError(res, status, code, status === 413 ? `${message}${limit}` : message);
    }
    if (typeof e.status === 'number' && e.status >= 400 && e.status < 500) {
      const message = e.expose && typeof e.message === 'string' ? e.message : 'Bad request';
      return sendError(res, e.status, 'bad_request', message);
    }
    log.error({ reqId: requestId(res), method: req.method, path: req.path, err: String(e.message ?? err), stack: e.stack }, 'unhandled error');
    sendError(res, 500, 'internal_error', 'Internal server error');
  };
}
