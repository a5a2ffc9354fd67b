// Generated adversarial questions (repeated units, nested brackets, long runs, mixed scripts, Slack markup) through
// everything that reads a question before retrieval: each must come back within a budget no linear parse nears.
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { beforeAll, describe, expect, it } from 'vitest';
import { outOfScope, type CorpusScope } from '../../src/answer/out-of-scope.js';
import { resolveFollowUp } from '../../src/answer/resolve-follow-up.js';
import { stripReferences } from '../../src/search/query/strip-references.js';
import { understandQuery } from '../../src/search/query/understand-query.js';
import { slackTextToPlain } from '../../src/slack/mrkdwn.js';

// Pieces of the references the parsers look for, and the separators and noise between them.
const UNITS = [
  '1', '12', '第1', '第 1', ' 、 ', '、', '，', ',', '和', '以及', '或', '及', '号', ' 号 ', '决议', '号决议', 'sg1', 'SG 17', '研究组',
  '组', '第17研究组', '(', '（', ')', '）', '[1]', '【2】', ' ', '  ', '\t', '\n', 'ITU-R', 'itu-t', '理事会', '全权代表大会', 'a.', 'A.25',
  'res', 'Resolution 4', 'and', '&', '第', '/', '1/17', '课题', 'Question 4/', '呢', '？', '?', '。', '<@U1>', '<!here>', '<', '>', '|',
  '<https://x|', 'com4/', '责成', '请各', '做出决议', '第3段', 'what does ', 'E系列', 'ITU-T E.', '哪些', '新增', '牵头', '数字孪生', 'x', 'é',
];
const TAILS = ['', 'x', '号', '决议', '?', '研究组', '>', ')', '\u0000'];

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
  const resolved = resolveFollowUp(q, history);
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
    for (const unit of ['1 、 ', '1 以及 ', '第1 或 ', '第1 、 ', '1 号 或 ', '第1 和 ', 'sg1、', '第1和']) {
      const resolved = resolveFollowUp(`${unit.repeat(250)}x`, []);
      expect(understandQuery(resolved).docs).toEqual([]);
    }
  });
});
