// `npm start`: listens at once (healthz 503 while loading), builds the assistant, stops gracefully on SIGTERM/SIGINT.
import type { Progress } from '../assistant.js';
import { loadConfig, slackEnabled, type Config } from '../config.js';
import { openFeedbackStore } from '../feedback/sqlite-store.js';
import { openSqliteAnswerCache } from '../slack/answer-cache.js';
import { createApp } from './create-app.js';
import { deferredAssistant } from './deferred-assistant.js';
import { gracefulShutdown } from './graceful-shutdown.js';
import { createLogger, type Logger } from './logger.js';

/** How long in-flight requests and open answer streams may run on after a stop signal. */
const SHUTDOWN_GRACE_MS = 10_000;

/** Logs progress when a phase starts, ends or moves by a tenth, not on every step. */
function progressLogger(log: Logger): (p: Progress) => void {
  let last = { phase: '', tenth: -1 };
  return (p) => {
    const tenth = p.total > 0 ? Math.floor((p.done / p.total) * 10) : 10;
    if (p.phase === last.phase && tenth === last.tenth) return;
    last = { phase: p.phase, tenth };
    log.info('loading', { phase: p.phase, done: p.done, total: p.total });
  };
}

async function main(config: Config): Promise<void> {
  const log = createLogger(config.LOG_LEVEL);
  const feedback = openFeedbackStore(config.DATA_DIR);
  const slackAnswers = slackEnabled(config) ? openSqliteAnswerCache(config.DATA_DIR) : undefined;
  const pending = deferredAssistant();
  let ready = false;
  let stopping = false;
  const app = createApp({ assistant: pending.assistant, config, feedback, ...(slackAnswers ? { slackAnswers } : {}), log, ready: () => ready && !stopping });

  const server = app.listen(config.PORT, config.HOST, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    log.info('listening', { host: config.HOST, port });
  });
  server.on('error', (err) => {
    log.error('server error', { err: err.message });
    process.exit(1);
  });
  const shutdown = gracefulShutdown(server);

  const stop = async (reason: string, code: number) => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down', { reason, graceMs: SHUTDOWN_GRACE_MS });
    const { forced } = await shutdown(SHUTDOWN_GRACE_MS);
    feedback.close();
    slackAnswers?.close();
    log.info('stopped', { forced });
    process.exit(code);
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (stopping) process.exit(1); // a second signal: stop now
      void stop(signal, 0);
    });
  }

  const started = Date.now();
  try {
    const { createAssistant } = await import('../create-assistant.js');
    const onProgress = progressLogger(log);
    pending.resolve(await createAssistant(config, { onProgress, log: (message) => log.warn(message) }));
    ready = true;
    log.info('ready', { ms: Date.now() - started });
  } catch (err) {
    log.error('could not build the assistant', { err: err instanceof Error ? (err.stack ?? err.message) : String(err) });
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
