// Serves the browser side: the full-page chat (GET /), the embeddable widget (GET /widget.js), the document view.
import { Router } from 'express';
import type { Config } from '../config.js';

/** Routes for the chat page, widget script and document view pages. */
export function widgetRouter(config: Config): Router {
  void config;
  return Router();
}
