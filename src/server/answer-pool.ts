// The server's Assistant: answers and searches run in a pool of worker threads (piscina), each with the index loaded
// once, so the event loop stays free for HTTP, streams, /healthz and /metrics. A bounded queue turns the excess away
// with 503 busy, and an LRU cache answers repeated questions without a worker. Mandates and documents (corpus only)
// stay on this thread.
import { Piscina } from 'piscina';
import type { Answer, AskInput, ScoredRecord } from '../answer/types.js';
import type { AskEvent, Assistant, Progress, RetrieverName, SearchOptions } from '../assistant.js';
import type { Config } from '../config.js';
import { corpusViews } from '../create-assistant.js';
import { loadCorpus } from '../corpus/load-corpus.js';
import { createAnswerCache } from './answer-pool-cache.js';
import { busyError } from './api-error.js';
import type { Metrics } from './metrics.js';

/** What the pool hands each worker. */
export interface AnswerWorkerData {
  config: Config;
  /** Shared [first worker loaded, workers started] counters that let one worker build the index before the others load. */
  loadGate: SharedArrayBuffer;
}

/** One task a worker runs. */
export type AnswerTask =
  | { kind: 'stream'; input: AskInput }
  | { kind: 'ask'; input: AskInput; options: { retriever?: RetrieverName } }
  | { kind: 'search'; query: string; options: SearchOptions };

/** What a worker tells the pool outside of task results. */
export type WorkerMessage =
  | { type: 'progress'; progress: Progress }
  | { type: 'log'; message: string }
  | { type: 'loaded'; rssBytes: number };

/** Options of openAnswerPool. */
export interface AnswerPoolOptions {
  config: Config;
  metrics: Metrics;
  /** The worker module, plain JavaScript (tests pass a double); answer-pool-worker-boot.mjs by default. */
  workerFile?: URL;
  onProgress?: (p: Progress) => void;
  /** Operational messages from the workers (LLM fallbacks …). */
  log?: (message: string) => void;
}

/** The pooled Assistant, with its readiness and shutdown. */
export interface AnswerPool extends Assistant {
  /** Resolves once every worker has loaded the index (with the process RSS then); rejects when a worker fails to. */
  ready: Promise<{ rssBytes: number }>;
  /** Stops the workers (call once in-flight requests are done). */
  close(): Promise<void>;
}

/** Seconds a turned-away caller should wait: about as long as an admitted question takes now, at least 1 s. */
function retryAfterSeconds(meanSojournMs: number): number {
  return Math.max(1, Math.ceil(meanSojournMs / 1000));
}

/** Starts ANSWER_WORKERS workers and returns the Assistant that answers through them. */
export function openAnswerPool(options: AnswerPoolOptions): AnswerPool {
  const { config, metrics } = options;
  const threads = config.ANSWER_WORKERS;
  const workerData: AnswerWorkerData = { config, loadGate: new SharedArrayBuffer(8) };
  const pool = new Piscina({
    filename: (options.workerFile ?? new URL('./answer-pool-worker-boot.mjs', import.meta.url)).href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: Number.POSITIVE_INFINITY,
    workerData,
  });

  const ready = new Promise<{ rssBytes: number }>((resolve, reject) => {
    let loaded = 0;
    pool.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') options.onProgress?.(message.progress);
      else if (message.type === 'log') options.log?.(message.message);
      else if (++loaded === threads) resolve({ rssBytes: message.rssBytes });
    });
    pool.on('error', (err: unknown) => {
      options.log?.(`answer worker failed: ${err instanceof Error ? err.message : String(err)}`);
      reject(err instanceof Error ? err : new Error(String(err)));
    });
  });

  const cache = createAnswerCache(config.ANSWER_CACHE_SIZE);
  let inFlight = 0;
  // Recent mean time from admission to result (queue wait included), a moving average.
  let meanSojournMs = 50;
  const setQueueGauge = () => metrics.askQueueLength.set(Math.max(0, inFlight - threads));

  /** Runs a task on a worker, or throws busy when ASK_QUEUE_LIMIT tasks already wait for one. */
  async function run<T>(task: AnswerTask): Promise<T> {
    const waiting = Math.max(0, inFlight - threads + 1);
    if (waiting > config.ASK_QUEUE_LIMIT) {
      metrics.busyRejections.inc();
      throw busyError(retryAfterSeconds(meanSojournMs));
    }
    inFlight += 1;
    setQueueGauge();
    const started = performance.now();
    try {
      return (await pool.run(task)) as T;
    } finally {
      meanSojournMs = 0.9 * meanSojournMs + 0.1 * (performance.now() - started);
      inFlight -= 1;
      setQueueGauge();
    }
  }

  /** The events of a streamed answer, from the cache or a worker. */
  async function answerEvents(input: AskInput): Promise<AskEvent[]> {
    const cached = cache.get(input);
    metrics.answerCache.inc({ result: cached ? 'hit' : 'miss' });
    if (cached) return cached;
    const events = await run<AskEvent[]>({ kind: 'stream', input });
    cache.set(input, events);
    return events;
  }

  return {
    ready,
    close: () => pool.destroy(),
    async ask(input, askOptions = {}) {
      // Ablations (another retriever) are not the product's answers: neither cached nor served from the cache.
      if (askOptions.retriever) return run<Answer>({ kind: 'ask', input, options: askOptions });
      const done = (await answerEvents(input)).at(-1);
      if (done?.type !== 'done') throw new Error('a worker returned an answer without its final event');
      return done.answer;
    },
    async *askStream(input) {
      yield* await answerEvents(input);
    },
    search: (query, searchOptions = {}) => run<ScoredRecord[]>({ kind: 'search', query, options: searchOptions }),
    ...corpusViews(loadCorpus(config.CORPUS_FILE)),
  };
}
