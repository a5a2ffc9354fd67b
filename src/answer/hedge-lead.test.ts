import { describe, expect, it } from 'vitest';
import { record } from '../eval/test-records.js';
import { hedgeLead } from './hedge-lead.js';

const term = (t: string, weight = 5) => ({ term: t, aliases: [], weight });
const corpusWords = new Set(['欧洲', '发展中国家', '资金']);
const occurs = (t: string) => corpusWords.has(t);
const cited = [record('89', '发展中国家在资金方面面临困难。')];

describe('hedgeLead', () => {
  it('names a rare Chinese term the texts use elsewhere but the cited clauses do not contain', () => {
    expect(hedgeLead([term('欧洲'), term('资金')], cited, [], 'zh', occurs)).toBe('决议文本没有直接说明这一点（没有提到“欧洲”）；最接近的条款：');
  });

  it('does not name document numbers, Latin tokens, words the texts never use or common terms', () => {
    const terms = [term('70'), term('tsag'), term('意思'), term('时候'), term('欧洲', 1)];
    expect(hedgeLead(terms, cited, [], 'zh', occurs)).toBe('决议文本没有直接说明这一点；最接近的条款：');
  });

  it('does not name a word that names no topic even when the texts use it (a pronoun, a time or place word)', () => {
    const everyday = (t: string) => ['自己', '最后', '汇报'].includes(t);
    expect(hedgeLead([term('自己'), term('最后'), term('汇报')], cited, [], 'zh', everyday)).toBe('决议文本没有直接说明这一点（没有提到“汇报”）；最接近的条款：');
  });

  it('names only the unknown names an English question asks about', () => {
    expect(hedgeLead([term('中国')], cited, ['Huawei'], 'en', occurs)).toBe('The texts do not state this directly (they do not mention "Huawei"); the closest clauses:');
  });
});
