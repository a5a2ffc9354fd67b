// gzip for pages, JSON and widget.js; never for server-sent events (each event must leave at once) or Slack's route.
import compression from 'compression';
import type { RequestHandler } from 'express';

/** Responses smaller than this go out as they are (the gzip header would not pay for itself). */
const THRESHOLD_BYTES = 1024;

/** The compression middleware with the streaming answer and the Slack endpoint left alone. */
export function compressResponses(): RequestHandler {
  return compression({
    threshold: THRESHOLD_BYTES,
    filter: (req, res) => {
      if (req.path.startsWith('/slack/')) return false;
      if (String(res.getHeader('Content-Type') ?? '').includes('text/event-stream')) return false;
      return compression.filter(req, res);
    },
  });
}
