// Load for the multi-replica test: answers/s through the balancer (autocannon) and writer/asker loops that record
// every acknowledgement, each request from its own client address (X-Forwarded-For) so the rate limit stays out of it.
import autocannon from 'autocannon';

/** A client address for request `n` of load phase `block` (203.0.113.0/24-style, but spread over 10/8). */
export function clientIp(block: number, n: number): string {
  return `10.${block}.${(n >> 8) & 255}.${n & 255}`;
}

/** Answers/s and latency of POST /api/ask through `url`. */
export interface Throughput {
  connections: number;
  seconds: number;
  answers: number;
  perSecond: number;
  non2xx: number;
  errors: number;
}

/** Loads POST /api/ask at `url` with `connections` for `seconds`, rotating questions and client addresses. */
export async function measureAnswers(url: string, questions: string[], block: number, connections: number, seconds: number): Promise<Throughput> {
  let answers = 0;
  const instance = autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 30,
    requests: Array.from({ length: 1000 }, (_, n) => ({
      method: 'POST',
      path: '/api/ask',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': clientIp(block, n) },
      body: JSON.stringify({ question: questions[n % questions.length] }),
    })),
  });
  instance.on('response', (_client: unknown, status: number) => {
    if (status === 200) answers += 1;
  });
  const result = await instance;
  return { connections, seconds, answers, perSecond: answers / seconds, non2xx: result.non2xx, errors: result.errors + result.timeouts };
}

/** One request of a loop: when it ended (ms since the loop started), its status (0: no response) and its marker. */
export interface Outcome {
  at: number;
  status: number;
  marker: string;
}

/** Runs `workers` loops of `send(n)` until `stop()` resolves; returns every outcome. */
export async function loop(workers: number, stop: Promise<void>, send: (n: number) => Promise<{ status: number; marker: string }>): Promise<Outcome[]> {
  const started = Date.now();
  const outcomes: Outcome[] = [];
  let stopped = false;
  void stop.then(() => (stopped = true));
  let n = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (!stopped) {
        const i = n++;
        const { status, marker } = await send(i).catch(() => ({ status: 0, marker: `failed-${i}` }));
        outcomes.push({ at: Date.now() - started, status, marker });
      }
    }),
  );
  return outcomes;
}
