import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { openMemoryStore } from '../../test/api/memory-store.js';
import type { AskEvent, Assistant } from '../assistant.js';
import { loadConfig } from '../config.js';
import { createAssistant } from '../create-assistant.js';
import { openAnswerPool, type AnswerPool } from './answer-pool.js';
import { answerCacheKey } from './answer-pool-cache.js';
import { createApp } from './create-app.js';
import { createLogger } from './logger.js';
import { createMetrics, type Metrics } from './metrics.js';

const BLOCKING_WORKER = new URL('../../test/api/blocking-answer-worker.mjs', import.meta.url);
const release = () => new BroadcastChannel('answer-pool-test-release').postMessage('go');

const opened: AnswerPool[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((pool) => pool.close()));
});

/** A pool of one blocking test-double worker. */
async function blockingPool(env: Record<string, string>) {
  const metrics = createMetrics();
  const config = loadConfig({ ANSWER_WORKERS: '1', ...env });
  const pool = openAnswerPool({ config, metrics, workerFile: BLOCKING_WORKER });
  opened.push(pool);
  await pool.ready;
  return { pool, metrics, config };
}

const metric = async (metrics: Metrics, line: string) =>
  (await metrics.registry.metrics()).split('\n').find((l) => l.startsWith(line))?.slice(line.length).trim();

async function collect(events: AsyncIterable<AskEvent>): Promise<AskEvent[]> {
  const out: AskEvent[] = [];
  for await (const e of events) out.push(e);
  return out;
}

describe('admission control', () => {
  it('answers 503 busy with Retry-After at once when the queue is full, and serves the admitted ones', async () => {
    const { pool, metrics, config } = await blockingPool({ ASK_QUEUE_LIMIT: '1', ANSWER_CACHE_SIZE: '0' });
    const running = pool.ask({ question: 'q1' });
    const queued = pool.ask({ question: 'q2' });
    expect(await metric(metrics, 'wtsa_ask_queue_length')).toBe('1');
    const app = createApp({ assistant: pool, config, metrics, store: openMemoryStore(), log: createLogger('silent') });

    const busy = await request(app).post('/api/ask').send({ question: 'q3' });
    expect(busy.status).toBe(503);
    expect(busy.headers['retry-after']).toMatch(/^[1-9]\d*$/);
    expect(busy.body).toEqual({
      error: { code: 'busy', message: expect.any(String), retryAfterSeconds: Number(busy.headers['retry-after']) },
    });
    const busyStream = await request(app).post('/api/ask').set('Accept', 'text/event-stream').send({ question: 'q4' });
    expect(busyStream.status).toBe(503);
    expect(busyStream.headers['content-type']).toMatch(/application\/json/);
    expect(busyStream.body.error.code).toBe('busy');
    expect(await metric(metrics, 'wtsa_ask_busy_total')).toBe('2');

    release();
    expect((await running).answer).toBe('answer 1 to q1');
    expect((await queued).answer).toBe('answer 2 to q2');
    expect(await metric(metrics, 'wtsa_ask_queue_length')).toBe('0');
    expect((await pool.ask({ question: 'q5' })).answer).toBe('answer 3 to q5');
  });

  it('with a bound of 0 turns away any question that would have to wait', async () => {
    const { pool } = await blockingPool({ ASK_QUEUE_LIMIT: '0', ANSWER_CACHE_SIZE: '0' });
    const running = pool.ask({ question: 'q1' });
    await expect(pool.ask({ question: 'q2' })).rejects.toMatchObject({ status: 503, code: 'busy' });
    await expect(collect(pool.askStream({ question: 'q3' }))).rejects.toMatchObject({ code: 'busy' });
    release();
    expect((await running).answer).toBe('answer 1 to q1');
  });
});

describe('answer cache', () => {
  it('answers the same question (NFKC, spacing aside) and history from the cache, counting hits and misses', async () => {
    const { pool, metrics } = await blockingPool({ ASK_QUEUE_LIMIT: '4', ANSWER_CACHE_SIZE: '10' });
    release();
    const first = await pool.ask({ question: 'SG17 负责什么？' });
    expect(first.answer).toBe('answer 1 to SG17 负责什么？');
    // Full-width letters and digits, doubled and trailing spaces: the same question.
    expect(await pool.ask({ question: ' ＳＧ１７  负责什么？ ' })).toEqual(first);
    expect(await collect(pool.askStream({ question: 'SG17 负责什么？' }))).toEqual([
      { type: 'sources', retrieved: [] },
      { type: 'delta', text: first.answer },
      { type: 'done', answer: first },
    ]);
    const followUp = await pool.ask({ question: 'SG17 负责什么？', history: [{ role: 'user', content: '第44号决议' }] });
    expect(followUp.answer).toBe('answer 2 to SG17 负责什么？');
    expect(await metric(metrics, 'wtsa_answer_cache_total{result="hit"}')).toBe('2');
    expect(await metric(metrics, 'wtsa_answer_cache_total{result="miss"}')).toBe('2');
  });

  it('keys questions by their normalised text and history turns', () => {
    expect(answerCacheKey({ question: 'ＳＧ１７\t负责 什么？' })).toBe(answerCacheKey({ question: 'SG17 负责 什么？', history: [] }));
    expect(answerCacheKey({ question: 'a', history: [{ role: 'user', content: 'b' }] })).not.toBe(
      answerCacheKey({ question: 'a', history: [{ role: 'assistant', content: 'b' }] }),
    );
  });
});

describe('answers from the worker pool', () => {
  it('equal the in-process answers, streamed or not, and searches equal too', async () => {
    const config = loadConfig({ ANSWER_WORKERS: '1', ANSWER_CACHE_SIZE: '0' });
    const local: Assistant = await createAssistant(config);
    const pool = openAnswerPool({ config, metrics: createMetrics() });
    opened.push(pool);
    await pool.ready;
    const questions = ['第44号决议对学术成员会费怎么说？', 'SG17负责什么？', '今天天气怎么样？'];
    for (const question of questions) {
      expect(await pool.ask({ question })).toEqual(await local.ask({ question }));
      expect(await collect(pool.askStream({ question }))).toEqual(await collect(local.askStream({ question })));
    }
    const history = [
      { role: 'user' as const, content: 'SG17负责什么？' },
      { role: 'assistant' as const, content: '第17研究组负责安全。' },
    ];
    expect(await pool.ask({ question: '那第20研究组呢？', history })).toEqual(await local.ask({ question: '那第20研究组呢？', history }));
    expect(await pool.search('数字孪生', { k: 5 })).toEqual(await local.search('数字孪生', { k: 5 }));
    expect(pool.mandate('17')).toEqual(local.mandate('17'));
    expect(pool.documents()).toEqual(local.documents());
  }, 180_000);
});
