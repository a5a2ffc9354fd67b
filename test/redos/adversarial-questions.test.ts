// Generated adversarial questions (repeated units, nested brackets, long runs, mixed scripts, Slack markup) through
// everything that reads a question before retrieval: each must come back within a budget no linear parse nears.
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { beforeAll, describe, expect, it } from 'vitest';
import { outOfScope, type CorpusScope } from '../../src/answer/out-of-scope.js';
import { resolveInConversation } from '../../src/answer/resolve-follow-up.js';
import { normalizeQuestion } from '../../src/search/query/normalize-question.js';
import { stripReferences } from '../../src/search/query/strip-references.js';
import { understandQuery } from '../../src/search/query/understand-query.js';
import { slackTextToPlain } from '../../src/slack/mrkdwn.js';
import { knownFreezers, TAILS, UNITS } from './adversarial-units.js';

/** A unit of one to four pieces repeated up to 400 times, then a tail: the shape that makes backtracking explode. */
const repeated = fc
  .tuple(fc.array(fc.constantFrom(...UNITS), { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 400 }), fc.constantFrom(...TAILS))
  .map(([unit, times, tail]) => unit.join('').repeat(times) + tail);
/** Pieces in any order, up to 3,000 characters. */
const shuffled = fc.array(fc.constantFrom(...UNITS), { maxLength: 600 }).map((pieces) => pieces.join(''));
/** Any text, including astral characters and lone surrogates. */
const anything = fc.string({ unit: 'binary', maxLength: 2000 });
const question = fc.oneof(repeated, shuffled, anything);

const scope: CorpusScope = { docs: new Set(['2', '44']), groups: new Set(['17']), mentions: () => false, hasQuestion: () => false };

/** Far above what reading any of these takes linearly (≈ 1 ms), far below a backtracking blow-up (seconds). */
const BUDGET_MS = 500;

function elapsed(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

/** Everything read before retrieval, as the answer engine reads it. */
function readQuestion(q: string, history: { role: 'user' | 'assistant'; content: string }[]): void {
  const { resolved } = resolveInConversation(normalizeQuestion(q), history.map((t) => ({ ...t, content: normalizeQuestion(t.content) })));
  outOfScope(resolved, understandQuery(resolved), scope);
  stripReferences(q, { keepParties: true });
  slackTextToPlain(q);
}

describe('query parsing on adversarial questions', () => {
  // The first call loads the tokenizer's dictionary; the budget is for reading, not loading.
  beforeAll(() => readQuestion('第44号决议对学术成员会费怎么说？', []));

  it('understands, strips, screens and resolves each within the budget', { timeout: 300_000 }, () => {
    fc.assert(
      fc.property(question, question, (q, earlier) => {
        const history = [{ role: 'user' as const, content: earlier }, { role: 'assistant' as const, content: earlier }];
        const ms = elapsed(() => readQuestion(q, history));
        expect(ms).toBeLessThan(BUDGET_MS);
      }),
      { numRuns: 400, seed: 20261202 },
    );
  });

  it('reads the units that froze the server as no document', () => {
    // "1 、 " × 15 + "x" took 54 s before the list parser; read as a run it is now a single pass.
    for (const question of knownFreezers(1000)) {
      const { resolved } = resolveInConversation(question, []);
      expect(understandQuery(resolved).docs).toEqual([]);
    }
  });
});
