// A fake Slack on loopback: the Web API methods the bot calls and response_url endpoints, recording every request.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the bot made to the fake Slack. */
export interface RecordedCall {
  /** "chat.postMessage", "conversations.replies", "auth.test", … or "response_url". */
  method: string;
  path: string;
  authorization: string | undefined;
  /** Parsed body: form fields (JSON-valued ones decoded) for Web API calls, the JSON body for response_url. */
  body: Record<string, unknown>;
}

/** The fake server and what it has seen. */
export interface FakeSlack {
  url: string;
  calls: RecordedCall[];
  /** Messages conversations.replies returns (the current thread). */
  thread: Record<string, unknown>[];
  /** A fresh response_url on this server. */
  responseUrl(): string;
  /** Resolves with the calls matching `match` once there are at least `count` of them (rejects after 5 s). */
  waitFor(match: (c: RecordedCall) => boolean, count?: number): Promise<RecordedCall[]>;
  close(): Promise<void>;
}

function decodeForm(raw: string): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    try {
      body[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
    } catch {
      body[k] = v;
    }
  }
  return body;
}

/** Starts the fake Slack on 127.0.0.1 at a free port. */
export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: RecordedCall[] = [];
  let ts = 1_800_000_000;
  let responseUrls = 0;
  const fake = { thread: [] as Record<string, unknown>[] };
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (raw += chunk));
    req.on('end', () => {
      const path = req.url ?? '';
      const json = (req.headers['content-type'] ?? '').includes('json');
      const body = json ? (JSON.parse(raw || '{}') as Record<string, unknown>) : decodeForm(raw);
      const method = path.startsWith('/respond/') ? 'response_url' : path.replace(/^\/api\//, '');
      calls.push({ method, path, authorization: req.headers.authorization, body });
      res.setHeader('content-type', 'application/json');
      if (method === 'chat.postMessage') {
        ts += 1;
        res.end(JSON.stringify({ ok: true, channel: body.channel, ts: `${ts}.000100` }));
      } else if (method === 'conversations.replies') {
        res.end(JSON.stringify({ ok: true, messages: fake.thread, has_more: false }));
      } else if (method === 'views.open' || method === 'views.publish') {
        res.end(JSON.stringify({ ok: true, view: { id: 'V1' } }));
      } else if (method === 'response_url') {
        res.end(JSON.stringify({ ok: true }));
      } else {
        res.end(JSON.stringify({ ok: false, error: 'unknown_method' }));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(fake, {
    url,
    calls,
    responseUrl: () => `${url}/respond/${++responseUrls}`,
    async waitFor(match: (c: RecordedCall) => boolean, count = 1) {
      const deadline = Date.now() + 5000;
      for (;;) {
        const found = calls.filter(match);
        if (found.length >= count) return found;
        if (Date.now() > deadline) throw new Error(`fake Slack: expected ${count} matching calls, saw ${found.length}: ${JSON.stringify(calls.map((c) => c.method))}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
