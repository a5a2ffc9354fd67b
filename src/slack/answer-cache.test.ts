import { describe, expect, it } from 'vitest';
import type { Answer } from '../answer/types.js';
import { AnswerCache } from './answer-cache.js';

const answer = (text: string): Answer => ({
  answer: text, refused: false, citations: [], suggestions: [], resolvedQuestion: text, mode: 'extractive', retrieved: [],
});

describe('AnswerCache', () => {
  it('finds answers by key and drops the oldest beyond its capacity', () => {
    const cache = new AnswerCache(2);
    const a = cache.put({ question: 'a', answer: answer('A') });
    const b = cache.put({ question: 'b', answer: answer('B') });
    expect(cache.get(a)?.answer.answer).toBe('A');
    const c = cache.put({ question: 'c', answer: answer('C') });
    expect(cache.get(a)).toBeUndefined();
    expect(cache.get(b)?.question).toBe('b');
    expect(cache.get(c)?.question).toBe('c');
    expect(new Set([a, b, c]).size).toBe(3);
    expect(a.length).toBeLessThanOrEqual(64);
  });

  it('rejects a capacity that is not a positive integer', () => {
    expect(() => new AnswerCache(0)).toThrow(/capacity/);
  });
});
