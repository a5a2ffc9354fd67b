// Middleware giving every request an id and, when its response ends, one structured log line and one metrics sample.
import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';

/** An incoming X-Request-Id worth keeping: short, and only characters that are safe in logs and headers. */
const REQUEST_ID = /^[\w.:@-]{1,128}$/;

/** The route template a request matched ("/api/docs/*id"), never the raw path, to keep metric labels bounded. */
function routeLabel(req: Request, res: Response): string {
  const path: unknown = req.route?.path;
  const mount: unknown = res.locals.mountPath;
  if (typeof path === 'string') return `${typeof mount === 'string' ? mount : req.baseUrl}${path}`;
  // Answered by a middleware under a mount (CORS, rate limit, loading): "/api/*".
  return typeof mount === 'string' ? `${mount}/*` : 'unmatched';
}

/** Middleware placed first under a mount path so metrics keep it even after an error unwinds req.baseUrl. */
export const rememberMountPath: RequestHandler = (req, res, next) => {
  res.locals.mountPath = req.baseUrl;
  next();
};

/** The request's id (set by observeRequests), for log lines written while handling it. */
export const requestId = (res: Response): string | undefined => (typeof res.locals.requestId === 'string' ? res.locals.requestId : undefined);

/**
 * Takes the request id from X-Request-Id (or makes one), returns it in the response header, and logs
 * `{reqId, method, path, status, ms, ip}` and records metrics for each request once it finishes or is aborted.
 */
export function observeRequests(log: Logger, metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const start = process.hrtime.bigint();
    const incoming = req.get('x-request-id');
    const reqId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.locals.requestId = reqId;
    res.setHeader('X-Request-Id', reqId);
    let done = false;
    const end = () => {
      if (done) return;
      done = true;
      const route = routeLabel(req, res);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const status = res.writableFinished ? res.statusCode : 499;
      metrics.httpRequests.inc({ route, method: req.method, status: String(status) });
      metrics.httpDuration.observe({ route }, ms / 1000);
      log.info({ reqId, method: req.method, path: req.originalUrl.split('?')[0], status, ms: Math.round(ms * 10) / 10, ip: req.ip }, 'request');
    };
    res.once('finish', end);
    res.once('close', end);
    next();
  };
}
