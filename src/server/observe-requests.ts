// Middleware timing every request: one structured log line and one metrics sample when the response ends.
import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';

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

/** Logs `{method, path, status, ms, ip}` and records metrics for each request once it finishes or is aborted. */
export function observeRequests(log: Logger, metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const start = process.hrtime.bigint();
    let done = false;
    const end = () => {
      if (done) return;
      done = true;
      const route = routeLabel(req, res);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const status = res.writableFinished ? res.statusCode : 499;
      metrics.observeRequest(route, req.method, status, ms / 1000);
      log.info('request', {
        method: req.method,
        path: req.originalUrl.split('?')[0],
        status,
        ms: Math.round(ms * 10) / 10,
        ip: req.ip,
      });
    };
    res.once('finish', end);
    res.once('close', end);
    next();
  };
}
