// `npm run bench`: index build (cold and cached), index load, RSS, search latency per retriever and /api/ask load.
// Prints a table and writes bench/results.json. Everything runs on this machine; HTTP goes to 127.0.0.1 only.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { RETRIEVERS, type RetrieverName } from '../src/assistant.js';
import { loadConfig, ROOT, type Config } from '../src/config.js';
import { createAssistant } from '../src/create-assistant.js';
import { loadEvalSet } from '../src/eval/eval-set.js';
import { percentile } from '../src/eval/metrics.js';
import { loadAsk, type HttpLoadResult } from './http-load.js';
import { timeIndexBuild } from './index-build.js';
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

/** Starts the server child on the bench index and waits for its load report and port. */
async function startServer(config: Config): Promise<{ child: ChildProcess; loadMs: number; rssBytes: number; port: number }> {
  const child = fork(fileURLToPath(new URL('./serve-app.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    // The child reads its settings through loadConfig like `npm start`; only the bench's overrides differ.
    env: {
      ...process.env,
      INDEX_DIR: config.INDEX_DIR,
      DATA_DIR: config.DATA_DIR,
      RATE_LIMIT_PER_MINUTE: String(config.RATE_LIMIT_PER_MINUTE),
      LOG_LEVEL: config.LOG_LEVEL,
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    let loaded: { loadMs: number; rssBytes: number } | null = null;
    const timer = setTimeout(() => reject(new Error('the server child did not start within 120 s')), 120_000);
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

/** Latency of assistant.search (k = 10) for each question, after a short warm-up. */
async function searchLatency(config: Config, questions: string[]): Promise<Record<RetrieverName, { p50: number; p95: number; n: number }>> {
  const assistant = await createAssistant(config);
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

function row(name: string, value: string, target = ''): string {
  return `${name.padEnd(34)}${value.padStart(18)}   ${target}`;
}

function httpRow(r: HttpLoadResult): string {
  const bad = r.errors + r.non2xx > 0 ? `  (${r.errors} errors, ${r.non2xx} non-2xx)` : '';
  return row(
    `/api/ask c=${r.connections} p50 / p95 (ms)`,
    `${r.p50.toFixed(1)} / ${r.p95.toFixed(1)}`,
    `${r.perSecond.toFixed(0)} req/s over ${r.seconds} s${r.connections === 1 ? ' · target p95 ≤ 50' : ''}${bad}`,
  );
}

async function main(): Promise<number> {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { set: { type: 'string' }, seconds: { type: 'string' } } });
  const args = argsSchema.parse(values);
  const questions = (await loadEvalSet(args.set)).map((i) => i.question);
  const dir = mkdtempSync(join(tmpdir(), 'wtsa-bench-'));
  const config = benchConfig(loadConfig(), dir);
  let server: Awaited<ReturnType<typeof startServer>> | null = null;
  try {
    const cold = await timeIndexBuild(config, 'cold build');
    const cached = await timeIndexBuild(config, 'cached build');
    server = await startServer(config);
    const search = await searchLatency(config, questions);
    const http = [await loadAsk(server.port, questions, 1, args.seconds), await loadAsk(server.port, questions, 16, args.seconds)];

    const results = {
      at: new Date().toISOString(),
      node: process.version,
      set: args.set,
      build: { coldMs: cold.ms, cachedMs: cached.ms, records: cold.records, embeddedCold: cold.embedded, embeddedCached: cached.embedded },
      load: { ms: server.loadMs, rssMb: server.rssBytes / 2 ** 20 },
      search,
      http,
    };
    writeFileSync(fileURLToPath(new URL('./results.json', import.meta.url)), `${JSON.stringify(results, null, 2)}\n`);
    const lines = [
      row('measure', 'value', 'notes'),
      row('index build, cold (s)', (cold.ms / 1000).toFixed(1), `${cold.records} records, ${cold.embedded} embedded · target ≤ 180`),
      row('index build, cached (s)', (cached.ms / 1000).toFixed(1), `${cached.cached} from the embedding cache`),
      row('index load (s)', (server.loadMs / 1000).toFixed(2), 'createAssistant in a fresh process · target ≤ 2'),
      row('RSS after load (MB)', (server.rssBytes / 2 ** 20).toFixed(0), 'server process'),
      ...RETRIEVERS.map((r) =>
        row(`search ${r} p50 / p95 (ms)`, `${search[r].p50.toFixed(1)} / ${search[r].p95.toFixed(1)}`, `${search[r].n} questions, k = 10${r === 'hybrid' ? ' · target p95 ≤ 30' : ''}`),
      ),
      ...http.map(httpRow),
    ];
    process.stdout.write(`${lines.join('\n')}\nwritten to bench/results.json\n`);
    return 0;
  } finally {
    server?.child.removeAllListeners('exit');
    server?.child.disconnect();
    server?.child.kill();
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
