// Every regular expression of the source tree that can read user input runs in linear time: recheck analyses
// each literal, and each pattern built with `new RegExp` while the query, answer and Slack modules load. Where
// recheck can only fuzz (lookbehinds), its claimed attack is replayed on V8 itself: a claim counts only when V8 is
// slow on it (a true quadratic over recheck's ~50,000-character attacks takes seconds; a linear scan, milliseconds).
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { dynamicPatterns, literalPatterns, type FoundPattern } from './collect-patterns.js';

const ROOT = resolve(import.meta.dirname, '../..');

/** Files whose patterns never see user input, and why; everything else under src/ is checked. */
const TRUSTED_INPUT: Record<string, string> = {
  'src/corpus/cross-refs.ts': 'reads the corpus file at index build time only',
  'src/corpus/questions.ts': 'reads the corpus file at index build time only',
  'src/answer/llm/citation-stream.ts': "OPEN_TAIL reads at most the stream's last 256 characters (TAIL_WINDOW)",
};

const where = (p: FoundPattern) => p.where.replace(`${ROOT}/`, '').replace(/^.*\((.*)\)$/, '$1');
const trusted = (p: FoundPattern) => Object.keys(TRUSTED_INPUT).some((file) => where(p).startsWith(file));

async function patternsUnderTest(): Promise<FoundPattern[]> {
  const literals = literalPatterns(resolve(ROOT, 'src'), ROOT);
  const built = await dynamicPatterns(async () => {
    await import('../../src/search/query/understand-query.js');
    await import('../../src/search/query/strip-references.js');
    await import('../../src/answer/answer-engine.js');
    await import('../../src/slack/mrkdwn.js');
    await import('../../src/slack/question-input.js');
  });
  const unique = new Map<string, FoundPattern>();
  for (const p of [...literals, ...built.filter((b) => b.where.includes(`${ROOT}/src/`))]) {
    const key = `/${p.source}/${p.flags}`;
    if (!unique.has(key) && !trusted(p)) unique.set(key, p);
  }
  return [...unique.values()];
}

/** V8's time to run `p` over the whole of `attack`, the way the product runs its patterns (every match). */
function replayMs(p: FoundPattern, attack: string): number {
  const re = new RegExp(p.source, `${p.flags.replace(/[gy]/g, '')}g`);
  const started = performance.now();
  for (const m of attack.matchAll(re)) void m;
  return performance.now() - started;
}

/** Far above a linear scan of an attack string, far below what a quadratic one costs on it. */
const CONFIRMED_SLOW_MS = 1000;

describe('regular expressions reading user input', () => {
  it('are all judged safe (linear) by recheck', { timeout: 600_000 }, async () => {
    const patterns = await patternsUnderTest();
    expect(patterns.length).toBeGreaterThan(200);
    const unsafe: string[] = [];
    for (let i = 0; i < patterns.length; i += 4) {
      await Promise.all(
        patterns.slice(i, i + 4).map(async (p) => {
          // Sticky and global flags change where matching starts, not its complexity; recheck does not take them.
          const result = await check(p.source, p.flags.replace(/[gy]/g, ''), { randomSeed: 1, timeout: 60_000 });
          if (result.status === 'safe') return;
          if (result.status === 'unknown') {
            unsafe.push(`${where(p)} /${p.source}/ → unknown: ${result.error.kind}`);
            return;
          }
          // An exponential claim is never replayed: it would hang the test.
          const ms = result.complexity.type === 'exponential' ? Infinity : replayMs(p, result.attack.string);
          if (ms > CONFIRMED_SLOW_MS) unsafe.push(`${where(p)} /${p.source}/ → ${result.complexity.type} ${result.attack.pattern}: ${Math.round(ms)} ms in V8`);
        }),
      );
    }
    expect(unsafe).toEqual([]);
  });
});
