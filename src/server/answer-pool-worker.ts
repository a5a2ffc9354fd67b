// A worker thread of the answer pool: loads the index once, tells the pool it is loaded, then answers tasks with the
// in-process assistant (a streamed answer comes back as its list of events).
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { AskEvent, Assistant, Progress } from '../assistant.js';
import { createAssistant } from '../create-assistant.js';
import type { AnswerTask, AnswerWorkerData, WorkerMessage } from './answer-pool.js';

/**
 * How much lower than the event loop a worker runs (Linux applies a niceness per thread; the inference threads
 * the worker starts inherit it): when the cores are busy answering, HTTP, /healthz and the 503s still get them.
 */
const WORKER_NICENESS = 5;

setPriority(WORKER_NICENESS);
const { config, loadGate: loadGateBuffer } = workerData as AnswerWorkerData;
const post = (message: WorkerMessage) => parentPort?.postMessage(message);

/** Loads the assistant; the first worker alone builds a stale index, the others wait for it (two builds would race). */
async function load(): Promise<Assistant> {
  const first = Atomics.add(loadGate, 1, 1) === 0;
  // Blocking is fine here: this worker has nothing else to do until it is loaded.
  if (!first) while (Atomics.load(loadGate, 0) === 0) Atomics.wait(loadGate, 0, 0);
  try {
    return await createAssistant(config, {
      ...(first ? { onProgress: (progress: Progress) => post({ type: 'progress', progress }) } : {}),
      log: (message) => post({ type: 'log', message }),
    });
  } finally {
    if (first) {
      Atomics.store(loadGate, 0, 1);
      Atomics.notify(loadGate, 0);
    }
  }
}

const loadGate = new Int32Array(loadGateBuffer);
const assistant = await load();
post({ type: 'loaded', rssBytes: process.memoryUsage().rss });

/** Answers one task of the pool. */
export default async function answer(task: AnswerTask): Promise<unknown> {
  if (task.kind === 'search') return assistant.search(task.query, task.options);
  if (task.kind === 'ask') return assistant.ask(task.input, task.options);
  const events: AskEvent[] = [];
  for await (const event of assistant.askStream(task.input)) events.push(event);
  return events;
}
