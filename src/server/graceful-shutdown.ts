// Stops an HTTP server gracefully: no new connections, in-flight requests (and open streams) finish, up to a cap.
import type { Server } from 'node:http';

/** How a shutdown ended. */
export interface ShutdownResult {
  /** True when the grace period ran out and remaining connections were cut. */
  forced: boolean;
}

/** Prepares `server` for graceful shutdown; call the returned function to stop it, cutting what is left after `graceMs`. */
export function gracefulShutdown(server: Server): (graceMs: number) => Promise<ShutdownResult> {
  let closing = false;
  // Prepended so that it runs before the app, which may answer (and send its headers) synchronously.
  server.prependListener('request', (_req, res) => {
    // Keep-alive sockets would otherwise idle for keepAliveTimeout after their last in-flight response.
    if (closing && !res.headersSent) res.setHeader('Connection', 'close');
    res.once('finish', () => {
      if (closing) setImmediate(() => server.closeIdleConnections());
    });
  });

  return (graceMs) => {
    closing = true;
    return new Promise<ShutdownResult>((resolve) => {
      let forced = false;
      const timer = setTimeout(() => {
        forced = true;
        server.closeAllConnections();
      }, graceMs);
      server.close(() => {
        clearTimeout(timer);
        resolve({ forced });
      });
      server.closeIdleConnections();
    });
  };
}
