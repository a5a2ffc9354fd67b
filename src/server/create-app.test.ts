import request from 'supertest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeAssistant, fakeAnswer } from '../../test/api/fake-assistant.js';
import { openMemoryStore } from '../../test/api/memory-store.js';
import { loadConfig } from '../config.js';
import { ANSWER_ID_PATTERN } from '../store/answer-id.js';
import { createApp, type AppDeps } from './create-app.js';
import { createLogger } from './logger.js';

const ALLOWED = 'https://www.itu.example';

function setup(overrides: Partial<AppDeps> = {}, env: Record<string, string> = {}) {
  const assistant = createFakeAssistant();
  const store = openMemoryStore();
  const logLines: Record<string, unknown>[] = [];
  const config = loadConfig({ LOG_LEVEL: 'info', CORS_ORIGINS: ALLOWED, RATE_LIMIT_PER_MINUTE: '1000', BODY_LIMIT: '16kb', ...env });
  const app = createApp({
    assistant,
    config,
    store,
    log: createLogger(config.LOG_LEVEL, (line) => logLines.push(JSON.parse(line) as Record<string, unknown>)),
    ...overrides,
  });
  return { app, assistant, store, feedback: store.feedback, logLines };
}

/** Splits an SSE body into [event, data] pairs. */
function parseEvents(body: string): { event: string; data: unknown }[] {
  return body
    .split('\n\n')
    .filter((frame) => frame.trim())
    .map((frame) => {
      const event = /^event: (.*)$/m.exec(frame)?.[1] ?? '';
      const data = /^data: (.*)$/m.exec(frame)?.[1] ?? 'null';
      return { event, data: JSON.parse(data) as unknown };
    });
}

function expectJsonError(res: request.Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/application\/json/);
  expect(res.body).toEqual({ error: { code, message: expect.any(String) } });
  expect(JSON.stringify(res.body)).not.toMatch(/\bat .*\.ts:\d+/);
}

const askOk = async (app: ReturnType<typeof setup>['app']) => {
  const res = await request(app).post('/api/ask').send({ question: 'SG17主要负责什么？' });
  expect(res.status).toBe(200);
  expect(res.body.refused).toBe(false);
};

describe('health', () => {
  it('answers ok when ready and 503 loading before, with /api refusing meanwhile', async () => {
    let ready = false;
    const { app } = setup({ ready: () => ready });
    const loading = await request(app).get('/healthz');
    expect(loading.status).toBe(503);
    expect(loading.body).toEqual({ status: 'loading', database: 'sqlite' });
    const api = await request(app).post('/api/ask').send({ question: '第44号决议责成了什么？' });
    expectJsonError(api, 503, 'loading');
    expect(api.headers['retry-after']).toBe('5');
    ready = true;
    expect((await request(app).get('/healthz')).body).toEqual({ status: 'ok', database: 'sqlite' });
    await askOk(app);
  });
});

describe('POST /api/ask', () => {
  it('returns the whole Answer as JSON and passes history through', async () => {
    const { app, assistant } = setup();
    const history = [
      { role: 'user', content: '第44号决议是关于什么的？' },
      { role: 'assistant', content: '缩小标准化工作差距。' },
    ];
    const res = await request(app).post('/api/ask').send({ question: '  它责成了什么？ ', history });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id: expect.stringMatching(ANSWER_ID_PATTERN), ...fakeAnswer({ question: '它责成了什么？' }) });
    expect(res.body.citations[0]).toMatchObject({ n: 1, doc: '44', section: expect.any(String), label: '1', lines: [3507, 3507] });
    expect(assistant.asked).toEqual([{ question: '它责成了什么？', history }]);
  });

  it('returns refusals with suggestions', async () => {
    const { app } = setup();
    const res = await request(app).post('/api/ask').send({ question: '明天北京天气怎么样？' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ refused: true, citations: [], suggestions: [{ doc: '44' }] });
  });

  it('streams sources first, then deltas, then done with the full answer', async () => {
    const { app } = setup();
    const res = await request(app)
      .post('/api/ask')
      .set('Accept', 'text/event-stream')
      .send({ question: '第44号决议责成了什么？' })
      .buffer(true)
      .parse((r, cb) => {
        let text = '';
        r.setEncoding('utf8');
        r.on('data', (c: string) => (text += c));
        r.on('end', () => cb(null, text));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(res.headers['cache-control']).toMatch(/no-cache/);
    const events = parseEvents(res.body as string);
    const names = events.map((e) => e.event);
    expect(names[0]).toBe('sources');
    expect(names.at(-1)).toBe('done');
    expect(names.slice(1, -1).every((n) => n === 'delta')).toBe(true);
    expect(names.length).toBeGreaterThan(3);
    const expected = fakeAnswer({ question: '第44号决议责成了什么？' });
    expect(events[0]?.data).toEqual(expected.retrieved);
    const text = events
      .filter((e) => e.event === 'delta')
      .map((e) => (e.data as { text: string }).text)
      .join('');
    expect(text).toBe(expected.answer);
    expect(events.at(-1)?.data).toEqual({ id: expect.stringMatching(ANSWER_ID_PATTERN), ...expected });
  });

  it('ends a failing stream with an error event, and a failing JSON ask with a bare 500', async () => {
    const { app, logLines } = setup({ assistant: createFakeAssistant({ failWith: new Error('index exploded') }) });
    const streamed = await request(app)
      .post('/api/ask')
      .set('Accept', 'text/event-stream')
      .send({ question: '第44号决议责成了什么？' });
    const events = parseEvents(streamed.text);
    expect(events.map((e) => e.event)).toEqual(['sources', 'error']);
    expect(events[1]?.data).toEqual({ error: { code: 'internal_error', message: expect.any(String) } });
    expect(streamed.text).not.toContain('index exploded');

    const plain = await request(app).post('/api/ask').send({ question: '第44号决议责成了什么？' });
    expectJsonError(plain, 500, 'internal_error');
    expect(plain.text).not.toContain('index exploded');
    expect(logLines.some((l) => l.level === 'error' && String(l.err).includes('index exploded'))).toBe(true);
  });
});

describe('bad input to /api/ask is a clear 4xx and harmless', () => {
  const cases: [string, (r: request.Test) => request.Test, number, string][] = [
    ['empty question', (r) => r.send({ question: '' }), 400, 'invalid_request'],
    ['blank question', (r) => r.send({ question: ' \n\t ' }), 400, 'invalid_request'],
    ['10,000-character question', (r) => r.send({ question: 'x'.repeat(10_000) }), 400, 'invalid_request'],
    ['10,000-character Chinese question (30 kB, over BODY_LIMIT)', (r) => r.send({ question: '决'.repeat(10_000) }), 413, 'payload_too_large'],
    ['missing question', (r) => r.send({}), 400, 'invalid_request'],
    ['question of the wrong type', (r) => r.send({ question: 42 }), 400, 'invalid_request'],
    ['history of the wrong type', (r) => r.send({ question: '它呢？', history: 'earlier' }), 400, 'invalid_request'],
    ['history turn with a bad role', (r) => r.send({ question: '它呢？', history: [{ role: 'system', content: 'x' }] }), 400, 'invalid_request'],
    [
      'history of 21 turns',
      (r) => r.send({ question: '它呢？', history: Array.from({ length: 21 }, () => ({ role: 'user', content: '问' })) }),
      400,
      'invalid_request',
    ],
    ['a JSON array body', (r) => r.send([{ question: '问' }]), 400, 'invalid_request'],
    ['malformed JSON', (r) => r.set('Content-Type', 'application/json').send('{"question": "问'), 400, 'malformed_json'],
    ['a body over BODY_LIMIT', (r) => r.send({ question: '问', history: [{ role: 'user', content: 'x'.repeat(20_000) }] }), 413, 'payload_too_large'],
    ['a form-encoded body', (r) => r.type('form').send('question=hello'), 415, 'unsupported_media_type'],
    ['a text body', (r) => r.set('Content-Type', 'text/plain').send('hello'), 415, 'unsupported_media_type'],
  ];
  it.each(cases)('%s', async (_name, build, status, code) => {
    const { app, assistant } = setup();
    expectJsonError(await build(request(app).post('/api/ask')), status, code);
    expect(assistant.asked).toEqual([]);
    await askOk(app);
  });

  it('answers a streaming request with bad input by a JSON error, not a stream', async () => {
    const { app } = setup();
    const res = await request(app).post('/api/ask').set('Accept', 'text/event-stream').send({ question: '' });
    expectJsonError(res, 400, 'invalid_request');
  });

  it('names the invalid field in the message', async () => {
    const { app } = setup();
    const res = await request(app).post('/api/ask').send({ question: 'x'.repeat(10_000) });
    expect(res.body.error.message).toMatch(/^question: /);
    const big = await request(app).post('/api/ask').send({ question: '决'.repeat(10_000) });
    expect(big.body.error.message).toContain('16384 bytes');
  });
});

describe('GET /api/search', () => {
  it('returns scored records and passes k and retriever', async () => {
    const { app, assistant } = setup();
    const calls: unknown[] = [];
    const search = assistant.search.bind(assistant);
    assistant.search = (q, o) => (calls.push([q, o]), search(q, o));
    const res = await request(app).get('/api/search').query({ q: '伙伴关系', k: '1', retriever: 'lexical' });
    expect(res.status).toBe(200);
    expect(res.body.results).toHaveLength(1);
    expect(res.body.results[0]).toMatchObject({ id: '44#5.2', score: expect.any(Number) });
    expect(calls).toEqual([['伙伴关系', { k: 1, retriever: 'lexical' }]]);
  });

  it.each([
    ['no q', ''],
    ['k not a number', '?q=AI&k=many'],
    ['k zero', '?q=AI&k=0'],
    ['unknown retriever', '?q=AI&retriever=magic'],
    ['q given twice', '?q=AI&q=ML'],
  ])('rejects %s with 400', async (_name, qs) => {
    const { app } = setup();
    expectJsonError(await request(app).get(`/api/search${qs}`), 400, 'invalid_request');
  });
});

describe('documents', () => {
  it('lists documents with their summary fields only', async () => {
    const { app } = setup();
    const res = await request(app).get('/api/docs');
    expect(res.status).toBe(200);
    expect(res.body.documents[2]).toEqual({
      doc: 'COM4/AI',
      kind: 'resolution',
      status: 'ADD',
      title: expect.stringContaining('人工智能'),
      history: ['2024年，新德里'],
    });
  });

  it.each([
    ['44', '44'],
    ['COM4%2FAI', 'COM4/AI'],
    ['COM4/AI', 'COM4/AI'],
    ['A.25', 'A.25'],
  ])('GET /api/docs/%s gives document %s with its records', async (path, id) => {
    const { app } = setup();
    const res = await request(app).get(`/api/docs/${path}`);
    expect(res.status).toBe(200);
    expect(res.body.document.doc).toBe(id);
    expect(res.body.records.every((r: { doc: string }) => r.doc === id)).toBe(true);
  });

  it('answers 404 for unknown documents and malformed escapes', async () => {
    const { app } = setup();
    expectJsonError(await request(app).get('/api/docs/999'), 404, 'document_not_found');
    expectJsonError(await request(app).get('/api/docs/COM9/XX'), 404, 'document_not_found');
    const bad = await request(app).get('/api/docs/%E0%A4%A');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('bad_request');
    await askOk(app);
  });
});

describe('GET /api/mandates/:sg', () => {
  it.each(['17', 'SG17', encodeURIComponent('第17研究组'), 'sg%2017'])('accepts %s', async (sg) => {
    const { app } = setup();
    const res = await request(app).get(`/api/mandates/${sg}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ group: '17', name: '第17研究组', title: '安全', areaOfStudy: { doc: '2' } });
  });

  it('accepts TSAG', async () => {
    const { app } = setup();
    expect((await request(app).get('/api/mandates/TSAG')).body.group).toBe('TSAG');
  });

  it.each(['SG99', 'banana', '4'])('answers 404 listing the valid groups for %s', async (sg) => {
    const { app } = setup();
    const res = await request(app).get(`/api/mandates/${sg}`);
    expectJsonError(res, 404, 'study_group_not_found');
    expect(res.body.error.message).toContain('2, 3, 5, 9, 11, 12, 13, 15, 17, 20, 21, TSAG');
  });
});

describe('POST /api/feedback', () => {
  const body = {
    rating: 'down',
    comment: ' 引用不对 ',
    question: '第44号决议责成了什么？',
    answer: fakeAnswer({ question: 'q' }).answer,
    citations: [{ id: '44#5.1', doc: '44', section: '责成电信标准化局主任与电信发展局主任和无线电通信局主任协作', label: '1' }],
    source: 'widget',
  };

  it('stores feedback and answers 201 with its id', async () => {
    const { app, feedback } = setup();
    const res = await request(app).post('/api/feedback').send(body);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: 1 });
    expect((await feedback.list())[0]).toMatchObject({ ...body, comment: '引用不对' });
  });

  it('defaults source to api and citations to none', async () => {
    const { app, feedback } = setup();
    const res = await request(app).post('/api/feedback').send({ rating: 'up', question: 'SG17？', answer: '安全' });
    expect(res.status).toBe(201);
    const [stored] = await feedback.list();
    expect(stored).toMatchObject({ source: 'api', citations: [] });
    expect(stored).not.toHaveProperty('comment');
  });

  it.each([
    ['a bad rating', { ...body, rating: 'meh' }],
    ['a long comment', { ...body, comment: 'x'.repeat(2001) }],
    ['no question', { ...body, question: undefined }],
    ['citations of the wrong shape', { ...body, citations: [{ id: 1 }] }],
  ])('rejects %s with 400 and stores nothing', async (_name, bad) => {
    const { app, feedback } = setup();
    expectJsonError(await request(app).post('/api/feedback').send(bad), 400, 'invalid_request');
    expect(await feedback.list()).toEqual([]);
  });
});

describe('unknown routes and methods', () => {
  it('answers 404 JSON for unknown paths and 405 with Allow for wrong methods', async () => {
    const { app } = setup();
    expectJsonError(await request(app).get('/api/nothing'), 404, 'not_found');
    expectJsonError(await request(app).get('/no/such/page'), 404, 'not_found');
    const wrong = await request(app).get('/api/ask');
    expectJsonError(wrong, 405, 'method_not_allowed');
    expect(wrong.headers.allow).toBe('POST');
    expectJsonError(await request(app).delete('/api/docs/44'), 405, 'method_not_allowed');
    await askOk(app);
  });
});

describe('rate limiting', () => {
  afterEach(() => vi.useRealTimers());

  it('answers 429 with Retry-After past the limit, per IP, and recovers when the window passes', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: 1_000_000 });
    const advance = (ms: number) => vi.setSystemTime(Date.now() + ms);
    const { app } = setup({}, { RATE_LIMIT_PER_MINUTE: '3' });
    for (let i = 0; i < 3; i++) expect((await request(app).get('/api/docs')).status).toBe(200);
    const limited = await request(app).get('/api/docs');
    expectJsonError(limited, 429, 'rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await request(app).post('/api/ask').send({ question: '问' })).status).toBe(429);
    expect((await request(app).get('/healthz')).status).toBe(200);
    advance(30_000);
    expect((await request(app).get('/api/docs')).status).toBe(429);
    advance(30_001);
    expect((await request(app).get('/api/docs')).status).toBe(200);
  });
});

describe('behind a reverse proxy', () => {
  it('limits per forwarded client IP when TRUST_PROXY is set', async () => {
    const { app } = setup({}, { RATE_LIMIT_PER_MINUTE: '1', TRUST_PROXY: '1' });
    const from = (ip: string) => request(app).get('/api/docs').set('X-Forwarded-For', ip);
    expect((await from('203.0.113.1')).status).toBe(200);
    expect((await from('203.0.113.1')).status).toBe(429);
    expect((await from('203.0.113.2')).status).toBe(200);
  });

  it('ignores X-Forwarded-For by default', async () => {
    const { app } = setup({}, { RATE_LIMIT_PER_MINUTE: '1' });
    expect((await request(app).get('/api/docs').set('X-Forwarded-For', '203.0.113.1')).status).toBe(200);
    expect((await request(app).get('/api/docs').set('X-Forwarded-For', '203.0.113.2')).status).toBe(429);
  });
});

describe('CORS', () => {
  it('echoes allowed origins and answers their preflight', async () => {
    const { app } = setup();
    const res = await request(app).post('/api/ask').set('Origin', ALLOWED).send({ question: 'SG17主要负责什么？' });
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe(ALLOWED);
    expect(res.headers['access-control-expose-headers']).toBe('Retry-After');
    expect(res.headers.vary).toMatch(/Origin/);
    const pre = await request(app)
      .options('/api/ask')
      .set('Origin', ALLOWED)
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'content-type');
    expect(pre.status).toBe(204);
    expect(pre.headers['access-control-allow-origin']).toBe(ALLOWED);
    expect(pre.headers['access-control-allow-methods']).toContain('POST');
    expect(pre.headers['access-control-allow-headers']).toMatch(/content-type/i);
  });

  it('refuses other origins without an Allow-Origin header, and still serves afterwards', async () => {
    const { app, assistant } = setup();
    const res = await request(app).post('/api/ask').set('Origin', 'https://evil.example').send({ question: '问' });
    expectJsonError(res, 403, 'origin_not_allowed');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const pre = await request(app).options('/api/ask').set('Origin', 'https://evil.example').set('Access-Control-Request-Method', 'POST');
    expect(pre.status).toBe(403);
    expect(pre.headers['access-control-allow-origin']).toBeUndefined();
    expect(assistant.asked).toEqual([]);
    await askOk(app);
  });

  it('allows the same origin and requests without an Origin', async () => {
    const { app } = setup();
    const same = await request(app).get('/api/docs').set('Host', 'wtsa.local:3000').set('Origin', 'http://wtsa.local:3000');
    expect(same.status).toBe(200);
    expect((await request(app).get('/api/docs')).headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('security headers', () => {
  it('sets nosniff and a referrer policy everywhere, framing rules on pages and API, none on /widget.js', async () => {
    const { app } = setup();
    for (const path of ['/', '/api/docs', '/widget.js']) {
      const res = await request(app).get(path);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBeDefined();
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
    const page = await request(app).get('/');
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(page.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    const widget = await request(app).get('/widget.js');
    expect(widget.headers['x-frame-options']).toBeUndefined();
    expect(widget.headers['content-security-policy']).toBeUndefined();
    expect(widget.headers['cross-origin-resource-policy']).toBe('cross-origin');
  });
});

describe('observability', () => {
  it('logs one JSON line per request with method, path, status, ms and ip (no query string)', async () => {
    const { app, logLines } = setup();
    await request(app).get('/api/search?q=秘密问题');
    const line = logLines.find((l) => l.msg === 'request');
    expect(line).toMatchObject({ level: 'info', method: 'GET', path: '/api/search', status: 200, ms: expect.any(Number), ip: expect.any(String) });
    expect(JSON.stringify(logLines)).not.toContain('秘密问题');
  });

  it("gives every request an id: the caller's X-Request-Id when it is sane, a fresh one otherwise, logged and returned", async () => {
    const { app, logLines } = setup();
    const given = await request(app).get('/api/docs').set('X-Request-Id', 'lb-7f3a.42');
    expect(given.headers['x-request-id']).toBe('lb-7f3a.42');
    const made = await request(app).get('/api/docs').set('X-Request-Id', 'bad id\twith "quotes"');
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const fresh = await request(app).get('/api/docs');
    expect(fresh.headers['x-request-id']).not.toBe(made.headers['x-request-id']);
    expect(logLines.filter((l) => l.msg === 'request').map((l) => l.reqId)).toEqual([
      'lb-7f3a.42',
      made.headers['x-request-id'],
      fresh.headers['x-request-id'],
    ]);
  });

  it('honours LOG_LEVEL', async () => {
    const { app, logLines } = setup({}, { LOG_LEVEL: 'warn' });
    await request(app).get('/api/docs');
    expect(logLines).toEqual([]);
  });

  it('exposes Prometheus metrics by route template, ask outcomes and memory', async () => {
    const { app } = setup();
    await request(app).post('/api/ask').send({ question: 'SG17主要负责什么？' });
    await request(app).post('/api/ask').send({ question: '天气如何？' });
    await request(app).get('/api/docs/COM4/AI');
    await request(app).get('/api/docs/999');
    await request(app).get('/api/docs').set('Origin', 'https://evil.example');
    await request(app).get('/nowhere');
    const res = await request(app).get('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    const text = res.text;
    expect(text).toContain('http_requests_total{route="/api/ask",method="POST",status="200"} 2');
    expect(text).toContain('http_requests_total{route="/api/docs/*id",method="GET",status="200"} 1');
    expect(text).toContain('http_requests_total{route="/api/docs/*id",method="GET",status="404"} 1');
    expect(text).toContain('http_requests_total{route="/api/*",method="GET",status="403"} 1');
    expect(text).toContain('http_requests_total{route="unmatched",method="GET",status="404"} 1');
    expect(text).toContain('http_request_duration_seconds_count{route="/api/ask"} 2');
    expect(text).toContain('http_request_duration_seconds_bucket{le="+Inf",route="/api/ask"} 2');
    expect(text).toContain('wtsa_ask_total{outcome="answered"} 1');
    expect(text).toContain('wtsa_ask_total{outcome="refused"} 1');
    expect(text).toContain('wtsa_answer_outcome_total{outcome="answer"} 1');
    expect(text).toContain('wtsa_answer_outcome_total{outcome="refuse"} 1');
    expect(text).toMatch(/^process_resident_memory_bytes \d+$/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds [\d.e-]+$/m);
    expect(text).not.toContain('COM4/AI');
  });

  it('guards /metrics with METRICS_TOKEN when one is set', async () => {
    const token = 'metrics-token-0123456789';
    const { app } = setup({}, { METRICS_TOKEN: token });
    const anonymous = await request(app).get('/metrics');
    expectJsonError(anonymous, 401, 'unauthorized');
    expect(anonymous.headers['www-authenticate']).toBe('Bearer');
    expect((await request(app).get('/metrics').set('Authorization', 'Bearer wrong-token-0123456789x')).status).toBe(401);
    const allowed = await request(app).get('/metrics').set('Authorization', `Bearer ${token}`);
    expect(allowed.status).toBe(200);
    expect(allowed.text).toContain('http_requests_total');
  });
});
