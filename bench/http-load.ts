// Loads POST /api/ask on a loopback server with autocannon for a bounded time, recording every response's latency.
import autocannon from 'autocannon';
import { percentile } from '../src/eval/metrics.js';

/** The outcome of one load run. */
export interface HttpLoadResult {
  connections: number;
  seconds: number;
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  errors: number;
  non2xx: number;
}

/** Sends questions (rotating through them on every connection) to http://127.0.0.1:port/api/ask. */
export async function loadAsk(port: number, questions: string[], connections: number, seconds: number): Promise<HttpLoadResult> {
  const latencies: number[] = [];
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
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
  const result = await instance;
  return {
    connections,
    seconds,
    requests: latencies.length,
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
