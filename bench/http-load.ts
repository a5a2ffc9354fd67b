// Loads POST /api/ask on a loopback server with autocannon for a bounded time, recording every response's latency and
// status, while a probe measures GET /healthz one request at a time (what a balancer's health check sees under load).
import autocannon from 'autocannon';
import { setTimeout as sleep } from 'node:timers/promises';
import { percentile } from '../src/eval/metrics.js';

/** Latency percentiles in milliseconds. */
export interface Latency {
  n: number;
  p50: number;
  p99: number;
  max: number;
}

/** The outcome of one load run. */
export interface HttpLoadResult {
  label: string;
  connections: number;
  seconds: number;
  /** 2xx answers per second. */
  perSecond: number;
  answered: number;
  /** 503 busy: turned away by admission control. */
  busy: number;
  /** Other non-2xx responses, connection errors and timeouts. */
  failed: number;
  /** Responses by status code. */
  statuses: Record<string, number>;
  /** Every /api/ask response, answered or turned away. */
  latency: Latency;
  /** The 503 responses alone (they should be quick). */
  busyLatency: Latency | null;
  healthz: Latency;
}

const summary = (ms: number[]): Latency => ({ n: ms.length, p50: percentile(ms, 50), p99: percentile(ms, 99), max: Math.max(0, ...ms) });

/** GETs /healthz back to back (10 ms apart) until `done` resolves; returns each latency. */
async function probeHealthz(port: number, done: PromiseLike<unknown>): Promise<number[]> {
  const ms: number[] = [];
  let running = true;
  void Promise.resolve(done).then(() => (running = false));
  while (running) {
    const started = performance.now();
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    await res.arrayBuffer();
    ms.push(performance.now() - started);
    await sleep(10);
  }
  return ms;
}

/** Sends questions (every connection cycling through them) to http://127.0.0.1:port/api/ask for `seconds`. */
export async function loadAsk(port: number, questions: string[], connections: number, seconds: number, label: string): Promise<HttpLoadResult> {
  const all: number[] = [];
  const busyMs: number[] = [];
  let answered = 0;
  const statuses: Record<string, number> = {};
  const instance = autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: seconds,
    timeout: 10,
    requests: questions.map((question) => ({
      method: 'POST',
      path: '/api/ask',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question, history: [] }),
    })),
  });
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    all.push(ms);
    statuses[status] = (statuses[status] ?? 0) + 1;
    if (status === 503) busyMs.push(ms);
    else if (status >= 200 && status < 300) answered += 1;
  });
  const healthz = probeHealthz(port, instance);
  const result = await instance;
  return {
    label,
    connections,
    seconds,
    perSecond: answered / seconds,
    answered,
    busy: busyMs.length,
    failed: all.length - answered - busyMs.length + result.errors + result.timeouts,
    statuses,
    latency: summary(all),
    busyLatency: busyMs.length ? summary(busyMs) : null,
    healthz: summary(await healthz),
  };
}
