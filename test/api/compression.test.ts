// Responses are gzipped when the client accepts it: widget.js (with its ETag and caching kept), pages and JSON; the
// streamed answer is not, so each event still leaves at once.
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createApp } from '../../src/server/create-app.js';
import { createFakeAssistant } from './fake-assistant.js';
import { openMemoryStore } from './memory-store.js';

const store = openMemoryStore();
const app = createApp({ assistant: createFakeAssistant(), config: loadConfig({ LOG_LEVEL: 'silent' }), store });
afterAll(() => store.close());

describe('compressed responses', () => {
  it('serves widget.js gzipped, with ETag, Cache-Control and Vary (its size budget: src/widget/widget-router.test.ts)', async () => {
    const res = await request(app).get('/widget.js').set('Accept-Encoding', 'gzip');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.etag).toMatch(/^(W\/)?"[\w-]+"$/);
    expect(res.headers['cache-control']).toMatch(/public, max-age=\d+/);
    expect(res.headers.vary).toMatch(/Accept-Encoding/);
    const again = await request(app).get('/widget.js').set('Accept-Encoding', 'gzip').set('If-None-Match', res.headers.etag as string);
    expect(again.status).toBe(304);
  });

  it('gzips JSON and pages, not the streamed answer', async () => {
    const docs = await request(app).get('/api/docs/44').set('Accept-Encoding', 'gzip');
    expect(docs.status).toBe(200);
    expect(docs.headers['content-encoding']).toBe('gzip');
    expect((await request(app).get('/api/docs/44').set('Accept-Encoding', 'identity')).headers['content-encoding']).toBeUndefined();
    const stream = await request(app)
      .post('/api/ask')
      .set('Accept-Encoding', 'gzip')
      .set('Accept', 'text/event-stream')
      .send({ question: '第44号决议要求电信标准化局主任做什么？' });
    expect(stream.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(stream.headers['content-encoding']).toBeUndefined();
    expect(stream.text).toContain('event: done');
  });
});
