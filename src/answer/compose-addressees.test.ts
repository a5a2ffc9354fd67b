import { describe, expect, it } from 'vitest';
import type { ClauseRecord, CorpusDocument } from '../corpus/types.js';
import { CitationList } from './citations.js';
import { composeAddressees } from './compose-structured.js';

const doc: CorpusDocument = { doc: '90', kind: 'resolution', status: 'MOD', title: '示例决议', history: [], footnotes: [], sections: [], lines: [1, 9] };
const clause = (n: number, section: string, text: string): ClauseRecord => ({
  id: `90#${n}.1`, doc: '90', docTitle: doc.title, section, sectionIndex: n, label: '1', labelPath: ['1'], parentId: null,
  text, lines: [n, n], refs: [], notes: [],
});
const records = [
  clause(1, '责成电信标准化局主任', '每年编写进展报告，提交理事会；'),
  clause(2, '责成各研究组', '制定有关网络安全的建议书；'),
  clause(3, '责成电信标准化顾问组', '审议工作方法；'),
];

describe('composeAddressees', () => {
  it('lists the parties in printed order when the question names no task', () => {
    const citations = new CitationList();
    composeAddressees(doc, records, '责成', new Map([['责成', 1]]), citations);
    expect(citations.list().map((c) => c.section)).toEqual(['责成电信标准化局主任', '责成各研究组', '责成电信标准化顾问组']);
  });

  it('leads with the party whose heading and clause match the task asked about', () => {
    const citations = new CitationList();
    const text = composeAddressees(doc, records, '责成', new Map([['研究组', 2], ['建议书', 3]]), citations);
    expect(citations.list()[0]!.section).toBe('责成各研究组');
    expect(text.split('\n')[1]).toContain('责成各研究组');
  });
});

describe('composeAddressees asked which study groups', () => {
  const withGroups = [
    ...records,
    clause(4, '责成国际电联电信标准化部门第13研究组', '研究未来网络；'),
    clause(5, '责成', 'ITU-T第17研究组促进车辆通信安全的标准化活动；'),
  ];

  it('lists only the parties that name a study group, not the bureau, TSAG or "each group"', () => {
    const citations = new CitationList();
    composeAddressees(doc, withGroups, '责成', new Map([['责成', 1]]), citations, true);
    expect(citations.list().map((c) => c.section)).toEqual(['责成国际电联电信标准化部门第13研究组', '责成']);
  });

  it('keeps every party when the resolution names no study group', () => {
    const citations = new CitationList();
    composeAddressees(doc, records.slice(0, 1), '责成', new Map([['责成', 1]]), citations, true);
    expect(citations.list().map((c) => c.section)).toEqual(['责成电信标准化局主任']);
  });
});
