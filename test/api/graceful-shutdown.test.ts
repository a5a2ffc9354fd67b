import { once } from 'node:events';
import { connect, type AddressInfo } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createApp } from '../../src/server/create-app.js';
import { gracefulShutdown } from '../../src/server/graceful-shutdown.js';
import { createLogger } from '../../src/server/logger.js';
import { createFakeAssistant, fakeAnswer, type FakeAssistantOptions } from './fake-assistant.js';
import { openMemoryStore } from './memory-store.js';

const QUESTION = '第44号决议责成了什么？';

async function listen(options: FakeAssistantOptions) {
  const assistant = createFakeAssistant(options);
  const logLines: Record<string, unknown>[] = [];
  const config = loadConfig({ LOG_LEVEL: 'info' });
  const app = createApp({
    assistant,
    config,
    store: openMemoryStore(),
    log: createLogger('info', (line) => logLines.push(JSON.parse(line) as Record<string, unknown>)),
  });
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { assistant, logLines, server, url, shutdown: gracefulShutdown(server) };
}

const ask = (url: string, init: { stream?: boolean; signal?: AbortSignal } = {}) =>
  fetch(`${url}/api/ask`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(init.stream ? { Accept: 'text/event-stream' } : {}) },
    body: JSON.stringify({ question: QUESTION }),
    ...(init.signal ? { signal: init.signal } : {}),
  });

/** Reads an SSE response frame by frame. */
function frames(res: Response) {
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  return async function next(): Promise<{ event: string; data: unknown } | null> {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        return {
          event: /^event: (.*)$/m.exec(frame)?.[1] ?? '',
          data: JSON.parse(/^data: (.*)$/m.exec(frame)?.[1] ?? 'null') as unknown,
        };
      }
      const { value, done } = await reader.read();
      if (done) return null;
      buffer += value;
    }
  };
}

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { wait: () => opened, open };
}

describe('graceful shutdown', () => {
  it('finishes an in-flight request, then refuses new connections', async () => {
    const held = gate();
    const { assistant, url, shutdown } = await listen({ hold: held.wait });
    const inflight = ask(url);
    await vi.waitFor(() => expect(assistant.asked).toHaveLength(1));
    // A grace period under Node's 5 s keep-alive timeout: an idle keep-alive socket must not hold the stop.
    const stopped = shutdown(3_000);
    held.open();
    const res = await inflight;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id: expect.any(String), ...fakeAnswer({ question: QUESTION }) });
    expect(await stopped).toEqual({ forced: false });
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });

  it('finishes 16 of 16 in-flight answers, JSON and streamed alike', async () => {
    const held = gate();
    const { assistant, url, shutdown } = await listen({ hold: held.wait, pace: held.wait });
    const json = Array.from({ length: 8 }, () => ask(url).then(async (res) => ({ status: res.status, body: (await res.json()) as unknown })));
    const streams = Array.from({ length: 8 }, () =>
      ask(url, { stream: true }).then(async (res) => {
        const next = frames(res);
        const events: string[] = [];
        for (let f = await next(); f; f = await next()) events.push(f.event);
        return { status: res.status, events };
      }),
    );
    await vi.waitFor(() => expect(assistant.asked).toHaveLength(16), { timeout: 20_000 });
    const stopped = shutdown(10_000);
    held.open();
    for (const r of await Promise.all(json)) expect(r).toEqual({ status: 200, body: { id: expect.any(String), ...fakeAnswer({ question: QUESTION }) } });
    for (const r of await Promise.all(streams)) {
      expect(r.status).toBe(200);
      expect(r.events[0]).toBe('sources');
      expect(r.events.at(-1)).toBe('done');
    }
    expect(await stopped).toEqual({ forced: false });
  });

  it('serves a request that arrives on an open connection after the stop began (answered at once, no crash)', async () => {
    const held = gate();
    const { assistant, server, shutdown } = await listen({ hold: held.wait });
    const socket = connect((server.address() as AddressInfo).port, '127.0.0.1');
    const urls: string[] = [];
    server.on('request', (req: { url: string }) => urls.push(req.url));
    const received: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    const body = JSON.stringify({ question: QUESTION });
    socket.write(`POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    await vi.waitFor(() => expect(assistant.asked).toHaveLength(1));
    const stopped = shutdown(3_000);
    // Pipelined behind the held answer: the app answers it synchronously, before the stop's own listener runs.
    socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n');
    await vi.waitFor(() => expect(urls).toContain('/healthz'));
    held.open();
    await once(socket, 'close');
    const text = Buffer.concat(received).toString('utf8');
    expect(text.match(/HTTP\/1\.1 200 OK/g)).toHaveLength(2);
    expect(text).toContain('{"status":"ok","database":"sqlite"}');
    expect(text).toMatch(/^connection: close/im);
    expect(await stopped).toEqual({ forced: false });
  });

  it('lets an open answer stream run to its done event', async () => {
    const paced = gate();
    const { url, shutdown } = await listen({ pace: paced.wait });
    const res = await ask(url, { stream: true });
    const next = frames(res);
    expect((await next())?.event).toBe('sources');
    const stopped = shutdown(10_000);
    paced.open();
    const rest: string[] = [];
    for (let f = await next(); f; f = await next()) rest.push(f.event);
    expect(rest.at(-1)).toBe('done');
    expect(rest.slice(0, -1).every((e) => e === 'delta')).toBe(true);
    expect(await stopped).toEqual({ forced: false });
  });

  it('cuts streams still open when the grace period ends', async () => {
    const { url, shutdown } = await listen({ pace: () => new Promise(() => undefined) });
    const res = await ask(url, { stream: true });
    const next = frames(res);
    expect((await next())?.event).toBe('sources');
    expect(await shutdown(100)).toEqual({ forced: true });
    await expect(next()).rejects.toThrow();
  });
});

describe('answer streams', () => {
  it('stop asking the assistant for more once the client goes away', async () => {
    const paced = gate();
    const { assistant, logLines, url, server } = await listen({ pace: paced.wait });
    const abort = new AbortController();
    const res = await ask(url, { stream: true, signal: abort.signal });
    expect((await frames(res)())?.event).toBe('sources');
    abort.abort();
    await vi.waitFor(() => expect(logLines.some((l) => l.msg === 'request' && l.status === 499)).toBe(true));
    paced.open();
    await vi.waitFor(() => expect(assistant.streamsFinished).toBe(1));
    // sources plus the one delta already being produced; never the remaining deltas or done.
    expect(assistant.streamSteps).toBe(2);
    server.close();
  });
});
