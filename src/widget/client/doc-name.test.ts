import { describe, expect, it } from 'vitest';
import { clausePlace, clauseReference, docFullName, docViewPath } from './doc-name.js';

describe('document names', () => {
  it('adds the title in 《》 to resolutions, and uses the title alone for the trailing blocks', () => {
    expect(docFullName('44', '缩小发展中国家与发达国家之间的标准化工作差距')).toBe(
      '第44号决议《缩小发展中国家与发达国家之间的标准化工作差距》',
    );
    expect(docFullName('actions', 'WTSA-24的行动')).toBe('WTSA-24的行动');
    expect(docFullName('actions', '')).toBe('WTSA-24行动');
    expect(docFullName('COM4/AI', '人工智能')).toBe('第COM4/AI号决议《人工智能》');
    expect(docFullName('A.25', 'ITU-T和其他组织之间相互采纳案文的一般性程序')).toBe(
      'ITU-T A.25建议书《ITU-T和其他组织之间相互采纳案文的一般性程序》',
    );
    expect(docFullName('2', '')).toBe('第2号决议');
  });

  it('places a clause by section and label path', () => {
    expect(clausePlace({ section: '做出决议', label: 'ii)', labelPath: ['1', 'ii)'] })).toBe('做出决议 1 ii)');
    expect(clausePlace({ section: '考虑到', label: 'a)' })).toBe('考虑到 a)');
    expect(clausePlace({ section: '附件A 第1部分', label: '' })).toBe('附件A 第1部分');
  });

  it('names a clause the way the texts refer to one', () => {
    expect(clauseReference({ doc: '73', section: '做出决议', label: '2' })).toBe('第73号决议“做出决议”第2段');
    expect(clauseReference({ doc: '2', section: '做出决议', label: 'ii)', labelPath: ['1', 'ii)'] })).toBe('第2号决议“做出决议”第1 ii)段');
    expect(clauseReference({ doc: 'A.25', section: '附件A 第1部分', label: '' })).toBe('ITU-T A.25建议书“附件A 第1部分”');
  });

  it('encodes ids with slashes and hashes in document view links', () => {
    expect(docViewPath('COM4/AI', 'COM4/AI#3.1')).toBe('/docs/COM4%2FAI?clause=COM4%2FAI%233.1');
    expect(docViewPath('44')).toBe('/docs/44');
  });

  it('points at a quoted part by offsets, never by its text', () => {
    expect(docViewPath('2', '2#9.17', { from: 120, to: 310 })).toBe('/docs/2?clause=2%239.17&from=120&to=310');
    expect(docViewPath('44', undefined, { from: 1, to: 5 })).toBe('/docs/44');
    expect(docViewPath('44', '44#1.1', { from: 5, to: 5 })).toBe('/docs/44?clause=44%231.1');
  });
});
