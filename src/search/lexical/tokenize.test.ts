import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeForSearch } from './normalize.js';
import { ITU_TERMS_FILE, properNames, readUserTerms, tokenize, tokenizeParts } from './tokenize.js';

describe('tokenize', () => {
  it('keeps ITU-T as one lowercase token', () => {
    expect(tokenize('ITU-T第17研究组')).toEqual(expect.arrayContaining(['itu-t', '第17研究组']));
    expect(tokenize('ITU-T')).toEqual(['itu-t']);
  });

  it('emits the parts of compound terms so a shorter query still matches', () => {
    const tokens = tokenize('责成电信标准化局主任');
    expect(tokens).toEqual(expect.arrayContaining(['责成', '电信标准化局主任', '电信标准化局', '主任']));
    expect(tokenize('国际电联电信标准化部门')).toEqual(
      expect.arrayContaining(['国际电联电信标准化部门', '国际电联', '电信标准化部门']),
    );
    expect(tokenize('第17研究组')).toEqual(expect.arrayContaining(['第17研究组', '研究组']));
  });

  it('tells whole words from the parts found inside them', () => {
    expect(tokenizeParts('电信标准化局主任')).toEqual({
      words: ['电信标准化局主任'],
      parts: expect.arrayContaining(['电信标准化局', '主任']),
    });
  });

  it('reads full-width digits and letters as ASCII and joins "SG 17" / "Study Group 17"', () => {
    expect(tokenize('ＳＧ１７')).toEqual(['sg17']);
    expect(tokenize('sg 17')).toEqual(['sg17']);
    expect(tokenize('Study Group 17')).toEqual(['sg17']);
    expect(tokenize('第１７研究组')).toContain('第17研究组');
    expect(tokenize('17组')).toContain('第17研究组');
    expect(tokenize('第17组')).toContain('第17研究组');
    expect(tokenize('17组织')).not.toContain('第17研究组');
  });

  it('drops punctuation, question words and function words', () => {
    const tokens = tokenize('SG17负责什么？是否和网络安全有关的！');
    expect(tokens).not.toContain('什么');
    expect(tokens).not.toContain('？');
    expect(tokens).not.toContain('的');
    expect(tokens).not.toContain('是否');
    expect(tokens).toEqual(expect.arrayContaining(['sg17', '负责', '网络安全']));
    expect(tokenize('What is the mandate of the study group?')).toEqual(['mandate', 'study', 'group']);
  });

  it('keeps a Recommendation series as one term and drops stray letters only as stop words', () => {
    expect(tokenize('ITU-T K系列')).toEqual(['itu-t', 'k系列', '系列']);
    expect(tokenize('A系列建议书')).toContain('a系列');
    expect(tokenize('第44号决议')).toEqual(['44', '决议']);
  });

  it('reads a verb asked both ways (要不要, 有没有) as the verb, so a yes-or-no question adds no 不要 to its topic', () => {
    expect(tokenize('秘书处要不要出年度报告')).not.toContain('不要');
    expect(tokenize('培训班有没有补贴')).toEqual(tokenize('培训班有补贴'));
    expect(tokenize('不要重复工作')).toContain('不要');
  });

  it('tells 副主席 from 主席', () => {
    expect(tokenizeParts('中国 副主席').words).toEqual(['中国', '副主席']);
  });

  it('keeps repeats so term frequency counts', () => {
    expect(tokenize('垃圾信息和垃圾信息').filter((t) => t === '垃圾信息')).toHaveLength(2);
  });

  it('adds no character bigrams across word boundaries', () => {
    expect(tokenize('元宇宙')).not.toContain('元宇');
  });
});

describe('the ITU/WTSA user dictionary', () => {
  const terms = readUserTerms(readFileSync(ITU_TERMS_FILE, 'utf8'));

  it('holds normalised terms that each come out whole', () => {
    expect(terms.length).toBeGreaterThan(100);
    for (const term of terms) {
      expect(normalizeForSearch(term)).toBe(term);
      expect(tokenize(term)[0]).toBe(term);
    }
  });

  it('holds only terms printed in the corpus', () => {
    const corpus = readFileSync(new URL('../../../corpus/wtsa24-zh.txt', import.meta.url), 'utf8').toLowerCase();
    expect(terms.filter((t) => !corpus.includes(t))).toEqual([]);
  });

  it('rejects a malformed line with its line number', () => {
    expect(() => readUserTerms('研究组 100 n\n电信标准化局\n')).toThrow(/:2: expected "term freq tag"/);
  });
});

describe('properNames', () => {
  it('finds people, organisations and Latin names, not common words', () => {
    const names = properNames('华为的John Smith在日内瓦提交了多少份文稿？');
    expect(names).toEqual(expect.arrayContaining(['华为', 'John', 'Smith', '日内瓦']));
    expect(names).not.toContain('文稿');
    expect(names).not.toContain('提交');
  });
});
