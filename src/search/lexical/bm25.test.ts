import { describe, expect, it } from 'vitest';
import { Bm25Index } from './bm25.js';

const records = [
  { id: 'r50', text: '责成国际电联电信标准化部门第17研究组加强网络安全方面的研究。' },
  { id: 'r52', text: 'SG17继续支持与打击垃圾信息相关的工作。' },
  { id: 'r44', text: '缩小发展中国家与发达国家之间的标准化工作差距，电信标准化局主任提供帮助。' },
  { id: 'r88', text: 'ITU-T第3研究组继续研究国际移动漫游费率的经济影响。' },
  { id: 'r2', text: '电信标准化顾问组审议各研究组的工作计划和研究组的工作。' },
  { id: 'rAI', text: '人工智能技术的标准化活动，研究组应开展工作。' },
];

describe('Bm25Index', () => {
  const index = Bm25Index.build(records);
  const ids = (q: string, k = 3, filter?: (id: string) => boolean) => index.search(q, k, filter).map((h) => h.id);

  it('finds a record that only says SG17 from 第17研究组, and the reverse', () => {
    expect(ids('第17研究组在垃圾信息方面做什么')[0]).toBe('r52');
    expect(ids('SG17 网络安全')[0]).toBe('r50');
    expect(ids('第17研究组')).toEqual(expect.arrayContaining(['r50', 'r52']));
    expect(ids('sg 17')).toEqual(expect.arrayContaining(['r50', 'r52']));
  });

  it('weights a term by its rarity: common, rare, absent', () => {
    expect(index.idf('研究组')).toBeLessThan(index.idf('漫游'));
    expect(index.idf('漫游')).toBeLessThan(index.idf('拍卖'));
  });

  it('ranks the record with the rare term first', () => {
    expect(ids('研究组 漫游')[0]).toBe('r88');
  });

  it('answers English questions through the glossary and aliases', () => {
    expect(ids('cybersecurity')[0]).toBe('r50');
    expect(ids('spam')[0]).toBe('r52');
    expect(ids('What does TSAG review?')[0]).toBe('r2');
    expect(ids('AI standardization')[0]).toBe('rAI');
  });

  it('maps abbreviations to the full names', () => {
    expect(ids('TSB')[0]).toBe('r44');
    expect(ids('ITU-T')).toEqual(expect.arrayContaining(['r50', 'r88']));
  });

  it('weighs alias-added terms below the words of the question', () => {
    const both = Bm25Index.build([
      { id: 'alias', text: '电信标准化顾问组开展工作' },
      { id: 'literal', text: 'TSAG开展工作' },
    ]);
    expect(both.search('TSAG', 2).map((h) => h.id)).toEqual(['literal', 'alias']);
    const [literal, alias] = both.search('TSAG', 2);
    expect(alias!.score).toBeLessThan(literal!.score);
  });

  it('prefers a whole-word match to the same word inside a longer one (主席 vs 副主席)', () => {
    const rows = Bm25Index.build([
      { id: 'vice', text: 'SG17 亮先生 魏 中国 副主席' },
      { id: 'chair', text: 'SG17 Arnaud先生 TADDEI 英国 主席' },
    ]);
    expect(rows.search('SG17主席是谁', 2).map((h) => h.id)).toEqual(['chair', 'vice']);
  });

  it('weighs the question words 1, the parts inside them and alias additions less', () => {
    const terms = index.queryTerms('第17研究组');
    expect(terms.get('第17研究组')).toBe(1);
    expect(terms.get('研究组')).toBeLessThan(1);
    expect(terms.get('sg17')).toBeLessThan(1);
  });

  it('applies the filter and k', () => {
    expect(ids('研究组', 10, (id) => id !== 'r2' && id !== 'rAI')).not.toContain('r2');
    expect(ids('研究组', 10, (id) => id === 'r88')).toEqual(['r88']);
    expect(index.search('研究组', 2)).toHaveLength(2);
    expect(index.search('研究组', 0)).toEqual([]);
  });

  it('returns nothing for a question with no indexed term', () => {
    expect(index.search('什么？', 5)).toEqual([]);
    expect(index.search('量子', 5)).toEqual([]);
  });

  it('rejects duplicate ids and bad parameters', () => {
    expect(() => Bm25Index.build([{ id: 'a', text: 'x' }, { id: 'a', text: 'y' }])).toThrow(/duplicate id "a"/);
    expect(() => Bm25Index.build(records, { b: 2 })).toThrow();
  });

  it('honours k1 and b: with b = 0 a long record is not penalised for its length', () => {
    const items = [
      { id: 'short', text: '漫游' },
      { id: 'long', text: '漫游 漫游 ' + '研究组的工作。'.repeat(30) },
    ];
    expect(Bm25Index.build(items, { b: 0.75 }).search('漫游', 1)[0]!.id).toBe('short');
    expect(Bm25Index.build(items, { b: 0 }).search('漫游', 1)[0]!.id).toBe('long');
  });
});
