// Per-IP fixed-window request limiting for /api, in memory, with an injectable clock for tests.
import type { RequestHandler } from 'express';
import { sendError } from './api-error.js';

/** Settings of the limiter. */
export interface RateLimitOptions {
  /** Requests allowed per client per window. */
  limit: number;
  windowMs?: number;
  /** Milliseconds clock; Date.now unless a test injects one. */
  now?: () => number;
}

interface Window {
  start: number;
  count: number;
}

/** Middleware answering 429 with Retry-After once a client IP exceeds `limit` requests in a window. */
export function rateLimit({ limit, windowMs = 60_000, now = Date.now }: RateLimitOptions): RequestHandler {
  const windows = new Map<string, Window>();
  let lastSweep = now();

  const sweep = (t: number) => {
    if (t - lastSweep < windowMs) return;
    lastSweep = t;
    for (const [ip, w] of windows) if (t - w.start >= windowMs) windows.delete(ip);
  };

  return (req, res, next) => {
    if (req.method === 'OPTIONS') return next();
    const t = now();
    sweep(t);
    const ip = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    let w = windows.get(ip);
    if (!w || t - w.start >= windowMs) {
      w = { start: t, count: 0 };
      windows.set(ip, w);
    }
    w.count += 1;
    const resetSeconds = Math.max(1, Math.ceil((w.start + windowMs - t) / 1000));
    res.setHeader('RateLimit-Limit', String(limit));
    res.setHeader('RateLimit-Remaining', String(Math.max(0, limit - w.count)));
    res.setHeader('RateLimit-Reset', String(resetSeconds));
    if (w.count <= limit) return next();
    res.setHeader('Retry-After', String(resetSeconds));
    sendError(res, 429, 'rate_limited', `Too many requests: at most ${limit} per ${windowMs / 1000} s; retry in ${resetSeconds} s`);
  };
}
