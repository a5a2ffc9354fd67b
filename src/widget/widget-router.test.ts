import { gzipSync } from 'node:zlib';
import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { WIDGET_GZIP_BUDGET } from './bundle-widget.js';
import { widgetRouter } from './widget-router.js';

// Secrets in the server's environment while the widget is bundled must never reach the browser script.
const SECRET = 'sk-test-secret-never-in-browser';
process.env.LLM_API_KEY = SECRET;
process.env.SLACK_BOT_TOKEN = `xoxb-${SECRET}`;
const app = express().use(widgetRouter());

describe('GET /widget.js', () => {
  it('serves the bundled script, cacheable and loadable from other origins, at most 40 KB gzipped', async () => {
    const res = await request(app).get('/widget.js').buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['cache-control']).toMatch(/public, max-age=\d+/);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    const body = res.body as Buffer;
    expect(gzipSync(body, { level: 9 }).length).toBeLessThanOrEqual(WIDGET_GZIP_BUDGET);
    const code = body.toString('utf8');
    expect(code).toContain('wtsa-chat-widget');
    expect(code).toContain('SG17负责什么？');
    expect(code).not.toContain(SECRET);
  });

  it('answers 304 to a revalidation with the current ETag', async () => {
    const first = await request(app).get('/widget.js');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await request(app).get('/widget.js').set('If-None-Match', etag);
    expect(again.status).toBe(304);
  });
});

describe('pages', () => {
  it('GET / is the full-page chat driven by the same script', async () => {
    const res = await request(app).get('/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('<script src="/widget.js" data-mode="page"');
    expect(res.text).not.toContain(SECRET);
  });

  it('serves the document view for encoded and raw ids', async () => {
    for (const path of ['/docs/44?clause=44%234.10', '/docs/COM4%2FAI', '/docs/COM4/AI', '/docs/A.25']) {
      const res = await request(app).get(path);
      expect(res.status, path).toBe(200);
      expect(res.text).toContain('data-mode="doc"');
    }
  });

  it('serves the document index at /docs/ and sends /docs there', async () => {
    const index = await request(app).get('/docs/');
    expect(index.status).toBe(200);
    expect(index.text).toContain('data-mode="docs"');
    const bare = await request(app).get('/docs');
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe('/docs/');
  });

  it('answers 404 for ids that cannot exist and never reflects them into the page', async () => {
    const res = await request(app).get('/docs/%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(res.status).toBe(404);
    expect(res.text).not.toContain('<script>alert');
  });
});
