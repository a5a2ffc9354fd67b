// CORS for /api: the server's own origin and the configured allowlist may call it from browsers; others are refused.
import type { Request, RequestHandler } from 'express';
import { sendError } from './api-error.js';

const ALLOW_METHODS = 'GET, POST, OPTIONS';
const ALLOW_HEADERS = 'Content-Type, Accept';

/** True when `origin` is the origin the request was sent to (same host and port). */
function isSameOrigin(origin: string, req: Request): boolean {
  try {
    return new URL(origin).host === req.get('host');
  } catch {
    return false;
  }
}

/** Middleware: echoes allowed origins in Access-Control-Allow-Origin, answers preflights, refuses other origins with 403. */
export function cors(allowedOrigins: readonly string[]): RequestHandler {
  const allowAll = allowedOrigins.includes('*');
  const allowed = new Set(allowedOrigins.map((o) => o.replace(/(?<!\/)\/+$/, '')));
  return (req, res, next) => {
    res.vary('Origin');
    const origin = req.get('origin');
    if (!origin) return next();
    if (!allowAll && !allowed.has(origin) && !isSameOrigin(origin, req)) {
      return sendError(res, 403, 'origin_not_allowed', `Origin ${origin} may not call this API`);
    }
    res.setHeader('Access-Control-Allow-Origin', origin);
    // Lets an embedded widget read how long to wait after a 429.
    res.setHeader('Access-Control-Expose-Headers', 'Retry-After');
    if (req.method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Methods', ALLOW_METHODS);
      res.setHeader('Access-Control-Allow-Headers', ALLOW_HEADERS);
      res.setHeader('Access-Control-Max-Age', '600');
      return res.status(204).end();
    }
    next();
  };
}
