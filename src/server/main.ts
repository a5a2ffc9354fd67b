// `npm start`: listens at once (healthz 503 while loading), starts the answer pool (ANSWER_WORKERS threads, each loading
// the index), and on SIGTERM/SIGINT stops accepting, drains in-flight requests within SHUTDOWN_GRACE_MS, stops the
// workers, closes the stores and exits 0.
import type { Progress } from '../assistant.js';
import { loadConfig, type Config } from '../config.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/types.js';
import { openAnswerPool, type AnswerPool } from './answer-pool.js';
import { createApp } from './create-app.js';
import { deferredAssistant } from './deferred-assistant.js';
import { gracefulShutdown } from './graceful-shutdown.js';
import { createLogger, type Logger } from './logger.js';
import { createMetrics } from './metrics.js';

/** Logs progress when a phase starts, ends or moves by a tenth, not on every step. */
function progressLogger(log: Logger): (p: Progress) => void {
  let last = { phase: '', tenth: -1 };
  return (p) => {
    const tenth = p.total > 0 ? Math.floor((p.done / p.total) * 10) : 10;
    if (p.phase === last.phase && tenth === last.tenth) return;
    last = { phase: p.phase, tenth };
    log.info({ phase: p.phase, done: p.done, total: p.total }, 'loading');
  };
}

async function main(config: Config): Promise<void> {
  const log = createLogger(config.LOG_LEVEL);
  let store: Store;
  try {
    store = await openStore(config);
  } catch (err) {
    // Unreachable database or a schema newer than this code: say so and stop before listening.
    log.error({ err: err instanceof Error ? err.message : String(err) }, 'could not open the database');
    process.exit(1);
  }
  log.info({ database: store.engine }, 'database ready');
  const metrics = createMetrics();
  const pending = deferredAssistant();
  let pool: AnswerPool | undefined;
  let ready = false;
  let stopping = false;
  const app = createApp({
    assistant: pending.assistant,
    config,
    store,
    log,
    metrics,
    ready: () => ready,
    stopping: () => stopping,
  });

  const server = app.listen(config.PORT, config.HOST, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    log.info({ host: config.HOST, port }, 'listening');
  });
  server.on('error', (err) => {
    log.error({ err: err.message }, 'server error');
    process.exit(1);
  });
  const shutdown = gracefulShutdown(server);

  const stop = async (reason: string, code: number) => {
    if (stopping) return;
    stopping = true;
    const drained = shutdown(config.SHUTDOWN_GRACE_MS);
    log.info({ reason, graceMs: config.SHUTDOWN_GRACE_MS }, 'shutting down'); // logged once no new connection is accepted
    const { forced } = await drained;
    await pool?.close();
    await store.close();
    log.info({ forced }, 'stopped');
    process.exit(code);
  };
  // A repeated signal changes nothing: under `npm start` a process-group signal arrives twice (directly and
  // forwarded by npm), and the grace period already bounds the stop.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void stop(signal, 0));

  const started = Date.now();
  try {
    pool = openAnswerPool({ config, metrics, onProgress: progressLogger(log), log: (message) => log.warn(message) });
    const { rssBytes } = await pool.ready;
    pending.resolve(pool);
    ready = true;
    log.info({ ms: Date.now() - started, workers: config.ANSWER_WORKERS, rssMb: Math.round(rssBytes / 2 ** 20) }, 'ready');
  } catch (err) {
    log.error({ err: err instanceof Error ? (err.stack ?? err.message) : String(err) }, 'could not build the assistant');
    await stop('startup failed', 1);
  }
}

let config: Config;
try {
  config = loadConfig();
} catch (err) {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
await main(config);
