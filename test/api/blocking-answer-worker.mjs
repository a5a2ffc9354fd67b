// A test double of the answer pool's worker: loads nothing, and holds every task until the test posts on the
// "answer-pool-test-release" BroadcastChannel; then answers with the question echoed and the task's sequence number.
import { parentPort } from 'node:worker_threads';

const release = new BroadcastChannel('answer-pool-test-release');
let open = false;
const waiting = [];
release.onmessage = () => {
  open = true;
  for (const resume of waiting.splice(0)) resume();
};
release.unref();
let tasks = 0;
parentPort.postMessage({ type: 'loaded', rssBytes: 0 });

/** Answers one pool task once released: a stream of sources, one delta and done. */
export default async function answer(task) {
  tasks += 1;
  const n = tasks;
  if (!open) await new Promise((resume) => waiting.push(resume));
  const text = `answer ${n} to ${task.input.question}`;
  const answer = { answer: text, refused: false, confidence: 'high', citations: [], suggestions: [], resolvedQuestion: task.input.question, mode: 'extractive', retrieved: [] };
  return [{ type: 'sources', retrieved: [] }, { type: 'delta', text }, { type: 'done', answer }];
}
