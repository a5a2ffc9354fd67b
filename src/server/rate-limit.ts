// Per-client fixed-window request limiting for /api (express-rate-limit), counted in the shared store so the
// limit holds across every server process.
import type { RequestHandler } from 'express';
import { rateLimit as expressRateLimit, type ClientRateLimitInfo, type Options, type Store } from 'express-rate-limit';
import type { CounterStore } from '../store/types.js';
import { sendError } from './api-error.js';
import type { Logger } from './logger.js';

/** express-rate-limit's Store on the product's CounterStore (SQLite or PostgreSQL). */
class SharedCounterStore implements Store {
  /** Keys are shared with other processes, not local to this limiter. */
  readonly localKeys = false;
  readonly prefix = 'api:';
  private windowMs = 60_000;

  constructor(private readonly counters: CounterStore) {}

  init(options: Options): void {
    this.windowMs = options.windowMs;
  }

  async increment(key: string): Promise<ClientRateLimitInfo> {
    const { hits, resetAt } = await this.counters.increment(this.prefix + key, this.windowMs);
    return { totalHits: hits, resetTime: resetAt };
  }

  async decrement(key: string): Promise<void> {
    await this.counters.decrement(this.prefix + key);
  }

  async resetKey(key: string): Promise<void> {
    await this.counters.reset(this.prefix + key);
  }
}

/** Settings of the limiter. */
export interface RateLimitOptions {
  /** Requests allowed per client per window. */
  limit: number;
  windowMs?: number;
  counters: CounterStore;
  /** Where the limiter's own warnings (misconfiguration, store errors) go. */
  log: Logger;
}

/** Middleware answering 429 (JSON error, Retry-After, RateLimit-* headers) once a client IP exceeds `limit` requests in a window. */
export function rateLimit({ limit, windowMs = 60_000, counters, log }: RateLimitOptions): RequestHandler {
  return expressRateLimit({
    windowMs,
    limit,
    standardHeaders: 'draft-6',
    legacyHeaders: false,
    skip: (req) => req.method === 'OPTIONS',
    store: new SharedCounterStore(counters),
    logger: {
      warn: (err, message) => log.warn({ err }, message ?? 'rate limiter warning'),
      error: (err, message) => log.error({ err }, message ?? 'rate limiter error'),
    },
    handler: (_req, res, _next, options) => {
      const retryAfter = res.getHeader('Retry-After') ?? Math.ceil(options.windowMs / 1000);
      sendError(res, 429, 'rate_limited', `Too many requests: at most ${limit} per ${windowMs / 1000} s; retry in ${String(retryAfter)} s`);
    },
  });
}
