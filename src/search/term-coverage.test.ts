import { describe, expect, it } from 'vitest';
import type { ClauseRecord } from '../corpus/types.js';
import { Bm25Index } from './lexical/bm25.js';
import { coverage, coverageTerms } from './term-coverage.js';

const clause = (id: string, text: string) => ({ id, doc: '9', docTitle: '', section: '', labelPath: [], text }) as unknown as ClauseRecord;

const named = clause('a', '联合会议可在特殊情况下成立联络协调组（LCG），协调相关工作。');
const costs = clause('b', 'LCG的开支须由参加的部门平均负担。');
const other = clause('c', '各部门须每年报告工作进展。');
const index = {
  lexical: Bm25Index.build([named, costs, other].map((r) => ({ id: r.id, text: r.text }))),
  englishTerms: new Map<string, readonly string[]>(),
};

describe('coverage of a question that names something with its abbreviation', () => {
  it('counts a clause that gives only the abbreviation as naming the full name too', () => {
    const terms = coverageTerms(index, '联络协调组（LCG）的开支怎么负担？');
    expect(coverage(terms, [costs])).toBeGreaterThan(coverage(terms, [named]));
  });

  it('leaves a question without an abbreviation as it was', () => {
    const terms = coverageTerms(index, '联络协调组的开支怎么负担？');
    expect(coverage(terms, [costs])).toBeLessThan(1);
    expect(terms.every((t) => !t.aliases.includes('lcg'))).toBe(true);
  });
});
