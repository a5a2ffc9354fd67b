// Benchmark child process: starts the answer pool like `npm start` (ANSWER_WORKERS, ANSWER_CACHE_SIZE, ASK_QUEUE_LIMIT
// from its environment) on a built index, reports load time and RSS, then serves the app on 127.0.0.1 (an ephemeral
// port) until its parent disconnects.
import { performance } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../src/config.js';
import { openAnswerPool } from '../src/server/answer-pool.js';
import { createApp } from '../src/server/create-app.js';
import { createMetrics } from '../src/server/metrics.js';
import { openStore } from '../src/store/open-store.js';

/** What the child tells its parent, in order: loaded, then listening. */
export type ServeMessage =
  | { type: 'loaded'; loadMs: number; rssBytes: number }
  | { type: 'listening'; port: number };

function send(message: ServeMessage): void {
  process.send?.(message);
}

const config = loadConfig();
const metrics = createMetrics();
const started = performance.now();
const pool = openAnswerPool({ config, metrics });
await pool.ready;
send({ type: 'loaded', loadMs: performance.now() - started, rssBytes: process.memoryUsage().rss });

const store = await openStore(config);
const server = createApp({ assistant: pool, config, store, metrics }).listen(0, '127.0.0.1', () => {
  send({ type: 'listening', port: (server.address() as AddressInfo).port });
});
process.on('disconnect', () => {
  server.close();
  server.closeAllConnections();
  void pool.close();
  void store.close();
});
