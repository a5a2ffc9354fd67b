import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEnglishTerms, chineseWordsFor, ENGLISH_TERMS_FILE, openEnglishTerms } from './english-terms.js';

const table = new Map<string, string[]>([
  ['domain name', ['域名']],
  ['submarine', ['海底', '水下']],
  ['cable', ['电缆', '缆线', '光缆', '线缆']],
  ['which', ['哪个']],
  ['group', ['小组']],
]);

describe('chineseWordsFor', () => {
  it('takes the longest phrase first, reads a plural as its singular and keeps at most three words per phrase', () => {
    expect(chineseWordsFor(table, 'Who handles internationalized domain names and submarine cables?')).toEqual(['域名', '海底', '水下', '电缆', '缆线', '光缆']);
  });

  it('adds nothing for question and function words or the names every question shares', () => {
    expect(chineseWordsFor(table, 'Which study group?')).toEqual([]);
  });
});

describe('buildEnglishTerms and openEnglishTerms', () => {
  it('reverses the dictionary into the Chinese words the corpus uses, and only those', async () => {
    const terms = await buildEnglishTerms('国际电联关于元宇宙的标准化工作');
    expect(terms.get('metaverse')).toContain('元宇宙');
    expect([...terms.values()].flat().every((w) => '国际电联关于元宇宙的标准化工作'.includes(w))).toBe(true);
  });

  it('saves the table with what it was built from, and builds it again when the corpus changes or the file is cut short', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'english-terms-'));
    const corpus = join(dir, 'corpus.txt');
    writeFileSync(corpus, '电缆');
    expect((await openEnglishTerms(dir, corpus)).get('cable')).toEqual(['电缆']);
    const saved = JSON.parse(readFileSync(join(dir, ENGLISH_TERMS_FILE), 'utf8'));
    expect(saved.terms.cable).toEqual(['电缆']);
    writeFileSync(corpus, '元宇宙');
    const rebuilt = await openEnglishTerms(dir, corpus);
    expect(rebuilt.get('cable')).toBeUndefined();
    expect(rebuilt.get('metaverse')).toEqual(['元宇宙']);
    writeFileSync(join(dir, ENGLISH_TERMS_FILE), '{"version": 2, "terms": {');
    expect((await openEnglishTerms(dir, corpus)).get('metaverse')).toEqual(['元宇宙']);
  }, 30_000);
});
