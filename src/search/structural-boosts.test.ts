import { describe, expect, it } from 'vitest';
import type { ClauseRecord } from '../corpus/types.js';
import { clauseAddressing, matchesNamedStructure, readStructuralRefs } from './structural-boosts.js';

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

describe('readStructuralRefs quotedRefs', () => {
  it('reads texts of other bodies and numbered paragraphs as references to find verbatim', () => {
    expect(readStructuralRefs('哪个决议提到了理事会第 630 号决定？').quotedRefs).toEqual([{ body: '理事会', core: '第630号决定', whole: '理事会第630号决定' }]);
    expect(readStructuralRefs('谁引用了联合国大会第70/1号决议').quotedRefs[0]).toMatchObject({ body: '联合国大会', core: '第70/1号决议' });
    expect(readStructuralRefs('第1号决议第2.1.5段在哪里被提到？').quotedRefs).toEqual([{ body: '', core: '第1号决议第2.1.5段', whole: '第1号决议第2.1.5段' }]);
  });

  it('reads a reference across any run of whitespace, and only from the head of a very long question', () => {
    expect(readStructuralRefs(`理事会${' '.repeat(900)}第630号决定`).quotedRefs[0]?.whole).toBe('理事会第630号决定');
    expect(readStructuralRefs(`${'决议1'.repeat(400)}理事会第630号决定`).quotedRefs).toEqual([]);
  });

  it('leaves plain WTSA resolution references to the document filters', () => {
    expect(readStructuralRefs('第44号决议讲什么？').quotedRefs).toEqual([]);
  });
});

describe('matchesNamedStructure', () => {
  const annexC = { ...record('附件C', 'ITU-T第3研究组\nITU-T D系列'), doc: '2' };

  it('recognises the Annex C entry of a named series and a clause quoting a named reference as printed', () => {
    expect(matchesNamedStructure(annexC, readStructuralRefs('D系列建议书归谁管？'))).toBe(true);
    expect(matchesNamedStructure(annexC, readStructuralRefs('E系列建议书归谁管？'))).toBe(false);
    const quoting = record('忆及', '国际电联理事会第630号决定（C23）的规定；');
    expect(matchesNamedStructure(quoting, readStructuralRefs('哪个决议提到了理事会第630号决定？'))).toBe(true);
    expect(matchesNamedStructure(quoting, readStructuralRefs('哪个决议提到了理事会第631号决定？'))).toBe(false);
  });
});
