import { describe, expect, it } from 'vitest';
import { containsPhrase, docMatches, matchesAnyGold, matchesGold, normalizeForMatch } from './match.js';
import { record } from './test-records.js';

const res44 = record(
  '44',
  '在ITU-T的领导下结成伙伴关系，将此作为解决本决议所附行动计划资金问题和实现各项目标的手段之一；',
  '责成电信标准化局主任与电信发展局主任和无线电通信局主任协作',
  '缩小发展中国家与发达国家之间的标准化工作差距',
);

describe('normalizeForMatch', () => {
  it('applies NFKC and removes every kind of whitespace', () => {
    expect(normalizeForMatch('ＩＴＵ－Ｔ\u3000第 17\n研究组\t')).toBe('ITU-T第17研究组');
  });
});

describe('docMatches', () => {
  it('requires equal ids, except OTHER which covers the three trailing tables', () => {
    expect(docMatches('44', '44')).toBe(true);
    expect(docMatches('44', '4')).toBe(false);
    for (const doc of ['actions', 'leadership', 'questions']) expect(docMatches(doc, 'OTHER')).toBe(true);
    expect(docMatches('2', 'OTHER')).toBe(false);
    expect(docMatches('OTHER', 'actions')).toBe(false);
  });
});

describe('matchesGold', () => {
  it('finds a quote in the text regardless of whitespace and full-width forms', () => {
    expect(matchesGold(res44, { doc: '44', quote: '结成伙伴关系，将此作为 解决' })).toBe(true);
    expect(matchesGold(res44, { doc: '44', quote: 'ＩＴＵ－Ｔ的领导下结成伙伴' })).toBe(true);
  });

  it('rejects the right quote under the wrong document', () => {
    expect(matchesGold(res44, { doc: '45', quote: '结成伙伴关系，将此作为解决' })).toBe(false);
  });

  it('accepts a quote that starts in the section heading and runs into the text', () => {
    expect(matchesGold(res44, { doc: '44', quote: '无线电通信局主任协作在ITU-T的领导下' })).toBe(true);
    expect(matchesGold(res44, { doc: '44', quote: '无线电通信局主任协作结成伙伴关系' })).toBe(false);
  });

  it('accepts a quote from the document title', () => {
    expect(matchesGold(res44, { doc: '44', quote: '缩小发展中国家与发达国家' })).toBe(true);
  });

  it('matches OTHER gold against a leadership row', () => {
    const row = record('leadership', '第17研究组 主席 某某某 中国', '组 名单 成员国', '');
    expect(matchesGold(row, { doc: 'OTHER', quote: '第17研究组 主席 某某某' })).toBe(true);
    expect(matchesGold(row, { doc: 'questions', quote: '第17研究组 主席 某某某' })).toBe(false);
  });

  it('never matches an empty quote', () => {
    expect(matchesGold(res44, { doc: '44', quote: ' \n' })).toBe(false);
  });

  it('matchesAnyGold is true when one of several entries matches', () => {
    expect(matchesAnyGold(res44, [{ doc: '2', quote: '结成伙伴关系' }, { doc: '44', quote: '结成伙伴关系' }])).toBe(true);
    expect(matchesAnyGold(res44, [])).toBe(false);
  });
});

describe('containsPhrase', () => {
  it('compares after NFKC and whitespace removal', () => {
    expect(containsPhrase('由ITU-T 第 17 研究组负责。', '第17研究组')).toBe(true);
    expect(containsPhrase('由ＳＧ１７负责', 'SG17')).toBe(true);
    expect(containsPhrase('由第16研究组负责', '第17研究组')).toBe(false);
  });
});
