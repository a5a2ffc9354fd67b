// The file piscina starts each answer worker with: plain JavaScript that registers tsx in the worker thread (its ESM
// hooks are not inherited from `node --import tsx`, nor present under vitest), then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
const { default: answer } = await import('./answer-pool-worker.ts');

/** Answers one task of the pool (see answer-pool-worker.ts). */
export default answer;
