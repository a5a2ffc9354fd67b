import { describe, expect, it } from 'vitest';
import { failureFrom, parseRetryAfter } from './api-client.js';

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('17')).toBe(17);
    expect(parseRetryAfter(new Date(30_000).toUTCString(), 0)).toBe(30);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter('soon')).toBeNull();
  });
});

describe('failureFrom', () => {
  const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

  it('classifies 429 with its Retry-After', async () => {
    const f = await failureFrom(json(429, { error: { code: 'rate_limited', message: 'slow down' } }, { 'Retry-After': '42' }));
    expect(f).toMatchObject({ kind: 'rate_limited', retryAfterSeconds: 42, message: 'slow down' });
  });

  it('classifies a busy 503 with the wait from its body, else from Retry-After', async () => {
    const body = { error: { code: 'busy', message: 'busy', retryAfterSeconds: 7 } };
    expect(await failureFrom(json(503, body, { 'Retry-After': '3' }))).toMatchObject({ kind: 'busy', retryAfterSeconds: 7 });
    const noWait = { error: { code: 'busy', message: 'busy' } };
    expect(await failureFrom(json(503, noWait, { 'Retry-After': '3' }))).toMatchObject({ kind: 'busy', retryAfterSeconds: 3 });
    expect((await failureFrom(json(503, { error: { code: 'loading', message: 'loading' } }))).kind).toBe('server');
  });

  it('classifies bad input, missing documents and server errors, even without a JSON body', async () => {
    expect((await failureFrom(json(400, { error: { code: 'invalid_request', message: 'question: too long' } }))).kind).toBe('bad_request');
    expect((await failureFrom(json(404, { error: { code: 'not_found', message: 'no such document' } }))).kind).toBe('not_found');
    const proxy = await failureFrom(new Response('<html>Bad gateway</html>', { status: 502 }));
    expect(proxy).toMatchObject({ kind: 'server', message: 'HTTP 502' });
  });
});
