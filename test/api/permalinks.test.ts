// Permalinks: POST /api/ask stores each answer under an id; /api/answers/:id gives it as JSON, /a/:id as a page.
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createApp } from '../../src/server/create-app.js';
import { ANSWER_ID_PATTERN } from '../../src/store/answer-id.js';
import { createFakeAssistant, fakeAnswer } from './fake-assistant.js';
import { openMemoryStore } from './memory-store.js';

const QUESTION = '第44号决议责成了什么？';

function setup(env: Record<string, string> = {}) {
  const store = openMemoryStore();
  const app = createApp({ assistant: createFakeAssistant(), config: loadConfig({ LOG_LEVEL: 'silent', ...env }), store });
  return { app, store };
}

describe('stored answers', () => {
  it('POST /api/ask returns the id under which GET /api/answers/:id gives the exchange back', async () => {
    const { app } = setup();
    const asked = await request(app).post('/api/ask').send({ question: QUESTION });
    expect(asked.body.id).toMatch(ANSWER_ID_PATTERN);
    const res = await request(app).get(`/api/answers/${asked.body.id}`);
    expect(res.status).toBe(200);
    const { retrieved: _, ...answer } = fakeAnswer({ question: QUESTION });
    expect(res.body).toEqual({ ...answer, id: asked.body.id, question: QUESTION, createdAt: expect.any(String) });
  });

  it('the streamed answer carries its id in the done event', async () => {
    const { app, store } = setup();
    const res = await request(app).post('/api/ask').set('Accept', 'text/event-stream').send({ question: QUESTION }).buffer(true)
      .parse((r, cb) => {
        let text = '';
        r.setEncoding('utf8');
        r.on('data', (c: string) => (text += c));
        r.on('end', () => cb(null, text));
      });
    const done = /event: done\ndata: (.*)/.exec(res.body as string)?.[1];
    const { id } = JSON.parse(done!) as { id: string };
    expect((await store.answers.get(id))?.question).toBe(QUESTION);
  });

  it('answers 404 for an unknown id and 400 for a malformed one, as JSON and as a page', async () => {
    const { app } = setup();
    const missing = await request(app).get('/api/answers/AAAAAAAAAAAA');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('answer_not_found');
    const malformed = await request(app).get('/api/answers/not-an-id!');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('invalid_answer_id');
    const page404 = await request(app).get('/a/AAAAAAAAAAAA');
    expect(page404.status).toBe(404);
    expect(page404.headers['content-type']).toMatch(/^text\/html/);
    expect(page404.text).toContain('找不到这条回答');
    expect((await request(app).get('/a/%3Cscript%3E')).status).toBe(400);
  });

  it('GET /a/:id renders the question, the answer with linked [n] markers and the numbered clauses, without JavaScript', async () => {
    const { app } = setup();
    const { id } = (await request(app).post('/api/ask').send({ question: QUESTION })).body as { id: string };
    const res = await request(app).get(`/a/${id}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    const html = res.text;
    expect(html).not.toContain('<script');
    expect(html).toContain(`<h1>${QUESTION}</h1>`);
    expect(html).toContain('继续实现行动计划的目标<a class="marker" href="#c1" aria-label="引用 1">[1]</a>');
    expect(html).toContain('<li id="c1" value="1"><a href="/docs/44?clause=44%235.1">');
    expect(html).toContain('<li id="c2" value="2"><a href="/docs/44?clause=44%235.2">');
    expect(html).toContain('<blockquote>继续实现附于本决议之后的行动计划的目标</blockquote>');
    expect(html).toContain('第44号决议《缩小发展中国家与发达国家之间的标准化工作差距》 · 责成电信标准化局主任与电信发展局主任和无线电通信局主任协作 1');
    expect(html).toContain(`href="/?q=${encodeURIComponent(QUESTION)}"`);
    expect(html).toContain(`<meta property="og:title" content="${QUESTION}">`);
    expect(html).toMatch(/<meta property="og:description" content="第44号决议《缩小发展中国家与发达国家之间的标准化工作差距》责成电信标准化局主任继续实现行动计划的目标，/);
    expect(html).not.toContain('og:url'); // no PUBLIC_BASE_URL: no absolute URL to give
  });

  it('uses PUBLIC_BASE_URL for og:url, the canonical link and every link on the page', async () => {
    const { app } = setup({ PUBLIC_BASE_URL: 'https://wtsa.example.org/assistant/' });
    const { id } = (await request(app).post('/api/ask').send({ question: QUESTION })).body as { id: string };
    const html = (await request(app).get(`/a/${id}`)).text;
    expect(html).toContain(`<meta property="og:url" content="https://wtsa.example.org/assistant/a/${id}">`);
    expect(html).toContain(`<link rel="canonical" href="https://wtsa.example.org/assistant/a/${id}">`);
    expect(html).toContain('href="https://wtsa.example.org/assistant/docs/44?clause=44%235.1"');
    expect(html).toContain(`href="https://wtsa.example.org/assistant/?q=`);
  });

  it('renders lists, headings and bold as the widget does, and leaves uncited markers as text', async () => {
    const { app, store } = setup();
    const cited = fakeAnswer({ question: QUESTION }).citations[0]!;
    const { id } = await store.answers.put({
      question: QUESTION, resolvedQuestion: QUESTION, mode: 'llm', confidence: 'high', refused: false, suggestions: [], citations: [cited],
      answer: '## 要点\n第44号决议：\n- 继续实现目标[1]\n- **结成伙伴关系**[9]\n\n另见下文。',
    });
    const html = (await request(app).get(`/a/${id}`)).text;
    expect(html).toContain(
      '<h3>要点</h3>\n<p>第44号决议：</p>\n<ul><li>继续实现目标<a class="marker" href="#c1" aria-label="引用 1">[1]</a></li>' +
        '<li><strong>结成伙伴关系</strong>[9]</li></ul>\n<p>另见下文。</p>',
    );
    expect(html).toContain('<meta property="og:description" content="要点 第44号决议： 继续实现目标 结成伙伴关系 另见下文。">');
  });

  it('escapes everything it prints', async () => {
    const { app, store } = setup();
    const evil = '<img src=x onerror=alert(1)>"\'&';
    const answer = fakeAnswer({ question: evil });
    const { id } = await store.answers.put({
      question: evil, resolvedQuestion: `${evil}!`, answer: `${evil}[1]`, mode: 'extractive', confidence: 'low', refused: false,
      citations: [{ ...answer.citations[0]!, quote: evil, section: evil, docTitle: evil }], suggestions: [{ doc: '44', title: evil }],
    });
    const html = (await request(app).get(`/a/${id}`)).text;
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;');
    expect(html).toContain('<title>&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp; — 决议助手</title>');
  });
});

describe('feedback tied to an answer', () => {
  it('stores the reason and the answer id with the cited record ids', async () => {
    const { app, store } = setup();
    const { id } = (await request(app).post('/api/ask').send({ question: QUESTION })).body as { id: string };
    const citations = [{ id: '44#5.1', doc: '44', section: '责成', label: '1' }];
    const res = await request(app).post('/api/feedback').send({ rating: 'down', reason: 'wrong-citation', answerId: id, question: QUESTION, answer: '答', citations, source: 'widget' });
    expect(res.status).toBe(201);
    expect((await store.feedback.list(1))[0]).toMatchObject({ reason: 'wrong-citation', answerId: id, citations });
  });

  it.each([
    ['an unknown reason', { reason: 'boring' }],
    ['a malformed answer id', { answerId: '../../etc' }],
  ])('rejects %s with 400', async (_name, bad) => {
    const { app, store } = setup();
    const res = await request(app).post('/api/feedback').send({ rating: 'down', question: QUESTION, answer: '答', ...bad });
    expect(res.status).toBe(400);
    expect(await store.feedback.list()).toEqual([]);
  });
});

describe('/healthz', () => {
  it('reports the database, and 503 when it does not answer', async () => {
    const { app, store } = setup();
    expect((await request(app).get('/healthz')).body).toEqual({ status: 'ok', database: 'sqlite' });
    await store.close();
    const down = await request(app).get('/healthz');
    expect(down.status).toBe(503);
    expect(down.body).toEqual({ status: 'database_unreachable', database: 'sqlite' });
  });
});
