// Security headers: strict defaults everywhere, a page CSP that allows the page's own script, none that breaks embedding /widget.js.
import type { RequestHandler } from 'express';

/** CSP of the HTML pages (chat page, document pages): own scripts only, inline styles for the widget's shadow DOM. */
export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/** Middleware setting nosniff and Referrer-Policy on every response, framing and CSP rules by kind of resource. */
export function securityHeaders(): RequestHandler {
  return (req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
    if (req.path === '/widget.js') {
      // Loaded by <script> tags on other sites: must stay cross-origin readable and carry no page policy.
      res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
      return next();
    }
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Content-Security-Policy', req.path.startsWith('/api/') ? API_CSP : PAGE_CSP);
    next();
  };
}
