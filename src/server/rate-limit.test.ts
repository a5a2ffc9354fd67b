import type { Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { rateLimit } from './rate-limit.js';

/** Runs the middleware for one request from `ip`; returns the status it answered with, or "next". */
function hit(mw: ReturnType<typeof rateLimit>, ip: string, method = 'GET') {
  const headers: Record<string, string> = {};
  let status: number | 'next' = 'next';
  const res = {
    setHeader: (k: string, v: string) => (headers[k.toLowerCase()] = v),
    status(code: number) {
      status = code;
      return this;
    },
    json: () => undefined,
  } as unknown as Response;
  mw({ ip, method, socket: {} } as Request, res, () => undefined);
  return { status, headers };
}

describe('rateLimit', () => {
  it('counts each IP separately', () => {
    const mw = rateLimit({ limit: 2, now: () => 0 });
    expect(hit(mw, '10.0.0.1').status).toBe('next');
    expect(hit(mw, '10.0.0.1').status).toBe('next');
    expect(hit(mw, '10.0.0.1').status).toBe(429);
    expect(hit(mw, '10.0.0.2').status).toBe('next');
  });

  it('reports the remaining budget and when the window resets', () => {
    let t = 0;
    const mw = rateLimit({ limit: 2, windowMs: 60_000, now: () => t });
    expect(hit(mw, 'a').headers['ratelimit-remaining']).toBe('1');
    t = 45_000;
    hit(mw, 'a');
    const limited = hit(mw, 'a');
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('15');
    t = 60_000;
    expect(hit(mw, 'a').status).toBe('next');
  });

  it('does not count CORS preflights', () => {
    const mw = rateLimit({ limit: 1, now: () => 0 });
    hit(mw, 'a', 'OPTIONS');
    hit(mw, 'a', 'OPTIONS');
    expect(hit(mw, 'a').status).toBe('next');
  });
});
