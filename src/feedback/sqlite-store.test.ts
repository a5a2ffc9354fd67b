import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openFeedbackStore } from './sqlite-store.js';
import type { FeedbackEntry } from './types.js';

const entry: FeedbackEntry = {
  rating: 'down',
  comment: '引用的条款不对',
  question: 'SG17主要负责什么？',
  answer: '第17研究组负责安全相关工作[1]。',
  citations: [{ id: '2#3.1', doc: '2', section: '附件A 第1部分', label: '' }],
  source: 'widget',
};

describe('openFeedbackStore', () => {
  const dirs: string[] = [];
  const freshDir = () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'feedback-')), 'nested', 'data');
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(join(d, '..', '..'), { recursive: true, force: true });
  });

  it('creates the directory, stores entries and lists them newest first', () => {
    const store = openFeedbackStore(freshDir());
    const a = store.add(entry);
    const b = store.add({ ...entry, rating: 'up', comment: undefined });
    expect(b.id).toBeGreaterThan(a.id);
    expect(a).toMatchObject(entry);
    expect(Number.isNaN(Date.parse(a.createdAt))).toBe(false);
    const listed = store.list();
    expect(listed.map((f) => f.id)).toEqual([b.id, a.id]);
    expect(listed[0]).not.toHaveProperty('comment');
    expect(store.list(1)).toHaveLength(1);
    store.close();
  });

  it('keeps only the citation fields it is meant to store', () => {
    const store = openFeedbackStore(freshDir());
    const extra = { id: '44#5.1', doc: '44', section: '做出决议', label: '1', text: '很长的条款文本' };
    const stored = store.add({ ...entry, citations: [extra] });
    expect(stored.citations).toEqual([{ id: '44#5.1', doc: '44', section: '做出决议', label: '1' }]);
    store.close();
  });

  it('survives a restart: write, close, reopen, read', () => {
    const dir = freshDir();
    const first = openFeedbackStore(dir);
    const saved = first.add(entry);
    expect(existsSync(join(dir, 'feedback.sqlite-wal'))).toBe(true); // WAL mode
    first.close();
    first.close(); // closing twice is harmless
    const second = openFeedbackStore(dir);
    expect(second.list()).toEqual([saved]);
    const next = second.add(entry);
    expect(next.id).toBe(saved.id + 1);
    second.close();
  });
});
