import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../config.js';
import { loadCorpus } from './load-corpus.js';
import { footnoteNumber, footnotesOf, referrersOf, type NotedRecord } from './footnote-links.js';

const corpus = loadCorpus(resolve(ROOT, 'corpus/wtsa24-zh.txt'));
const byId = (id: string) => {
  const r = corpus.records.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};

describe('footnote links over the parsed corpus', () => {
  it('finds the footnote of Res 73 resolves 2 (the meeting places) and the clause that refers to it', () => {
    const clause = corpus.records.find((r) => r.doc === '73' && r.text.startsWith('考虑到在世界各地举办的'));
    if (!clause) throw new Error('Res 73 clause not found');
    const [note, ...rest] = footnotesOf(clause, corpus.records);
    expect(rest).toEqual([]);
    expect(note).toMatchObject({ doc: '73', section: '脚注', label: '1' });
    expect(note?.text).toContain('日本京都');
    expect(referrersOf(note!, corpus.records).map((r) => r.id)).toEqual([clause.id]);
  });

  it('keeps a clause with several markers in marker order, each from its own document', () => {
    const clause = byId('2#8.1');
    expect(footnotesOf(clause, corpus.records).map((f) => [f.doc, footnoteNumber(f)])).toEqual([
      ['2', 1],
      ['2', 2],
      ['2', 3],
    ]);
  });

  it('gives the standard footnote printed in many documents once per document, and every footnote a home', () => {
    const standard = corpus.records.filter((r) => footnoteNumber(r) !== null && r.text.startsWith('这些国家包括最不发达国家'));
    expect(standard.length).toBeGreaterThanOrEqual(30);
    for (const note of standard) {
      const referrers = referrersOf(note, corpus.records);
      for (const r of referrers) expect(footnotesOf(r, corpus.records)).toContain(note);
    }
  });

  it('gives no referrers for a footnote whose marker was on the title or identifier line, and none for plain records', () => {
    const onIdentifier = corpus.records.find((r) => r.doc === '18' && footnoteNumber(r) === 1);
    expect(onIdentifier && referrersOf(onIdentifier, corpus.records)).toEqual([]);
    expect(footnoteNumber(byId('44#0.1'))).toBeNull();
  });
});

describe('footnote links on hand-made records', () => {
  const note = (doc: string, n: number, referredBy: string[]): NotedRecord => ({ id: `${doc}#9.${n}`, doc, meta: { footnote: { number: n, referredBy } } });
  const records: NotedRecord[] = [
    { id: 'A#1.1', doc: 'A', notes: [2, 1] },
    { id: 'A#1.2', doc: 'A', notes: [7] },
    { id: 'A#1.3', doc: 'A' },
    note('A', 1, ['A#1.1']),
    note('A', 2, ['A#1.1', 'A#1.3']),
    note('B', 1, ['B#1.1']),
  ];

  it("follows the markers of the record's own document and skips numbers with no footnote", () => {
    expect(footnotesOf(records[0]!, records).map((r) => r.id)).toEqual(['A#9.2', 'A#9.1']);
    expect(footnotesOf(records[1]!, records)).toEqual([]);
    expect(footnotesOf(records[2]!, records)).toEqual([]);
  });

  it('lists referrers in document order', () => {
    expect(referrersOf(records[4]!, records).map((r) => r.id)).toEqual(['A#1.1', 'A#1.3']);
  });
});
