// Serves the browser side: the full-page chat (GET /), the embeddable widget (GET /widget.js), the document index and view.
import { Router, type Response } from 'express';
import { z } from 'zod';
import { widgetBundle } from './bundle-widget.js';
import { CHAT_PAGE_HTML, DOC_INDEX_HTML, DOC_PAGE_HTML, FAVICON_SVG } from './page-html.js';

/** Document ids as CONTRACT §1 defines them (44, COM4/AI, COM3/APT-NG, A.25, actions…). */
const docIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9./_-]{0,39}$/);

function sendHtml(res: Response, html: string): void {
  res.setHeader('Cache-Control', 'no-cache');
  res.type('html').send(html);
}

/** Routes for the chat page, widget script and document view pages. */
export function widgetRouter(): Router {
  const router = Router();

  router.get('/widget.js', async (req, res, next) => {
    try {
      const bundle = await widgetBundle();
      res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
      // Unversioned URL embedded on other sites: short freshness, then cheap revalidation by ETag.
      res.setHeader('Cache-Control', 'public, max-age=300, stale-while-revalidate=86400');
      res.setHeader('ETag', bundle.etag);
      res.setHeader('Access-Control-Allow-Origin', '*');
      if (req.fresh) {
        res.status(304).end();
        return;
      }
      res.send(bundle.code);
    } catch (err) {
      next(err);
    }
  });

  router.get('/', (_req, res) => sendHtml(res, CHAT_PAGE_HTML));

  router.get('/favicon.svg', (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.type('image/svg+xml').send(FAVICON_SVG);
  });

  router.get(['/docs', '/docs/'], (req, res) => {
    if (!req.path.endsWith('/')) return res.redirect(301, '/docs/');
    sendHtml(res, DOC_INDEX_HTML);
  });

  router.get('/docs/*id', (req, res) => {
    const id = docIdSchema.safeParse((req.params as { id?: string[] }).id?.join('/'));
    res.status(id.success ? 200 : 404);
    sendHtml(res, DOC_PAGE_HTML);
  });

  return router;
}
