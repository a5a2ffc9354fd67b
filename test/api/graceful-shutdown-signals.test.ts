// Stop signals to a real server (the real index, one answer worker): to the node process, to `npm start`, and to the
// whole process group (Ctrl-C, systemd). Each time 16 requests are in flight — the server has read their headers
// (proved by its 100 Continue) and waits for their bodies, which the test holds back until the stop has begun.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request, type ClientRequest } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../../src/config.js';

const QUESTIONS = ['第44号决议对学术成员会费怎么说？', 'SG17负责什么？', '哪些决议提到了数字孪生？', '第20研究组的牵头职责是什么？'];

/** A server process and what it logged (pino JSON lines; npm's own lines are skipped). */
interface Running {
  child: ChildProcess;
  lines: Record<string, unknown>[];
  /** Resolves with the first log line for which `match` holds. */
  logged(match: (line: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
  exited: Promise<number | null>;
}

const dirs: string[] = [];
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGKILL');
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Starts `command` as the leader of its own process group, on an ephemeral port with a private DATA_DIR. */
function start(command: string, args: string[]): Running {
  const dataDir = mkdtempSync(join(tmpdir(), 'wtsa-signals-'));
  dirs.push(dataDir);
  const child = spawn(command, args, {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      ANSWER_WORKERS: '1',
      ASK_QUEUE_LIMIT: '64',
      ANSWER_CACHE_SIZE: '0',
      RATE_LIMIT_PER_MINUTE: '100000',
      SHUTDOWN_GRACE_MS: '60000',
    },
  });
  children.push(child);
  const lines: Record<string, unknown>[] = [];
  const waiters: { match: (line: Record<string, unknown>) => boolean; resolve: (line: Record<string, unknown>) => void }[] = [];
  createInterface({ input: child.stdout! }).on('line', (text) => {
    if (!text.startsWith('{')) return;
    const line = JSON.parse(text) as Record<string, unknown>;
    lines.push(line);
    for (const w of waiters.filter((w) => w.match(line))) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(line);
    }
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    lines,
    exited,
    logged: (match) =>
      new Promise((resolve, reject) => {
        const seen = lines.find(match);
        if (seen) return resolve(seen);
        waiters.push({ match, resolve });
        void exited.then((code) => reject(new Error(`the server exited (${code}) before logging what the test waits for`)));
      }),
  };
}

/** One POST /api/ask whose headers the server has acknowledged (100 Continue) and whose body is held back. */
interface HeldRequest {
  send(): void;
  response: Promise<{ status: number; body: string }>;
}

async function holdRequest(port: number, question: string, stream: boolean): Promise<HeldRequest> {
  const body = JSON.stringify({ question });
  let req!: ClientRequest;
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/ask',
        agent: false,
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
          Expect: '100-continue',
          ...(stream ? { Accept: 'text/event-stream' } : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
  });
  req.flushHeaders();
  await new Promise<void>((resolve) => req.once('continue', resolve));
  return { send: () => req.end(body), response };
}

/** True when a new connection to `port` is refused. */
const refused = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const TARGETS: { name: string; command: [string, string[]]; signal: NodeJS.Signals; group: boolean }[] = [
  { name: 'SIGTERM to the server process', command: [process.execPath, ['--import', 'tsx', 'src/server/main.ts']], signal: 'SIGTERM', group: false },
  { name: 'SIGTERM to `npm start`', command: [NPM, ['start']], signal: 'SIGTERM', group: false },
  { name: 'SIGINT to the process group of `npm start` (Ctrl-C)', command: [NPM, ['start']], signal: 'SIGINT', group: true },
];

describe('stop signals to a real server', () => {
  for (const target of TARGETS) {
    it(`${target.name}: 16 of 16 in-flight requests complete (SSE included), then exit 0`, async () => {
      const server = start(...target.command);
      const { port } = (await server.logged((l) => l.msg === 'listening')) as { port: number };
      await server.logged((l) => l.msg === 'ready');

      const held = await Promise.all(
        Array.from({ length: 16 }, (_, i) => holdRequest(port, QUESTIONS[i % QUESTIONS.length]!, i % 2 === 1)),
      );
      process.kill(target.group ? -server.child.pid! : server.child.pid!, target.signal);
      await server.logged((l) => l.msg === 'shutting down');
      expect(await refused(port)).toBe(true);

      for (const h of held) h.send();
      const responses = await Promise.all(held.map((h) => h.response));
      responses.forEach(({ status, body }, i) => {
        expect(status).toBe(200);
        if (i % 2 === 1) expect(body).toMatch(/^event: sources\n[\s\S]*event: done\ndata: \{.*"answer":/m);
        else expect(JSON.parse(body)).toMatchObject({ answer: expect.any(String), citations: expect.any(Array) });
      });

      expect(await server.exited).toBe(0);
      expect(server.lines.filter((l) => l.msg === 'shutting down')).toHaveLength(1);
      expect(server.lines.find((l) => l.msg === 'stopped')).toMatchObject({ forced: false });
      expect(server.lines.filter((l) => l.msg === 'request' && l.path === '/api/ask' && l.status === 200)).toHaveLength(16);
    }, 240_000);
  }
});
