import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EvalSetError, loadEvalSet, parseEvalSet } from './eval-set.js';

const good = {
  id: 'x001',
  question: 'SG17主要负责什么？',
  answerable: true,
  kind: 'mandate',
  gold: [{ doc: '2', quote: 'ITU-T第17研究组负责制定国际' }],
  must_include: ['第17研究组'],
};
const refusal = { id: 'n001', question: '2030年的WTSA在哪里举行？', answerable: false, kind: 'unanswerable', gold: [] };

function errorOf(data: unknown): string {
  try {
    parseEvalSet(data, 'set.json');
  } catch (err) {
    expect(err).toBeInstanceOf(EvalSetError);
    return (err as Error).message;
  }
  throw new Error('expected an EvalSetError');
}

describe('parseEvalSet', () => {
  it('accepts valid items and defaults must_include and history to []', () => {
    const items = parseEvalSet([good, refusal], 'set.json');
    expect(items).toHaveLength(2);
    expect(items[1]?.must_include).toEqual([]);
    expect(items[0]?.history).toEqual([]);
  });

  it('keeps follow-up history', () => {
    const followup = { ...good, id: 'f1', history: [{ role: 'user', content: 'SG17管什么？' }, { role: 'assistant', content: '安全。' }] };
    expect(parseEvalSet([followup], 'set.json')[0]?.history).toHaveLength(2);
  });

  it('names the file, the item index and id, and the bad field', () => {
    const message = errorOf([good, { ...good, id: 'x002', answerable: 'yes' }]);
    expect(message).toContain('set.json');
    expect(message).toContain('item 1 (id "x002")');
    expect(message).toContain('answerable');
  });

  it('rejects quotes outside 8–40 characters', () => {
    expect(errorOf([{ ...good, gold: [{ doc: '2', quote: '第17研究组' }] }])).toContain('gold.0.quote');
    expect(errorOf([{ ...good, gold: [{ doc: '2', quote: '长'.repeat(41) }] }])).toContain('8–40');
  });

  it('requires gold for answerable items and none for unanswerable ones', () => {
    expect(errorOf([{ ...good, gold: [] }])).toContain('at least one gold entry');
    expect(errorOf([{ ...refusal, gold: good.gold }])).toContain('gold: []');
  });

  it('rejects duplicate ids, a bad history role, a non-array and an empty set', () => {
    expect(errorOf([good, good])).toContain('duplicate id');
    expect(errorOf([{ ...good, history: [{ role: 'system', content: 'x' }] }])).toContain('history.0.role');
    expect(errorOf({ items: [good] })).toContain('JSON array');
    expect(errorOf([])).toContain('no items');
  });
});

describe('loadEvalSet', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wtsa-evalset-'));

  it('reads and validates a file', async () => {
    const file = join(dir, 'ok.json');
    writeFileSync(file, JSON.stringify([good]));
    expect((await loadEvalSet(file))[0]?.id).toBe('x001');
  });

  it('reports unreadable files and bad JSON with the file name', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '[{');
    await expect(loadEvalSet(bad)).rejects.toThrow(`${bad}: not valid JSON`);
    await expect(loadEvalSet(join(dir, 'missing.json'))).rejects.toThrow('cannot read');
  });
});
