import { describe, expect, it } from 'vitest';
import {
  HISTORY_ANSWER_CHARS,
  HISTORY_EXCHANGES,
  HISTORY_MAX_CHARS,
  MAX_CONVERSATIONS,
  historyFor,
  loadConversations,
  putFirst,
  saveConversations,
  type Conversation,
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

const conversation = (id: string, updatedAt: number, exchanges = [exchange(1)]): Conversation => ({ id, page: '', updatedAt, exchanges });

describe('conversation store', () => {
  it('round-trips conversations, newest first, with their ratings', () => {
    const s = new MemoryStorage();
    const older = conversation('a', 1, [{ ...exchange(1), rating: 'down' as const }, exchange(2)]);
    const newer = conversation('b', 2);
    saveConversations(s, 'k', [older, newer]);
    expect(loadConversations(s, 'k')).toEqual([newer, older]);
  });

  it('moves an updated conversation to the front and leaves empty ones out', () => {
    const s = new MemoryStorage();
    const list = putFirst([conversation('a', 2), conversation('b', 1)], conversation('b', 3));
    expect(list.map((c) => c.id)).toEqual(['b', 'a']);
    saveConversations(s, 'k', [...list, conversation('empty', 4, [])]);
    expect(loadConversations(s, 'k').map((c) => c.id)).toEqual(['b', 'a']);
  });

  it('keeps at most MAX_CONVERSATIONS', () => {
    const s = new MemoryStorage();
    saveConversations(s, 'k', Array.from({ length: MAX_CONVERSATIONS + 5 }, (_, i) => conversation(`c${i}`, 100 - i)));
    const loaded = loadConversations(s, 'k');
    expect(loaded).toHaveLength(MAX_CONVERSATIONS);
    expect(loaded[0]?.id).toBe('c0');
  });

  it('starts empty on corrupt or foreign data and removes the key when cleared', () => {
    const s = new MemoryStorage();
    s.setItem('k', '{not json');
    expect(loadConversations(s, 'k')).toEqual([]);
    s.setItem('k', JSON.stringify([{ id: 1 }]));
    expect(loadConversations(s, 'k')).toEqual([]);
    saveConversations(s, 'k', []);
    expect(s.items.has('k')).toBe(false);
  });

  it('drops the oldest conversations when storage is full, and survives storage that throws', () => {
    const small = new MemoryStorage();
    small.setItem = function (k: string, v: string) {
      if (v.length > 200) throw new Error('QuotaExceededError');
      this.items.set(k, v);
    };
    saveConversations(small, 'k', [conversation('new', 2), conversation('old', 1)]);
    expect(loadConversations(small, 'k').map((c) => c.id)).toEqual(['new']);
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(loadConversations(broken, 'k')).toEqual([]);
    expect(() => saveConversations(broken, 'k', [conversation('a', 1)])).not.toThrow();
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
