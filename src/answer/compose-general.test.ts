import { describe, expect, it } from 'vitest';
import type { ClauseRecord } from '../corpus/types.js';
import { CitationList } from './citations.js';
import { composeGeneral } from './compose-general.js';
import type { ScoredRecord } from './types.js';

const clause = (id: string, label: string, text: string, parentId: string | null = null): ClauseRecord => ({
  id, doc: '90', docTitle: '示例决议', section: '做出决议', sectionIndex: 3, label, labelPath: parentId ? ['1', label] : [label], parentId,
  text, lines: [1, 1], refs: [], notes: [],
});
const chapeau = clause('90#3.1', '1', '主任在分配资源之前，咨询：');
const items = [clause('90#3.2', 'i)', '相关研究组；', chapeau.id), clause('90#3.3', 'ii)', '相关主管部门。', chapeau.id)];
const structure = { childrenOf: (id: string) => (id === chapeau.id ? items : []), footnotesOf: () => [] };

describe('composeGeneral on a clause that introduces a list', () => {
  it('cites the lead-in where it is quoted, then each item in printed order', () => {
    const citations = new CitationList();
    const text = composeGeneral([{ ...chapeau, score: 1 } as ScoredRecord], new Map([['咨询', 1]]), citations, structure);
    expect(citations.list().map((c) => c.id)).toEqual(['90#3.1', '90#3.2', '90#3.3']);
    const [lead, first, second] = text.split('\n');
    expect(lead).toMatch(/咨询：\[1\]$/);
    expect(first).toBe('- i) 相关研究组；[2]');
    expect(second).toBe('- ii) 相关主管部门。[3]');
  });
});
