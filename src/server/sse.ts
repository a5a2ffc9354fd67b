// Server-sent events over an Express response: headers, one flushed `event:`/`data:` frame per call, and abort detection.
import type { Response } from 'express';

/** A server-sent event stream opened on one response. */
export interface EventStream {
  /** Writes one event whose data is `data` as JSON; no-op once the client has gone. */
  send(event: string, data: unknown): void;
  /** Ends the response. */
  end(): void;
  /** Resolves when the client disconnects before end(). */
  readonly closed: Promise<void>;
}

/** Starts an event stream on `res` (status 200, text/event-stream, no caching or proxy buffering). */
export function openEventStream(res: Response): EventStream {
  let closed = false;
  let onClose!: () => void;
  const closedPromise = new Promise<void>((resolve) => (onClose = resolve));
  res.on('close', () => {
    if (!res.writableFinished) {
      closed = true;
      onClose();
    }
  });
  res.status(200);
  res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
  res.setHeader('Cache-Control', 'no-cache, no-transform');
  res.setHeader('X-Accel-Buffering', 'no');
  res.flushHeaders();
  return {
    send(event, data) {
      if (closed || res.writableEnded) return;
      res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    end() {
      if (!res.writableEnded) res.end();
    },
    closed: closedPromise,
  };
}
