import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../answer/types.js';
import { MemoryAnswerCache, openSqliteAnswerCache, type AnswerCache } from './answer-cache.js';

const answer = (text: string): Answer => ({
  answer: text, refused: false, confidence: 'high', citations: [], suggestions: [], resolvedQuestion: text, mode: 'extractive', retrieved: [],
});

const dataDir = () => mkdtempSync(join(tmpdir(), 'wtsa-slack-answers-'));

describe.each([
  ['MemoryAnswerCache', (capacity: number): AnswerCache => new MemoryAnswerCache(capacity)],
  ['openSqliteAnswerCache', (capacity: number): AnswerCache => openSqliteAnswerCache(dataDir(), capacity)],
])('%s', (_name, open) => {
  it('finds answers by key and drops the oldest beyond its capacity', () => {
    const cache = open(2);
    const a = cache.put({ question: 'a', answer: answer('A') });
    const b = cache.put({ question: 'b', answer: answer('B') });
    expect(cache.get(a)?.answer.answer).toBe('A');
    const c = cache.put({ question: 'c', answer: answer('C') });
    expect(cache.get(a)).toBeUndefined();
    expect(cache.get(b)?.question).toBe('b');
    expect(cache.get(c)?.question).toBe('c');
    expect(cache.get('never-issued')).toBeUndefined();
    expect(new Set([a, b, c]).size).toBe(3);
    expect(a.length).toBeLessThanOrEqual(64);
  });

  it('rejects a capacity that is not a positive integer', () => {
    expect(() => open(0)).toThrow(/capacity/);
  });
});

describe('openSqliteAnswerCache', () => {
  it('keeps answers across a restart, without the retrieved records', () => {
    const dir = dataDir();
    const first = openSqliteAnswerCache(dir);
    const full = { ...answer('第17研究组负责安全。'), retrieved: [{ id: '2#3.1' } as unknown as Answer['retrieved'][number]] };
    const key = first.put({ question: 'SG17负责什么？', answer: full });
    first.close();
    const second = openSqliteAnswerCache(dir);
    expect(second.get(key)).toEqual({ question: 'SG17负责什么？', answer: { ...full, retrieved: [] } });
    second.close();
  });
});
