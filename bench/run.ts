// `npm run bench`: index build (cold and cached), question parsing on 1,000-character adversarial questions, server load time and RSS with 1 and N answer workers, search latency
// per retriever, and /api/ask under load at concurrency 1, 16 and 64 (answers/s, p50/p99/max, 503s, /healthz meanwhile).
// Prints a table and writes bench/results.json. Everything runs on this machine; HTTP goes to 127.0.0.1 only.
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { RETRIEVERS, type Assistant, type RetrieverName } from '../src/assistant.js';
import { loadConfig, ROOT, type Config } from '../src/config.js';
import { createAssistant } from '../src/create-assistant.js';
import { loadEvalSet } from '../src/eval/eval-set.js';
import { percentile } from '../src/eval/metrics.js';
import { loadAsk, type HttpLoadResult } from './http-load.js';
import { timeIndexBuild } from './index-build.js';
import { queryParsingLatency } from './query-parsing.js';
import type { ServeMessage } from './serve-app.js';


const argsSchema = z.object({
  set: z.string().min(1).default(join(ROOT, 'evals/known-answers.json')),
  seconds: z.coerce.number().int().min(1).max(60).default(10),
});

/** Settings of the benchmark's private index and data directories; a rate limit no load run reaches. */
function benchConfig(base: Config, dir: string): Config {
  return {
    ...base,
    INDEX_DIR: join(dir, 'index'),
    DATA_DIR: join(dir, 'data'),
    RATE_LIMIT_PER_MINUTE: 1_000_000_000,
    LOG_LEVEL: 'silent',
  };
}

/** A server child and what it reported. */
interface ServerChild {
  child: ChildProcess;
  loadMs: number;
  rssBytes: number;
  port: number;
}

/** Starts the server child on the bench index (with `env` on top, e.g. ANSWER_WORKERS) and waits for its port. */
async function startServer(config: Config, env: Record<string, string>): Promise<ServerChild> {
  const child = fork(fileURLToPath(new URL('./serve-app.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    // The child reads its settings through loadConfig like `npm start`; only the bench's overrides differ.
    env: {
      ...process.env,
      INDEX_DIR: config.INDEX_DIR,
      DATA_DIR: config.DATA_DIR,
      RATE_LIMIT_PER_MINUTE: String(config.RATE_LIMIT_PER_MINUTE),
      LOG_LEVEL: config.LOG_LEVEL,
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    let loaded: { loadMs: number; rssBytes: number } | null = null;
    const timer = setTimeout(() => reject(new Error('the server child did not start within 180 s')), 180_000);
    child.once('exit', (code) => reject(new Error(`the server child exited with code ${code}`)));
    child.on('message', (message: ServeMessage) => {
      if (message.type === 'loaded') loaded = message;
      if (message.type === 'listening' && loaded) {
        clearTimeout(timer);
        resolve({ child, ...loaded, port: message.port });
      }
    });
  });
}

/** Stops a server child and waits for it to exit. */
async function stopServer(server: ServerChild): Promise<void> {
  server.child.removeAllListeners('exit');
  const exited = once(server.child, 'exit');
  server.child.disconnect();
  server.child.kill();
  await exited;
}

/** Asks every question once, one at a time, so that the answer cache holds them all. */
async function warmCache(port: number, questions: string[]): Promise<void> {
  for (const question of questions) {
    const res = await fetch(`http://127.0.0.1:${port}/api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question, history: [] }),
    });
    await res.arrayBuffer();
  }
}

/** Latency of assistant.search (k = 10) for each question, after a short warm-up. */
async function searchLatency(assistant: Assistant, questions: string[]): Promise<Record<RetrieverName, { p50: number; p95: number; n: number }>> {
  const out = {} as Record<RetrieverName, { p50: number; p95: number; n: number }>;
  for (const retriever of RETRIEVERS) {
    for (const q of questions.slice(0, 5)) await assistant.search(q, { k: 10, retriever });
    const ms: number[] = [];
    for (const q of questions) {
      const t = performance.now();
      await assistant.search(q, { k: 10, retriever });
      ms.push(performance.now() - t);
    }
    out[retriever] = { p50: percentile(ms, 50), p95: percentile(ms, 95), n: ms.length };
  }
  return out;
}

/** Wall and CPU milliseconds per in-process answer over all questions: the CPU figure bounds answers/s per core. */
async function answerCost(assistant: Assistant, questions: string[]): Promise<{ wallMs: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (const question of questions) await assistant.ask({ question });
  const used = process.cpuUsage(cpu);
  return { wallMs: (performance.now() - started) / questions.length, cpuMs: (used.user + used.system) / 1000 / questions.length };
}

function row(name: string, value: string, target = ''): string {
  return `${name.padEnd(50)}${value.padStart(24)}   ${target}`;
}

const ms = (v: number) => (v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(1)}`);

function httpRow(r: HttpLoadResult, target = ''): string {
  const other = Object.entries(r.statuses).filter(([status]) => !/^2|^503$/.test(status));
  const failed = r.failed ? ` · ${r.failed} failed (${other.map(([status, n]) => `${n} × ${status}`).join(', ') || 'connection errors'})` : '';
  const busy = r.busy ? ` · ${r.busy} × 503 (p99 ${ms(r.busyLatency?.p99 ?? 0)})` : ' · no 503';
  return [
    row(`/api/ask ${r.label} c=${r.connections} p50/p99/max`, `${ms(r.latency.p50)} / ${ms(r.latency.p99)} / ${ms(r.latency.max)}`, `${r.perSecond.toFixed(0)} answers/s${busy}${failed}${target}`),
    row(`  /healthz meanwhile p50 / p99`, `${ms(r.healthz.p50)} / ${ms(r.healthz.p99)}`, `${r.healthz.n} probes · target p99 ≤ 50`),
  ].join('\n');
}

/** The target issue 13 sets for a run at `connections`, as a note. */
const TARGETS: Record<number, string> = {
  1: '',
  16: ' · target ≥ 200 answers/s, p99 ≤ 200 ms',
  64: ' · target p99 ≤ 1 s, excess 503',
  128: ' · beyond the queue bound: the excess answered 503',
};

async function main(): Promise<number> {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { set: { type: 'string' }, seconds: { type: 'string' } } });
  const args = argsSchema.parse(values);
  const questions = (await loadEvalSet(args.set)).map((i) => i.question);
  const dir = mkdtempSync(join(tmpdir(), 'wtsa-bench-'));
  const config = benchConfig(loadConfig(), dir);
  const servers: ServerChild[] = [];
  const serve = async (env: Record<string, string>) => {
    const server = await startServer(config, env);
    servers.push(server);
    return server;
  };
  const cores = String(availableParallelism());
  try {
    const cold = await timeIndexBuild(config, 'cold build');
    const cached = await timeIndexBuild(config, 'cached build');
    const inProcess = await createAssistant(config);
    const search = await searchLatency(inProcess, questions);
    const cost = await answerCost(inProcess, questions);
    const parsing = queryParsingLatency(questions);

    // Memory and throughput of one worker, then of one per core; answers computed every time (cache off).
    const single = await serve({ ANSWER_WORKERS: '1', ANSWER_CACHE_SIZE: '0' });
    const singleRun = await loadAsk(single.port, questions, 16, args.seconds, '1 worker, uncached');
    await stopServer(servers.pop()!);
    const pooled = await serve({ ANSWER_WORKERS: cores, ANSWER_CACHE_SIZE: '0' });
    const uncachedRuns: HttpLoadResult[] = [];
    // 128 connections overload the queue bound (ASK_QUEUE_LIMIT): the excess is turned away with 503.
    for (const c of [1, 16, 64, 128]) uncachedRuns.push(await loadAsk(pooled.port, questions, c, args.seconds, `${cores} workers, uncached`));
    await stopServer(servers.pop()!);
    // The same questions again with the answer cache on (default size), warmed by one pass.
    const caching = await serve({ ANSWER_WORKERS: cores });
    await warmCache(caching.port, questions);
    const cachedRuns: HttpLoadResult[] = [];
    for (const c of [16, 64]) cachedRuns.push(await loadAsk(caching.port, questions, c, args.seconds, `${cores} workers, cached`));

    const results = {
      at: new Date().toISOString(),
      node: process.version,
      cores: availableParallelism(),
      set: args.set,
      questions: questions.length,
      build: { coldMs: cold.ms, cachedMs: cached.ms, records: cold.records, embeddedCold: cold.embedded, embeddedCached: cached.embedded },
      load: {
        oneWorker: { ms: single.loadMs, rssMb: single.rssBytes / 2 ** 20 },
        [`${cores}Workers`]: { ms: pooled.loadMs, rssMb: pooled.rssBytes / 2 ** 20 },
      },
      search,
      answerCost: cost,
      parsing,
      http: { oneWorker: singleRun, uncached: uncachedRuns, cached: cachedRuns },
    };
    writeFileSync(fileURLToPath(new URL('./results.json', import.meta.url)), `${JSON.stringify(results, null, 2)}\n`);
    const lines = [
      row('measure', 'value', 'notes'),
      row('index build, cold (s)', (cold.ms / 1000).toFixed(1), `${cold.records} records, ${cold.embedded} embedded · target ≤ 180`),
      row('index build, cached (s)', (cached.ms / 1000).toFixed(1), `${cached.cached} from the embedding cache`),
      row('server ready, 1 worker (s)', (single.loadMs / 1000).toFixed(2), `RSS ${(single.rssBytes / 2 ** 20).toFixed(0)} MB after load`),
      row(`server ready, ${cores} workers (s)`, (pooled.loadMs / 1000).toFixed(2), `RSS ${(pooled.rssBytes / 2 ** 20).toFixed(0)} MB after load (each worker loads the index)`),
      ...RETRIEVERS.map((r) =>
        row(`search ${r} p50 / p95 (ms)`, `${search[r].p50.toFixed(1)} / ${search[r].p95.toFixed(1)}`, `${search[r].n} questions, k = 10${r === 'hybrid' ? ' · target p95 ≤ 30' : ''}`),
      ),
      ...parsing.map((p) => row(`read a question: ${p.kind} p50/p99/max`, `${p.p50.toFixed(2)} / ${p.p99.toFixed(2)} / ${p.max.toFixed(2)}`, `${p.n} questions · target max ≤ 20`)),
      row('answer in process, wall / CPU (ms)', `${cost.wallMs.toFixed(1)} / ${cost.cpuMs.toFixed(1)}`, `per question · ${(1000 / cost.cpuMs).toFixed(0)} answers/s per core at most`),
      httpRow(singleRun),
      ...uncachedRuns.map((r) => httpRow(r, TARGETS[r.connections])),
      ...cachedRuns.map((r) => httpRow(r)),
    ];
    process.stdout.write(`${lines.join('\n')}\nlatencies in ms unless marked; ${questions.length} distinct questions; written to bench/results.json\n`);
    return 0;
  } finally {
    for (const server of servers) await stopServer(server);
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
