import { describe, expect, it } from 'vitest';
import {
  HISTORY_ANSWER_CHARS,
  HISTORY_EXCHANGES,
  HISTORY_MAX_CHARS,
  historyFor,
  loadConversation,
  saveConversation,
  type Exchange,
} from './conversation-store.js';

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.items.set(k, v);
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
}

const exchange = (i: number, answer = `回答${i}`): Exchange => ({
  id: `e${i}`,
  question: `问题${i}`,
  answer: { answer, refused: false, citations: [], suggestions: [] },
});

describe('conversation store', () => {
  it('round-trips exchanges with their ratings', () => {
    const s = new MemoryStorage();
    const conv = [{ ...exchange(1), rating: 'down' as const }, exchange(2)];
    saveConversation(s, 'k', conv);
    expect(loadConversation(s, 'k')).toEqual(conv);
  });

  it('starts empty on corrupt or foreign data and removes the key when cleared', () => {
    const s = new MemoryStorage();
    s.setItem('k', '{not json');
    expect(loadConversation(s, 'k')).toEqual([]);
    s.setItem('k', JSON.stringify([{ id: 1 }]));
    expect(loadConversation(s, 'k')).toEqual([]);
    saveConversation(s, 'k', []);
    expect(s.items.has('k')).toBe(false);
  });

  it('survives storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(loadConversation(broken, 'k')).toEqual([]);
    expect(() => saveConversation(broken, 'k', [exchange(1)])).not.toThrow();
  });

  it('sends only the last exchanges as alternating turns, with long answers cut', () => {
    const conv = [1, 2, 3, 4].map((i) => exchange(i, i === 4 ? '长'.repeat(2000) : `回答${i}`));
    const h = historyFor(conv);
    expect(h).toHaveLength(HISTORY_EXCHANGES * 2);
    expect(h[0]).toEqual({ role: 'user', content: '问题2' });
    expect(h[1]).toEqual({ role: 'assistant', content: '回答2' });
    expect(h.at(-1)?.content).toHaveLength(HISTORY_ANSWER_CHARS);
  });

  it('drops the oldest exchanges when long questions would overflow the request body', () => {
    const long = (i: number): Exchange => ({ ...exchange(i), question: '问'.repeat(1000) });
    const h = historyFor([long(1), long(2), long(3)]);
    expect(h.reduce((n, t) => n + t.content.length, 0)).toBeLessThanOrEqual(HISTORY_MAX_CHARS);
    expect(h).toHaveLength(4);
    expect(h.at(-1)?.content).toBe('回答3');
  });
});
