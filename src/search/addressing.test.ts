import { describe, expect, it } from 'vitest';
import type { ClauseRecord } from '../corpus/types.js';
import { clauseAddressing } from './addressing.js';

const record = (section: string, text = '开展相关工作；'): ClauseRecord => ({
  id: '29#5.1', doc: '29', docTitle: 't', section, sectionIndex: 5, label: '1', labelPath: ['1'],
  parentId: null, text, lines: [1, 1], refs: [], notes: [],
});

describe('clauseAddressing', () => {
  const sg12 = { studyGroups: ['12'], addressees: [] };

  it('tells a section addressed to the named group alone from one it shares with other groups', () => {
    expect(clauseAddressing(record('责成国际电联电信标准化部门第12研究组'), sg12)).toBe('exclusive');
    expect(clauseAddressing(record('责成ITU-T第2、第3和第12研究组'), sg12)).toBe('shared');
    expect(clauseAddressing(record('做出决议，责成国际电联电信标准化部门第20、17和12研究组'), sg12)).toBe('shared');
    expect(clauseAddressing(record('责成国际电联电信标准化部门第2研究组'), sg12)).toBe('none');
  });

  it('reads the addressee of a 做出决议 clause from its opening, also after a leading 根据… phrase', () => {
    expect(clauseAddressing(record('做出决议', '责成第12研究组制定有关指导原则；'), sg12)).toBe('exclusive');
    expect(clauseAddressing(record('做出决议', '根据做出决议1，责成ITU-T第3和第12研究组研究其它方面；'), sg12)).toBe('shared');
    expect(clauseAddressing(record('做出决议', '各主管部门应采取合作的态度；'), sg12)).toBe('none');
    expect(clauseAddressing(record('进一步做出决议', '要求ITU-T第12研究组继续研究相关问题；'), sg12)).toBe('exclusive');
    // A group named later in the instruction is not its addressee.
    expect(clauseAddressing(record('做出决议', '责成ITU-T第3研究组继续研究如ITU-T第12研究组所定义的程序；'), sg12)).toBe('none');
  });

  it('counts named parties as well as groups', () => {
    const memberStates = { studyGroups: [], addressees: ['成员国'] };
    expect(clauseAddressing(record('请各成员国'), memberStates)).toBe('exclusive');
    expect(clauseAddressing(record('请成员国和部门成员'), memberStates)).toBe('shared');
    expect(clauseAddressing(record('请成员国和部门成员'), { studyGroups: [], addressees: ['成员国', '部门成员'] })).toBe('exclusive');
    expect(clauseAddressing(record('责成电信标准化顾问组'), { studyGroups: ['TSAG'], addressees: [] })).toBe('exclusive');
  });
});
