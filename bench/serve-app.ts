// Benchmark child process: loads the assistant from a built index, reports load time and RSS, then serves the app
// on 127.0.0.1 (an ephemeral port) until its parent disconnects.
import { performance } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../src/config.js';
import { createAssistant } from '../src/create-assistant.js';
import { createApp } from '../src/server/create-app.js';
import { openStore } from '../src/store/open-store.js';

/** What the child tells its parent, in order: loaded, then listening. */
export type ServeMessage =
  | { type: 'loaded'; loadMs: number; rssBytes: number }
  | { type: 'listening'; port: number };

function send(message: ServeMessage): void {
  process.send?.(message);
}

const config = loadConfig();
const started = performance.now();
const assistant = await createAssistant(config);
send({ type: 'loaded', loadMs: performance.now() - started, rssBytes: process.memoryUsage().rss });

const store = await openStore(config);
const server = createApp({ assistant, config, store }).listen(0, '127.0.0.1', () => {
  send({ type: 'listening', port: (server.address() as AddressInfo).port });
});
process.on('disconnect', () => {
  server.close();
  void store.close();
  server.closeAllConnections();
});
