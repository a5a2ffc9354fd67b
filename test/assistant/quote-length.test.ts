// Every answer to every question of every evaluation set quotes at most 200 characters per citation, each quote a
// part of its clause: a highlight, never a whole long clause (and never the text in a deep link).
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_QUOTE_CHARS } from '../../src/answer/citations.js';
import type { Assistant } from '../../src/assistant.js';
import { loadConfig } from '../../src/config.js';
import { createAssistant } from '../../src/create-assistant.js';
import { loadEvalSet } from '../../src/eval/eval-set.js';

const EVALS = resolve(import.meta.dirname, '../../evals');
const SETS = [
  ...readdirSync(EVALS).filter((f) => f.endsWith('.json')).map((f) => resolve(EVALS, f)),
  ...readdirSync(resolve(EVALS, 'blind')).filter((f) => f.endsWith('.json')).map((f) => resolve(EVALS, 'blind', f)),
];

let assistant: Assistant;
beforeAll(async () => {
  assistant = await createAssistant(loadConfig({}));
});

describe('citation quotes', () => {
  it('find evaluation sets to ask', () => {
    expect(SETS.length).toBeGreaterThanOrEqual(5);
  });

  it.each(SETS)('are at most 200 characters of their clause in every answer of %s', { timeout: 300_000 }, async (set) => {
    const tooLong: string[] = [];
    for (const item of await loadEvalSet(set)) {
      const answer = await assistant.ask({ question: item.question, history: item.history });
      for (const c of answer.citations) {
        expect(c.text).toContain(c.quote);
        if (c.quote.length > MAX_QUOTE_CHARS) tooLong.push(`${item.id} [${c.n}] ${c.quote.length}`);
      }
    }
    expect(tooLong).toEqual([]);
  });
});
