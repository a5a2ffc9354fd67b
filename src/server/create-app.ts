// Wires the Express app (no listening): security headers, logs and metrics, Slack, health, the /api routes, the widget.
import { timingSafeEqual } from 'node:crypto';
import express from 'express';
import type { Assistant } from '../assistant.js';
import { slackEnabled, type Config } from '../config.js';
import { mountSlack } from '../slack/mount-slack.js';
import type { Store } from '../store/types.js';
import { widgetRouter } from '../widget/widget-router.js';
import { ApiError, loadingError, sendError } from './api-error.js';
import { apiRouter } from './api-router.js';
import { permalinkRouter } from './answers-router.js';
import { compressResponses } from './compress-responses.js';
import { cors } from './cors.js';
import { errorHandler } from './error-handler.js';
import { createLogger, type Logger } from './logger.js';
import { createMetrics, type Metrics } from './metrics.js';
import { observeRequests, rememberMountPath } from './observe-requests.js';
import { rateLimit } from './rate-limit.js';
import { securityHeaders } from './security-headers.js';

/** What the app is built from. */
export interface AppDeps {
  assistant: Assistant;
  config: Config;
  /** Feedback, stored answers, Slack de-duplication and rate-limit counters (SQLite or PostgreSQL, see openStore). */
  store: Store;
  /** Request and error logs; a JSON-lines logger at config.LOG_LEVEL by default. */
  log?: Logger;
  /** False while the assistant is loading (healthz 503, /api 503); always ready by default. */
  ready?: () => boolean;
  /** True once a stop signal arrived: healthz answers 503 so balancers stop sending, in-flight requests finish. */
  stopping?: () => boolean;
  /** The Prometheus registry and metrics (the answer pool records into them too); a fresh set by default. */
  metrics?: Metrics;
}

/** True when an Authorization header carries `token` as a bearer token (compared in constant time). */
function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(/^Bearer (.+)$/.exec(header ?? '')?.[1] ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Express's "trust proxy" value for TRUST_PROXY: a hop count, true, or addresses/subnets. */
const trustProxy = (v: string): number | boolean | string => (/^\d+$/.test(v) ? Number(v) : v === 'true' ? true : v);

/** Builds the product's Express app; call `listen` on it (or hand it to supertest). */
export function createApp(deps: AppDeps): express.Express {
  const { assistant, config, store } = deps;
  const log = deps.log ?? createLogger(config.LOG_LEVEL);
  const ready = deps.ready ?? (() => true);
  const metrics = deps.metrics ?? createMetrics();
  const app = express();
  app.disable('x-powered-by');
  if (config.TRUST_PROXY) app.set('trust proxy', trustProxy(config.TRUST_PROXY));

  app.use(observeRequests(log, metrics));
  app.use(securityHeaders());
  app.use(compressResponses());

  // Before any body parser: Slack verifies signatures over the raw body.
  if (slackEnabled(config)) mountSlack(app, { assistant, config, store });

  app.get('/healthz', async (_req, res) => {
    const database = store.engine;
    if (deps.stopping?.()) res.status(503).json({ status: 'stopping', database });
    else if (!ready()) res.status(503).json({ status: 'loading', database });
    else {
      const reachable = await store.ping().then(() => true, () => false);
      if (reachable) res.json({ status: 'ok', database });
      else res.status(503).json({ status: 'database_unreachable', database });
    }
  });

  app.get('/metrics', async (req, res) => {
    if (config.METRICS_TOKEN && !bearerMatches(req.get('authorization'), config.METRICS_TOKEN)) {
      res.setHeader('WWW-Authenticate', 'Bearer');
      sendError(res, 401, 'unauthorized', 'GET /metrics needs "Authorization: Bearer <METRICS_TOKEN>"');
      return;
    }
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  app.use(
    '/api',
    rememberMountPath,
    cors(config.CORS_ORIGINS),
    rateLimit({ limit: config.RATE_LIMIT_PER_MINUTE, counters: store.counters, log }),
    (_req, _res, next) => {
      if (ready()) return next();
      throw loadingError();
    },
    apiRouter({ assistant, feedback: store.feedback, answers: store.answers, metrics, log, bodyLimit: config.BODY_LIMIT }),
  );

  app.use(permalinkRouter(store.answers, config.PUBLIC_BASE_URL ?? ''));

  app.use(widgetRouter());

  app.use((req) => {
    throw new ApiError(404, 'not_found', `Nothing at ${req.method} ${req.path}`);
  });
  app.use(errorHandler(log));
  return app;
}
