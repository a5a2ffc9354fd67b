// The behaviour every Store engine must have, as a test suite run against SQLite and PostgreSQL alike.
import { describe, expect, it } from 'vitest';
import type { FeedbackEntry } from '../../src/feedback/types.js';
import { ANSWER_ID_PATTERN } from '../../src/store/answer-id.js';
import { toNewAnswer } from '../../src/store/stored-answer.js';
import type { Store } from '../../src/store/types.js';
import { fakeAnswer, fakeRefusal } from '../api/fake-assistant.js';

const entry: FeedbackEntry = {
  rating: 'down',
  reason: 'wrong-citation',
  comment: '应同时引用第2号决议附件A',
  question: 'SG17主要负责什么？',
  answer: '第17研究组负责安全相关工作[1]。',
  answerId: 'AbCdEfGh_-12',
  citations: [{ id: '2#3.1', doc: '2', section: '附件A 第1部分', label: '' }],
  source: 'widget',
};

/**
 * Registers the contract tests; `open` gives a fresh, empty store and `openTwice` two stores on one database (two
 * processes' views of it).
 */
export function storeContract(open: () => Promise<Store>, openTwice: () => Promise<[Store, Store]>): void {
  describe('feedback', () => {
    it('stores entries with reason, answer id and cited record ids, and lists them newest first', async () => {
      const store = await open();
      const a = await store.feedback.add(entry);
      const b = await store.feedback.add({ rating: 'up', question: '问', answer: '答', citations: [], source: 'api' });
      expect(b.id).toBeGreaterThan(a.id);
      expect(a).toMatchObject(entry);
      expect(Number.isNaN(Date.parse(a.createdAt))).toBe(false);
      const listed = await store.feedback.list();
      expect(listed).toEqual([b, a]);
      expect(listed[0]).not.toHaveProperty('comment');
      expect(listed[0]).not.toHaveProperty('reason');
      expect(listed[0]).not.toHaveProperty('answerId');
      expect(await store.feedback.list(1)).toEqual([b]);
      await store.close();
    });

    it('keeps only the citation fields it is meant to store', async () => {
      const store = await open();
      const citation = { id: '44#5.1', doc: '44', section: '做出决议', label: '1', text: '很长的条款文本' };
      const stored = await store.feedback.add({ ...entry, citations: [citation] });
      expect(stored.citations).toEqual([{ id: '44#5.1', doc: '44', section: '做出决议', label: '1' }]);
      await store.close();
    });
  });

  describe('answers', () => {
    it('stores an answer under a fresh url-safe id and gives it back whole, without the retrieved records', async () => {
      const store = await open();
      const answer = fakeAnswer({ question: '第44号决议责成了什么？' });
      const stored = await store.answers.put(toNewAnswer('它责成了什么？', answer));
      expect(stored.id).toMatch(ANSWER_ID_PATTERN);
      const { retrieved: _, ...shown } = answer;
      expect(await store.answers.get(stored.id)).toEqual({ ...shown, question: '它责成了什么？', id: stored.id, createdAt: stored.createdAt });
      const refusal = await store.answers.put(toNewAnswer('天气？', fakeRefusal({ question: '天气？' })));
      expect(refusal.id).not.toBe(stored.id);
      expect(await store.answers.get(refusal.id)).toMatchObject({ refused: true, confidence: 'none', suggestions: [{ doc: '44' }] });
      expect(await store.answers.get('AAAAAAAAAAAA')).toBeUndefined();
      await store.close();
    });
  });

  it('drops U+0000 from what it stores (PostgreSQL text cannot hold it), in both engines alike', async () => {
    const store = await open();
    const feedback = await store.feedback.add({ ...entry, question: '问\u0000题', citations: [{ ...entry.citations[0]!, section: '附件\u0000A' }] });
    expect(feedback).toMatchObject({ question: '问题', citations: [{ section: '附件A' }] });
    expect((await store.feedback.list(1))[0]).toEqual(feedback);
    const answer = await store.answers.put(toNewAnswer('问\u0000', fakeAnswer({ question: '\u0000' })));
    expect(await store.answers.get(answer.id)).toMatchObject({ question: '问', resolvedQuestion: '' });
    expect(await store.claims.claim('slack:event:\u0000Ev9')).toBe(true);
    expect(await store.claims.claim('slack:event:Ev9')).toBe(false);
    await store.close();
  });

  describe('claims', () => {
    it('grants each key exactly once, also across two connections racing for it', async () => {
      const [one, two] = await openTwice();
      expect(await one.claims.claim('slack:event:Ev1')).toBe(true);
      expect(await two.claims.claim('slack:event:Ev1')).toBe(false);
      expect(await one.claims.claim('slack:event:Ev1')).toBe(false);
      const raced = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? one : two).claims.claim('slack:event:Ev2')));
      expect(raced.filter(Boolean)).toHaveLength(1);
      await Promise.all([one.close(), two.close()]);
    });
  });

  describe('counters', () => {
    it('counts hits per key in a fixed window shared by two connections, takes hits back and resets', async () => {
      const [one, two] = await openTwice();
      const first = await one.counters.increment('ip:a', 60_000);
      expect(first.hits).toBe(1);
      expect(first.resetAt.getTime()).toBeGreaterThan(Date.now());
      expect((await two.counters.increment('ip:a', 60_000)).hits).toBe(2);
      expect((await one.counters.increment('ip:b', 60_000)).hits).toBe(1);
      const third = await two.counters.increment('ip:a', 60_000);
      expect(third).toEqual({ hits: 3, resetAt: first.resetAt });
      await one.counters.decrement('ip:a');
      expect((await two.counters.increment('ip:a', 60_000)).hits).toBe(3);
      await two.counters.reset('ip:a');
      expect((await one.counters.increment('ip:a', 60_000)).hits).toBe(1);
      await Promise.all([one.close(), two.close()]);
    });

    it('starts a new window once the last one ended', async () => {
      const store = await open();
      await store.counters.increment('ip:c', 1);
      await store.counters.increment('ip:c', 1);
      await new Promise((r) => setTimeout(r, 5));
      expect((await store.counters.increment('ip:c', 60_000)).hits).toBe(1);
      await store.close();
    });
  });

  it('answers ping and closes idempotently', async () => {
    const store = await open();
    await expect(store.ping()).resolves.toBeUndefined();
    await store.close();
    await store.close();
  });
}
