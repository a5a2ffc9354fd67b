// Loopback servers for browser tests: the product app (createApp) and a static host page on another origin embedding widget.js.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Assistant } from '../../src/assistant.js';
import { loadConfig } from '../../src/config.js';
import type { Store } from '../../src/store/types.js';
import { createApp } from '../../src/server/create-app.js';

/** A listening server and how to stop it. */
export interface Running {
  origin: string;
  close(): Promise<void>;
}

async function listen(server: Server, wanted = 0): Promise<Running> {
  await new Promise<void>((resolve) => server.listen(wanted, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Starts the product app on 127.0.0.1 (any free port unless `port` is given) with the given assistant and store. */
export function startApp(deps: {
  assistant: Assistant;
  store: Store;
  corsOrigin: string;
  ratePerMinute?: number;
  port?: number;
}): Promise<Running> {
  const config = loadConfig({
    CORS_ORIGINS: deps.corsOrigin,
    RATE_LIMIT_PER_MINUTE: String(deps.ratePerMinute ?? 1000),
    LOG_LEVEL: 'silent',
  });
  const app = createApp({ assistant: deps.assistant, config, store: deps.store });
  return listen(createServer(app), deps.port);
}

/** A host page with hostile global styles and widget.js from `apiOrigin` (data-* attributes from the query). */
function hostPage(apiOrigin: string, attrs: URLSearchParams): string {
  const data = [...attrs].map(([k, v]) => ` data-${k.replace(/[^a-z-]/g, '')}="${v.replace(/[^\w\u4e00-\u9fff -]/g, '')}"`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Delegate portal</title>
<style>
* { font-family: serif !important; color: #c00 !important; line-height: 3 !important; }
button { background: rgb(0, 255, 0) !important; }
.panel, .answer, .chat { border: 9px solid purple; }
</style></head>
<body><h1>Delegate portal</h1><p class="answer">Host page content.</p><button id="host-button">Host button</button>
<script src="${apiOrigin}/widget.js"${data}></script>
</body></html>`;
}

/** Starts a static server (another origin) whose /embed?api=<origin>&… page (and /embed/<name> pages) embed the widget. */
export function startHostSite(): Promise<Running> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const api = url.searchParams.get('api') ?? '';
    if (!/^\/embed(\/\w+)?$/.test(url.pathname) || !/^http:\/\/127\.0\.0\.1:\d+$/.test(api)) {
      res.writeHead(404).end();
      return;
    }
    url.searchParams.delete('api');
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(hostPage(api, url.searchParams));
  });
  return listen(server);
}
