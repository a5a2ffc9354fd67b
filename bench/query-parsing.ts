// How long reading a question takes before retrieval (normalising, resolving it against its history, understanding
// it, stripping its references), on 1,000-character adversarial questions and on real ones: issue 13's bound is 20 ms.
import { performance } from 'node:perf_hooks';
import { resolveInConversation } from '../src/answer/resolve-follow-up.js';
import { percentile } from '../src/eval/metrics.js';
import { normalizeQuestion } from '../src/search/query/normalize-question.js';
import { stripReferences } from '../src/search/query/strip-references.js';
import { understandQuery } from '../src/search/query/understand-query.js';
import { knownFreezers, TAILS, UNITS } from '../test/redos/adversarial-units.js';

/** Latencies (ms) of reading each kind of question. */
export interface ParsingLatency {
  kind: string;
  n: number;
  p50: number;
  p99: number;
  max: number;
}

const LENGTH = 1000;

function read(question: string): number {
  const started = performance.now();
  const { resolved } = resolveInConversation(normalizeQuestion(question), [{ role: 'user', content: normalizeQuestion(question) }]);
  understandQuery(resolved);
  stripReferences(resolved, { keepParties: true });
  return performance.now() - started;
}

function measure(kind: string, questions: string[]): ParsingLatency {
  const times = questions.map(read);
  return { kind, n: times.length, p50: percentile(times, 50), p99: percentile(times, 99), max: Math.max(...times) };
}

/** Reads every unit pair repeated to 1,000 characters (with each tail), the known freezers, and `real` padded to 1,000. */
export function queryParsingLatency(real: string[]): ParsingLatency[] {
  const repeated = UNITS.flatMap((a, i) => UNITS.slice(i, i + 8).flatMap((b) => TAILS.map((tail) => `${(a + b).repeat(LENGTH)}`.slice(0, LENGTH - tail.length) + tail)));
  const padded = real.map((q) => `${q}${' 另外'.repeat(LENGTH)}`.slice(0, LENGTH));
  // A running server has loaded the tokenizer's dictionary and compiled its patterns long before: one untimed pass
  // measures the steady state, not the first minutes' compilation.
  [...repeated, ...padded].forEach(read);
  return [measure('repeated units, 1,000 chars', repeated), measure('known freezers, 1,000 chars', knownFreezers(LENGTH)), measure('real questions padded to 1,000 chars', padded)];
}
