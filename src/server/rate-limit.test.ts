import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import request from 'supertest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openMemoryStore } from '../../test/api/memory-store.js';
import { openSqliteStore } from '../store/sqlite/open-sqlite-store.js';
import type { CounterStore } from '../store/types.js';
import { createLogger } from './logger.js';
import { rateLimit } from './rate-limit.js';

/** Lines the limiter logged (it warns about misconfiguration); none expected. */
const logged: string[] = [];

/** An app behind the limiter whose only route answers 200; the client IP comes from X-Forwarded-For. */
function limited(counters: CounterStore, limit: number, windowMs = 60_000) {
  const app = express();
  app.set('trust proxy', 'loopback');
  app.use(rateLimit({ limit, windowMs, counters, log: createLogger('warn', (line) => logged.push(line)) }));
  app.all('/', (_req, res) => res.send('ok'));
  return (ip: string, method: 'get' | 'options' = 'get') => request(app)[method]('/').set('X-Forwarded-For', ip);
}

afterEach(() => {
  vi.useRealTimers();
  expect(logged).toEqual([]);
});

describe('rateLimit', () => {
  it('counts each IP separately and answers 429 as JSON past the limit', async () => {
    const hit = limited(openMemoryStore().counters, 2);
    expect((await hit('10.0.0.1')).status).toBe(200);
    expect((await hit('10.0.0.1')).status).toBe(200);
    const refused = await hit('10.0.0.1');
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ error: { code: 'rate_limited' } });
    expect((await hit('10.0.0.2')).status).toBe(200);
  });

  it('reports the remaining budget and when the window resets, then lets the client in again', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: 0 });
    const hit = limited(openMemoryStore().counters, 2);
    expect((await hit('10.0.0.3')).headers['ratelimit-remaining']).toBe('1');
    vi.setSystemTime(45_000);
    await hit('10.0.0.3');
    const refused = await hit('10.0.0.3');
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBe('15');
    expect(refused.headers['ratelimit-reset']).toBe('15');
    vi.setSystemTime(60_000);
    expect((await hit('10.0.0.3')).status).toBe(200);
  });

  it('does not count CORS preflights', async () => {
    const hit = limited(openMemoryStore().counters, 1);
    await hit('10.0.0.3', 'options');
    await hit('10.0.0.3', 'options');
    expect((await hit('10.0.0.3')).status).toBe(200);
  });

  it('holds across processes sharing one database: two limiters on two connections share the count', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'wtsa-rate-')), 'state.sqlite');
    const [one, two] = [openSqliteStore(file), openSqliteStore(file)];
    const replicaA = limited(one.counters, 3);
    const replicaB = limited(two.counters, 3);
    expect((await replicaA('10.0.0.9')).status).toBe(200);
    expect((await replicaB('10.0.0.9')).status).toBe(200);
    expect((await replicaA('10.0.0.9')).status).toBe(200);
    expect((await replicaB('10.0.0.9')).status).toBe(429);
    expect((await replicaA('10.0.0.9')).status).toBe(429);
    await Promise.all([one.close(), two.close()]);
  });
});
